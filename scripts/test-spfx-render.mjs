#!/usr/bin/env node
// The SPFx web part's render code (spfx/src/webparts/clinicalLeadershipElements/render.ts) in
// Chromium under SharePoint Online's script policy: the page, its bundle and every lazy chunk are
// served with `Content-Security-Policy: script-src 'self'` (no 'unsafe-inline', no 'unsafe-eval';
// plus style-src/connect-src 'self', stricter than SharePoint). tests/spfx/entry.js renders each
// widget the way the web part does; this script asserts what a reader sees in each, that the
// theme reaches our colours, that a data file in the same site is fetched and one elsewhere is
// refused, and that no securitypolicyviolation event fired. A control page with an inline script
// proves the policy is on and that violations are caught. Strong-section, inverted and Teams themes
// are checked for 4.5:1 contrast. Then list.html runs the SharePoint-list store through the web
// part's code against a local SharePoint REST emulator (tests/spfx/list-scenarios.mjs; `--no-list`
// leaves it out). Builds dist/ when it is not current for this tree; needs Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { createSharePointEmulator } from '../tests/spfx/sp-emulator.mjs';
import { deepEval as deepEvalIn } from '../tests/spfx/deep.mjs';
import { listScenarios } from '../tests/spfx/list-scenarios.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pages = path.join(root, 'tests', 'spfx');
export const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";
const DATA_PATH = '/sites/intranet/Shared%20Documents/leadership-data.json';

// Build once (scripts/build-stamp.mjs): dist is reused when it was built from this tree, rebuilt
// otherwise, so the web part is never tested against a stale library.
try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-stamp.mjs'), 'ensure'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  console.error('test-spfx-render: the library could not be built (npm run build).');
  process.exit(1);
}

// The web part imports `clinical-leadership-elements/<file>.js`; webpack resolves it through the
// package's exports map into dist/. Here the same files are bundled straight from dist/.
const packageAlias = {
  name: 'clinical-leadership-elements',
  setup(b) {
    b.onResolve({ filter: /^clinical-leadership-elements(\/.*)?$/ }, (args) => {
      const sub = args.path.slice('clinical-leadership-elements'.length).replace(/^\//, '') || 'index.js';
      return { path: path.join(root, 'dist', sub === 'data' ? 'data.js' : sub) };
    });
  },
};
const out = mkdtempSync(path.join(tmpdir(), 'cle-spfx-render-'));
await build({
  entryPoints: [path.join(pages, 'entry.js'), path.join(pages, 'list-entry.js')], bundle: true, splitting: true, format: 'esm', outdir: out,
  target: 'es2022', minify: true, logLevel: 'warning', plugins: [packageAlias],
  tsconfigRaw: {}, // spfx/tsconfig.json extends a file in spfx/node_modules, which this test does not need
});
const { dataset } = await import(path.join(root, 'dist', 'data.js'));

const requests = [];
// SharePoint's REST API for the list store (tests/spfx/sp-emulator.mjs): who may do what on the site.
// Each person's display name and claims login, as the page's member (tests/spfx/list-entry.js) has them.
const PEOPLE = { olivia: 'Olivia Owner', ann: 'Ann Adams', ben: 'Ben Brown', sam: 'Sam Secretary', cara: 'Cara Chair', vic: 'Vic Visitor' };
const emulator = createSharePointEmulator({
  users: { olivia: 'owner', ann: 'member', ben: 'member', sam: 'member', cara: 'member', vic: 'visitor' },
  people: Object.fromEntries(Object.entries(PEOPLE).map(([user, Title]) => [user, { Title, Name: `i:0#.f|membership|${user}@example.nhs.uk` }])),
});
const server = createServer(async (req, res) => {
  if (await emulator.handle(req, res).catch((e) => { res.writeHead(500).end(String(e)); return true; })) return;
  const url = new URL(req.url ?? '/', 'http://x');
  requests.push(url.pathname);
  const send = (type, body) => res.writeHead(200, { 'content-type': type, 'content-security-policy': POLICY, 'cache-control': 'no-store' }).end(body);
  if (url.pathname === '/' || url.pathname === '/index.html') return send('text/html', readFileSync(path.join(pages, 'index.html')));
  if (url.pathname === '/list.html') return send('text/html', readFileSync(path.join(pages, 'list.html')));
  if (url.pathname === '/control.html') return send('text/html', readFileSync(path.join(pages, 'control.html')));
  if (req.url === DATA_PATH) return send('application/json', JSON.stringify(dataset));
  const file = path.join(out, path.basename(url.pathname));
  if (url.pathname.endsWith('.js') && path.dirname(url.pathname) === '/' && existsSync(file)) return send('text/javascript', readFileSync(file));
  if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
  res.writeHead(404).end('not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const failures = [];
let passed = 0;
const check = (ok, message) => {
  if (ok) passed++;
  else failures.push(message);
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
};

const browser = await puppeteer.launch({ executablePath: findChromeOrExit(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  const refused = [];
  const errors = [];
  const scriptUrls = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (r.resourceType() === 'script') scriptUrls.push(r.url()); });
  // Registered by DevTools before any page script, so even the first violation is seen.
  await page.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });

  console.log('test-spfx-render: control page (an inline script the policy must refuse)');
  await page.goto(`${base}/control.html`);
  await page.waitForFunction(() => window.violations.length > 0, { timeout: 5000 }).catch(() => {});
  check(await page.evaluate(() => window.inlineRan !== true), 'the inline script did not run');
  check((await page.evaluate(() => window.violations)).some((v) => v.startsWith('script-src')), 'its refusal fired a securitypolicyviolation event (the detector works)');

  console.log(`test-spfx-render: the render code under "${POLICY}"`);
  refused.length = 0;
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.spfxRendered !== undefined, { timeout: 20000 });
  check(await page.evaluate(() => window.spfxRendered === true), 'every render() resolved');

  /** Waits until the case's host (through shadow roots) shows `text`, visibly; reports the text seen on failure. */
  const shows = async (id, text, what) => {
    const ok = await page.waitForFunction((id, text) => {
      const deep = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.parentElement?.getClientRects().length ? node.data : '';
        if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
        let s = node.shadowRoot ? deep(node.shadowRoot) : '';
        for (const child of node.childNodes) s += deep(child);
        return s;
      };
      return deep(document.getElementById(id)).replace(/\s+/g, ' ').includes(text);
    }, { timeout: 10000 }, id, text).then(() => true, () => false);
    check(ok, `${id}: ${what ?? `shows "${text}"`}`);
  };
  /** The first element matching `selector` in the host's tree, shadow roots included, evaluated by `fn`. */
  const deepEval = (id, selector, fn, ...args) => deepEvalIn(page, id, selector, fn, ...args);

  await shows('gallery', 'Clinicians who lead', 'the gallery shows its heading');
  check(await deepEval('gallery', 'h2', (el) => el.textContent.trim()) === 'Clinicians who lead', 'gallery: the heading is an h2 (heading level 2)');
  await shows('card', 'Rachel McKeown', 'the card shows the chosen case study');
  check(await deepEval('card', 'h3', (el) => el.textContent.includes('Rachel McKeown')), 'card: its heading is an h3 (heading level 3)');
  await shows('explorer', 'By framework element', 'the barrier explorer shows its view switch');
  await shows('checklist', 'Board self-assessment', 'the checklist shows its heading');
  await shows('board', 'Our board', 'the board profile shows its heading');
  await shows('data-file', 'Rachel McKeown', 'the card fed by a data file in the same site shows the case study');
  check(requests.includes(DATA_PATH), `data-file: the data set was fetched from the site (${DATA_PATH})`);
  check(await page.evaluate(() => document.querySelector('#data-file > clinical-leadership-data')?.getAttribute('src')) === `${base}${DATA_PATH}`, 'data-file: the widget is wrapped in <clinical-leadership-data> with the absolute same-origin URL');
  await shows('cross-origin', "must be in this SharePoint site's domain", 'a data file on another origin is refused, with a message');
  await shows('cross-origin', 'Case studies', 'and the gallery still renders from the bundled data');
  check(await page.evaluate(() => !document.querySelector('#cross-origin clinical-leadership-data')), 'cross-origin: no provider was created for it');
  await shows('unknown', 'Unknown widget "marquee"', 'an unknown widget shows an alert');
  check(await page.evaluate(() => document.querySelector('#unknown [role="alert"]') !== null), 'unknown: the message has role="alert"');
  await shows('bad-options', 'Some settings of this web part were ignored: The heading level is a whole number from 2 to 6.', 'invalid options are named in a visible note');
  await shows('bad-options', 'Building confidence', 'and the checklist still renders (its first framework element)');
  check(await page.evaluate(() => { const el = document.querySelector('#bad-options framework-checklist'); return el && !el.hasAttribute('heading-level') && !el.hasAttribute('storage-key') && !document.querySelector('#bad-options clinical-leadership-data'); }), 'bad-options: no invalid value reached the element (heading level, storage key, a javascript: data URL)');
  await shows('no-case', 'Choose a case study for this web part in its property pane.', 'a card without a case study asks the editor to choose one');
  await shows('themed', 'Themed gallery', 'the themed gallery renders');
  check(await deepEval('themed', 'h2', (el) => getComputedStyle(el).color) === 'rgb(18, 52, 86)', "themed: the theme's bodyText colour reaches the widget's text (--nhsuk-text-colour → --cl-color-text)");
  check(await page.evaluate(() => document.getElementById('themed').style.getPropertyValue('--nhsuk-secondary-text-colour') === ''), 'themed: a theme value that is not a colour is not set');

  // Strong section, inverted theme, Teams dark and high contrast: the pressed toggle, the card's
  // initials and the checklist's "not saved" warning keep WCAG 1.4.3 contrast (4.5:1).
  /** Contrast of an element's text colour against its own background colour (both computed). */
  const contrast = (el, textSelector) => {
    const rgb = (text) => {
      const n = text.match(/[\d.]+/g).map(Number);
      return text.startsWith('color(') ? n.slice(0, 3).map((v) => v * 255) : n.slice(0, 3);
    };
    const lum = (c) => {
      const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const fg = getComputedStyle(textSelector ? el.querySelector(textSelector) : el).color;
    const bg = getComputedStyle(el).backgroundColor;
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    return { ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100, fg, bg };
  };
  for (const name of ['strong', 'inverted', 'teams-dark', 'teams-contrast']) {
    await shows(`${name}-gallery`, 'AHPs only', 'the gallery shows its "AHPs only" toggle');
    await deepEval(`${name}-gallery`, '[part="ahp-toggle"]', (el) => el.click());
    await page.waitForFunction((id) => {
      const find = (node) => { for (const el of node.querySelectorAll('*')) { if (el.matches('[part="ahp-toggle"][aria-pressed="true"]')) return el; const inner = el.shadowRoot && find(el.shadowRoot); if (inner) return inner; } return null; };
      return !!find(document.getElementById(id));
    }, { timeout: 5000 }, `${name}-gallery`).catch(() => {});
    const toggle = await deepEval(`${name}-gallery`, '[part="ahp-toggle"][aria-pressed="true"]', contrast);
    check(toggle?.ratio >= 4.5, `${name}: the pressed toggle's text has ${toggle?.ratio}:1 contrast (${toggle?.fg} on ${toggle?.bg}; at least 4.5)`);
    await shows(`${name}-card`, 'Rachel McKeown', 'the card renders');
    const initials = await deepEval(`${name}-card`, '.initials', contrast);
    check(initials?.ratio >= 4.5, `${name}: the card's initials have ${initials?.ratio}:1 contrast (${initials?.fg} on ${initials?.bg})`);
    await shows(`${name}-checklist`, 'Your answers have not been saved', 'the checklist shows its "not saved" warning');
    const warning = await deepEval(`${name}-checklist`, '.notice--warning', contrast, 'p');
    check(warning?.ratio >= 4.5, `${name}: the "not saved" warning's text has ${warning?.ratio}:1 contrast (${warning?.fg} on ${warning?.bg})`);
  }

  const violations = await page.evaluate(() => window.violations);
  check(violations.length === 0, `no securitypolicyviolation events (${violations.join('; ') || 'none'})`);
  check(refused.length === 0, `no CSP refusals in the console (${refused.join('; ') || 'none'})`);
  check(errors.length === 0, `no uncaught page errors (${errors.join('; ') || 'none'})`);
  check(scriptUrls.length > 1 && scriptUrls.every((u) => u.startsWith(`${base}/`)), `all ${scriptUrls.length} scripts (entry and lazy chunks) came from the page's origin`);

  if (!process.argv.includes('--no-list')) {
    await listScenarios({ page, base, check });
    const listViolations = await page.evaluate(() => window.violations);
    check(listViolations.length === 0, `list page: no securitypolicyviolation events (${listViolations.join('; ') || 'none'})`);
    check(refused.length === 0 && errors.length === 0, `list page: no CSP refusals or uncaught errors (${[...refused, ...errors].join('; ') || 'none'})`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
console.log(`test-spfx-render: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
