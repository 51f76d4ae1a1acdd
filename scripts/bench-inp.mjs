#!/usr/bin/env node
// Interaction to Next Paint for the heaviest journeys (issue 29), from Chromium's Event Timing
// (PerformanceObserver `event` entries, durationThreshold 16): real input through the DevTools
// protocol (trusted events: Event Timing ignores script-made ones) on the built modules in dist/.
//   compare    the checklist's Compare view reading 50 members' files, clicked throughout, then a
//              member list opened
//   board      <board-profile> with 60 seats: five seats' backgrounds changed from the keyboard
//   gallery    <case-study-gallery> over 1,000 case studies: four discipline filters, a search typed
//   checklist  <framework-checklist> with 200 prompts, half with a note and an action: five status
//              changes and a note typed
// A run's INP is its slowest interaction (each run has fewer than 50); printed is the median of
// INP_RUNS runs (5; 3 with --ci). --ci and --check hold 200 ms ("good"). Run by `npm run bench`
// after the other figures; needs a build (`npm run build`).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { builtModules } from './lib/built-modules.mjs';

const args = new Set(process.argv.slice(2));
const gate = args.has('--ci') || args.has('--check');
const RUNS = Number(process.env.INP_RUNS ?? (args.has('--ci') ? 3 : 5));
export const INP_BUDGET_MS = 200;
const MEMBERS = 50;

if (!existsSync('dist/index.js')) {
  console.error('bench-inp: no build found; run `npm run build` first.');
  process.exit(1);
}

// The page imports src/…, pointed at the built modules in dist/ (scripts/lib/built-modules.mjs, as bench.mjs does).
const bundle = await build({
  entryPoints: ['tests/bench/inp-page.ts'], bundle: true, format: 'esm', minify: true, write: false, splitting: true, outdir: 'inp',
  target: 'es2022', logLevel: 'silent', loader: { '.json': 'json' }, define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [builtModules],
});
const files = new Map(bundle.outputFiles.map((f) => [`/${relative(resolve('inp'), f.path).split(sep).join('/')}`, f.text]));
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>inp</title></head>
<body><div id="stage"></div><script type="module" src="/inp-page.js"></script></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  const js = files.get(req.url);
  if (js) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));

// Fifty members' answer files, as the checklist downloads them: every bundled prompt answered,
// with a long note and an action (about 50 KB each, 2.5 MB in all: large, but what a board keeps).
const dir = mkdtempSync(join(tmpdir(), 'cle-bench-inp-'));
const prompts = JSON.parse(readFileSync('data/checklist-prompts.json', 'utf8'));
const STATUSES = ['not-started', 'in-progress', 'completed', 'not-applicable'];
const memberFiles = Array.from({ length: MEMBERS }, (_, m) => {
  const answers = Object.fromEntries(prompts.map((p, i) => [p.id, {
    status: STATUSES[(m + i) % 4],
    note: `Member ${m + 1} on ${p.id}: ${'evidence seen at the board and in the committee papers. '.repeat(25)}`,
    action: { what: `Follow up ${p.id}: ${'ask the committee for the figures and report back. '.repeat(8)}`, owner: 'Medical director', due: '2027-03-31', priority: 'medium' },
  }]));
  const file = join(dir, `member-${String(m + 1).padStart(2, '0')}.json`);
  const text = JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 2, storageKey: 'board', organisation: null, updatedAt: '2026-11-30T10:00:00.000Z', answers }, null, 2);
  // INP_CRAFTED=1: the security review's hostile file instead (900,000 nested brackets in an answer, 1.8 MB), for a one-off comparison.
  writeFileSync(file, process.env.INP_CRAFTED ? text.replace('"status"', `"x": ${'['.repeat(900000)}${']'.repeat(900000)}, "status"`) : text);
  return file;
});

const browser = await puppeteer.launch({ executablePath: findChromeOrExit(), headless: true, args: CHROME_ARGS });
const base = `http://127.0.0.1:${server.address().port}/`;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const JOURNEYS = {
  async compare(tab) {
    await tab.evaluate(() => window.inp.setupCompare());
    await tab.evaluate(() => window.inp.inpStart());
    const input = await tab.$('framework-checklist >>> #compare-files');
    const intro = await tab.$('framework-checklist >>> .compare .intro');
    const box = await intro.boundingBox();
    await input.uploadFile(...memberFiles);
    // Clicks every 25 ms while the files are read and compared, sent whatever the page is doing (a
    // click sent during a long task waits for it, and its Event Timing duration says so).
    let done = false;
    const clicking = (async () => {
      for (let i = 0; i < 60 && !done; i++) {
        await tab.mouse.click(box.x + 5 + i, box.y + box.height / 2);
        await pause(25);
      }
    })();
    await tab.waitForFunction(() => window.inp.compared() >= 0, { timeout: 120000, polling: 50 });
    done = true;
    await clicking;
    const members = await tab.evaluate(() => window.inp.compared());
    if (members !== (process.env.INP_CRAFTED ? 0 : MEMBERS)) throw new Error(`compare: ${members} members compared`);
    if (!members) return;
    const summary = await tab.$('framework-checklist >>> .compare-details summary');
    await summary.click();
  },
  async board(tab) {
    await tab.evaluate(() => window.inp.setupBoard());
    await tab.evaluate(() => window.inp.inpStart());
    const selects = await tab.$$('board-profile >>> select[id$="-background"]');
    for (const i of [0, 7, 14, 29, 59]) {
      await selects[i].focus();
      await tab.keyboard.press('ArrowDown');
      await pause(50);
    }
  },
  async gallery(tab) {
    await tab.evaluate(() => window.inp.setupGallery());
    await tab.evaluate(() => window.inp.inpStart());
    for (let i = 0; i < 4; i++) {
      const boxes = await tab.$$('case-study-gallery >>> input[type="checkbox"]');
      await boxes[i % 2].click();
      await pause(50);
    }
    const search = await tab.$('case-study-gallery >>> input[type="search"], case-study-gallery >>> input[type="text"]');
    if (search) {
      await search.focus();
      await tab.keyboard.type('nurse', { delay: 30 });
    }
  },
  async checklist(tab) {
    await tab.evaluate(() => window.inp.setupChecklist());
    await tab.evaluate(() => window.inp.inpStart());
    const radios = await tab.$$('framework-checklist >>> input[type="radio"][name$="-status"]');
    for (const i of [2, 41, 150, 402, 777]) {
      await radios[i % radios.length].click();
      await pause(50);
    }
    const note = await tab.$('framework-checklist >>> textarea[id$="-note"]');
    await note.focus();
    await tab.keyboard.type('Yes', { delay: 30 });
  },
};
const LABELS = {
  compare: "Compare, 50 members' files",
  board: 'board profile, 60 seats edited',
  gallery: 'gallery, 1,000 case studies filtered',
  checklist: 'checklist, 200 prompts with actions',
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const started = Date.now();
const results = {};
try {
  for (const [name, journey] of Object.entries(JOURNEYS)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1200, height: 900 });
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(base);
      await tab.waitForFunction(() => window.inp, { timeout: 30000 });
      await journey(tab);
      const run = await tab.evaluate(() => window.inp.inpRead());
      if (process.env.INP_LOG) console.log(`${name} run ${i + 1}:\n  ${run.log.join('\n  ')}`);
      runs.push(run);
      await tab.close();
      if (errors.length) throw new Error(`${name}: page errors: ${errors.join('; ')}`);
    }
    results[name] = { inpMs: median(runs.map((r) => r.inp)), runs: runs.map((r) => r.inp) };
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nInteraction to Next Paint (Event Timing; slowest interaction of a run, median of ${RUNS} runs; ${((Date.now() - started) / 1000).toFixed(0)} s)`);
for (const [name, r] of Object.entries(results)) {
  const shown = r.inpMs ? `${r.inpMs.toFixed(0)} ms` : '< 16 ms';
  console.log(`  ${LABELS[name].padEnd(38)} ${shown.padStart(8)}   (runs: ${r.runs.map((x) => x || '<16').join(', ')})`);
}
const out = existsSync('bench-results.json') ? JSON.parse(readFileSync('bench-results.json', 'utf8')) : {};
writeFileSync('bench-results.json', JSON.stringify({ ...out, inp: { runs: RUNS, results, budgetMs: INP_BUDGET_MS } }, null, 2) + '\n');

if (gate) {
  const misses = Object.entries(results).filter(([, r]) => r.inpMs > INP_BUDGET_MS).map(([name, r]) => `${LABELS[name]}: INP ${r.inpMs.toFixed(0)} ms, budget ${INP_BUDGET_MS} ms`);
  if (misses.length) {
    console.error(`\nINP budget missed:\n  - ${misses.join('\n  - ')}`);
    process.exit(1);
  }
  console.log(`INP budget met (every journey ≤ ${INP_BUDGET_MS} ms)`);
}
