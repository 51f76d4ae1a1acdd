// Loaded first by the test pages: records anything that would mean a broken host page
// (uncaught errors, unhandled rejections, CSP violations, console warnings) and trips a flag if
// any injected payload ever runs (payloads call window.__pwned()).
window.__report = { errors: [], rejections: [], violations: [], warnings: [], pwned: [] };
window.__pwned = (what) => window.__report.pwned.push(String(what ?? 'payload ran'));
window.addEventListener('error', (e) => window.__report.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__report.rejections.push(String(e.reason?.message ?? e.reason)));
document.addEventListener('securitypolicyviolation', (e) => window.__report.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__report.warnings.push(args.map(String).join(' '));
  warn(...args);
};
