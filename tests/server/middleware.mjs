// Test-only endpoints for the provider and hardening tests: good data, 404, HTML, truncated JSON,
// invalid data and a slow answer. Served by the WTR dev server under /__test__/.
import { readFileSync } from 'node:fs';

const readJson = (file) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

function bundledDataset() {
  const meta = readJson('meta.json');
  const files = {
    sources: 'sources', disciplines: 'disciplines', professions: 'professions', elements: 'elements',
    caseStudies: 'case-studies', barriers: 'barriers', enablers: 'enablers',
    checklistPrompts: 'checklist-prompts', keyMessages: 'key-messages', boardFacts: 'board-facts',
  };
  const out = { ...meta };
  for (const [key, file] of Object.entries(files)) out[key] = readJson(`${file}.json`);
  return out;
}

/** The policy a locked-down trust intranet might send (issue: strict CSP and Trusted Types). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export async function testServerMiddleware(ctx, next) {
  // The widget page again, under the strict policy (same file, so both tests load the same page).
  if (ctx.path === '/tests/pages/widgets.html' && 'csp' in ctx.query) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  // The embed page (and its copy with the test trap) always under the strict policy: it has no
  // inline script, so it must work there.
  if (ctx.path === '/dist/embed/index.html' || ctx.path === '/tests/pages/embed.html') {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  // The trap page as a deployer's copy that allow-lists one more origin (the same server under its
  // other name, localhost ↔ 127.0.0.1): the meta the embed page reads, and a policy that lets the
  // page fetch from there too (a deployer who allows an origin must allow it in connect-src).
  if (ctx.path === '/__test__/embed-allow.html') {
    const other = `http://${ctx.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${ctx.host.split(':')[1]}`;
    const page = readFileSync(new URL('../pages/embed.html', import.meta.url), 'utf8')
      .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta name="cl-embed-allow-origins" content="${other}" />`);
    ctx.type = 'text/html';
    ctx.body = page;
    ctx.set('Content-Security-Policy', `${STRICT_CSP}; connect-src 'self' ${other}`);
    return;
  }
  if (!ctx.path.startsWith('/__test__/')) return next();
  const name = ctx.path.slice('/__test__/'.length);
  // Never reused: a test that waits on a slow answer must not get another test's cached one.
  ctx.set('Cache-Control', 'no-store');
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 20000)));
  switch (name) {
    case 'dataset.json':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(bundledDataset());
      return;
    case 'custom.json': {
      // Readable from the other origin too (the embed page's allow-listed data set).
      ctx.set('Access-Control-Allow-Origin', '*');
      const d = bundledDataset();
      d.caseStudies = d.caseStudies.map((c) => ({ ...c, summary: `From src: ${c.summary}` }));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(d);
      return;
    }
    case 'invalid.json':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ caseStudies: [{ id: 'x', name: 'X', professionId: 'nobody' }] });
      return;
    case 'truncated.json':
      ctx.type = 'application/json';
      { const text = JSON.stringify(bundledDataset()); ctx.body = text.slice(0, Math.floor(text.length / 2)); }
      return;
    case 'config.json':
      // Settings for the hardening tests (the browser cannot read the runner's environment).
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        fuzzRuns: Math.max(1, Number(process.env.FUZZ_RUNS || 1000) || 1000),
        fuzzSeed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : null,
      });
      return;
    case 'page.html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Sorry</p>';
      return;
    default:
      ctx.status = 404;
      ctx.body = 'Not found';
  }
}
