#!/usr/bin/env node
/**
 * npm run bench [-- --check | --ci] [-- --save] [-- --no-build] [-- --no-inp] [-- --no-lighthouse] [-- --size-only]
 * (ends with the INP figures of scripts/bench-inp.mjs and the layout-shift and blocking-time
 * figures of scripts/bench-lighthouse.mjs)
 * Builds what it measures, prints one table and writes bench-results.json with the same figures.
 *   Size:   min + gzip + brotli of the one-script bundle (without the data chunk), of the data chunk,
 *           of each per-element entry bundled on its own with Lit, as an app's bundler would, and
 *           of the iframe page (dist/embed/) and its host script.
 *   Render: 1,000 <case-study-card>s (data by property) against plain DOM building the same markup
 *           (same elements, classes and text) styled by the card's own CSS as a page stylesheet,
 *           interleaved rounds in one page, medians and the ratio. The page runs the built modules
 *           in dist/ (minified templates and CSS), as users get them.
 *   Filter: gallery and explorer over 1,000 synthetic records (filter change → rendered); checklist
 *           with 200 prompts, half with a note and an action (status change → rendered and saved;
 *           --ci holds it within one frame, 16.7 ms); and the same checklist's merged save (another
 *           tab's answer read and merged by prompt, issue 24; --ci holds one frame too).
 *   Memory: 1,000 cards created and removed ten times; JS heap after full GC (DevTools protocol)
 *           against the start.
 * --check fails (exit 1) when a budget is missed. --ci (what .ci/run uses) holds the sizes, the
 * ratios and the checklist's one frame only, as a noisy CI machine can. --save also writes stories/guides/bench-results.json for
 * the Storybook "Performance" page.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { builtModules } from './lib/built-modules.mjs';
import { loadWidgets } from './lib/widgets.mjs';

const args = new Set(process.argv.slice(2));
// --ci takes fewer render rounds than a local run, to keep CI quick (a ratio over budget is measured
// once more anyway). BENCH_ROUNDS overrides both.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (args.has('--ci') ? 9 : 15));
/** Issue 7's budgets. */
const BUDGETS = { bundleGzipKiB: 25, cardEntryGzipKiB: 8, renderRatio: 1.5, filterMedianMs: 16, heapGrowthPct: 5, checklistFrameMs: 16.7, interactionMs: 200 };
/**
 * Issue 25: the one-card page through the one script: the code it fetches (each file gzipped on its
 * own, as a server sends it; the data chunk not counted) and its requests (every file, the data chunk
 * included). --ci holds both (20.0 KiB in 15 requests before the chunk plan in vite.config.ts).
 */
const PAGE_BUDGETS = { cardPageCodeGzipKiB: 18, cardPageRequests: 6 };
const { WIDGET_TAGS, ELEMENT_TAGS } = await loadWidgets();
/**
 * What --ci holds for the card entry while its 8 KiB budget is missed: issue 25's 13.5 KiB. (The card
 * says when a record's date or its place in the compendium is our inference, issue 26: 13.46 → 13.58
 * KiB; its properties declared without decorators: 13.2.)
 */
const CARD_ENTRY_CEILING_KIB = 13.5;
/**
 * What --ci holds for "one script + framework-checklist" while its 25 KiB budget is missed (--check
 * still reports the budget). 24.55 KiB before evidence per answer (issue 31: every saved answer's
 * evidence is read and checked when the record loads, +0.9), the saved-record kit (issue 24: merge on
 * save, revisions, honest status, +0.3) and the file kit's ceilings (+0.45): 26.2 KiB. What is left in the
 * first chunk is what the Answer view draws and what the public synchronous `exportJson`, `exportCsv`
 * and `importJson` need; the rest is lazy. Issue 29 (+0.22): a checklist below the fold decides to
 * render its first time one element per task (the growing itself is lazy) and `updateComplete` waits
 * for it; the print summary renders only for printing; forced colours keep the bars' fill. Without
 * the slices, mobile TBT with stylesheet and fallback was 330 ms (median of 3), with them 19 ms.
 */
const CHECKLIST_ONE_SCRIPT_CEILING_KIB = 26.5;
const kib = (n) => n / 1024;
const sizes = (text) => {
  const buf = Buffer.from(text);
  return {
    minKiB: kib(buf.length),
    gzipKiB: kib(gzipSync(buf, { level: 9 }).length),
    brotliKiB: kib(brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Build once (scripts/build-stamp.mjs): the build already made for this tree (in CI, by the Node LTS
// stage) is measured as it is; otherwise, or with CLE_REBUILD=1, it builds.
if (!args.has('--no-build')) execFileSync(process.execPath, ['scripts/build-stamp.mjs', 'ensure'], { stdio: ['ignore', 'ignore', 'inherit'] });

// --- Size ---------------------------------------------------------------------------------------
/** A built file plus every chunk it imports statically (what the browser must fetch before it runs). */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const imports = [...text.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  return text + imports.map((rel) => withStaticImports(join(dirname(file), rel), seen)).join('');
}
const size = {};
/** Per page: the code it fetches (each file gzipped) and its requests. */
const pages = {};
const gzipOf = (file) => kib(gzipSync(readFileSync(file), { level: 9 }).length);
const CDN = 'dist/cdn/clinical-leadership-elements.js';
size['one script (no data, no widget)'] = sizes(withStaticImports(CDN));
const chunks = readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js'));
const chunkOf = (prefix) => join('dist/cdn/chunks', chunks.find((f) => f.startsWith(`${prefix}-`)));
for (const widget of WIDGET_TAGS) {
  // What a page with only this widget downloads: the script, the widget's chunk and what it imports.
  const seen = new Set();
  const text = withStaticImports(CDN, seen) + withStaticImports(chunkOf(widget), seen);
  size[`one script + ${widget}`] = sizes(text);
  const files = [...seen];
  pages[widget] = { codeGzipKiB: files.reduce((sum, file) => sum + gzipOf(file), 0), requests: files.length + 1 };
}
size['data chunk'] = sizes(readFileSync(chunkOf('bundled-dataset'), 'utf8'));
// Loaded only for data from outside (a provider's src or .data, records given by property).
size['validators chunk'] = sizes(readFileSync(chunkOf('validators'), 'utf8'));
// The iframe page (dist/embed/, its own entry and chunks: it shares no file with the one script),
// before the widget it names, with the gallery (the data chunk as above, not counted), and the host
// page's script.
const EMBED = 'dist/embed/embed.js';
const embedChunks = readdirSync('dist/embed/chunks').filter((f) => f.endsWith('.js'));
size['embed page (no data, no widget)'] = sizes(withStaticImports(EMBED));
{
  const seen = new Set();
  const gallery = join('dist/embed/chunks', embedChunks.find((f) => f.startsWith('case-study-gallery-')));
  size['embed page + case-study-gallery'] = sizes(withStaticImports(EMBED, seen) + withStaticImports(gallery, seen));
}
size['embed host.js'] = sizes(readFileSync('dist/embed/host.js', 'utf8'));
const ENTRIES = ELEMENT_TAGS;
for (const entry of ENTRIES) {
  // The published npm entry (dist/<entry>.js) bundled with Lit as an app's bundler would; code
  // splitting keeps the lazily imported data set out; the size is the entry plus its static chunks.
  const result = await build({
    entryPoints: { [entry]: `dist/${entry}.js` }, bundle: true, splitting: true, format: 'esm', minify: true,
    outdir: join(tmpdir(), 'cle-bench-entries'), write: false, metafile: true, target: 'es2022', logLevel: 'silent',
    legalComments: 'none',
  });
  const outputs = result.metafile.outputs;
  // Output files by file name: their paths are the system's (backslashes on Windows), the
  // metafile's keys always use '/'; basename() reads both on Windows and '/' elsewhere.
  const byPath = Object.fromEntries(result.outputFiles.map((f) => [basename(f.path), f.text]));
  const entryKey = Object.keys(outputs).find((k) => outputs[k].entryPoint === `dist/${entry}.js`);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imp of outputs[key].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entryKey);
  const textOf = (key) => {
    const text = byPath[key.slice(key.lastIndexOf('/') + 1)];
    if (text === undefined) throw new Error(`bench: no output file for ${key}`); // never a silently smaller size
    return text;
  };
  size[`${entry}.js + Lit`] = sizes([...seen].map(textOf).join('\n'));
}

const f = (n, d = 1) => n.toFixed(d);
function printSizes() {
  console.log('\nSize (KiB)                               min    gzip  brotli');
  for (const [name, s] of Object.entries(size)) console.log(`  ${name.padEnd(36)} ${f(s.minKiB).padStart(6)} ${f(s.gzipKiB).padStart(7)} ${f(s.brotliKiB).padStart(7)}`);
  console.log('\nOne widget on a page through the one script (code: each file gzipped on its own; requests: with the data chunk)');
  for (const [name, p] of Object.entries(pages)) console.log(`  ${name.padEnd(22)} ${f(p.codeGzipKiB, 2).padStart(6)} KiB of code in ${p.requests} requests`);
}
/** The size budgets (exact figures: --ci holds them as --check does, but the card entry's and the checklist's ceilings). */
function sizeMisses(ci) {
  const misses = [];
  const one = size['one script (no data, no widget)'].gzipKiB;
  const card = size['case-study-card.js + Lit'].gzipKiB;
  if (one > BUDGETS.bundleGzipKiB) misses.push(`one-script bundle is ${f(one)} KiB gzip, budget ${BUDGETS.bundleGzipKiB} KiB`);
  for (const [name, s] of Object.entries(size)) {
    const limit = ci && name === 'one script + framework-checklist' ? CHECKLIST_ONE_SCRIPT_CEILING_KIB : BUDGETS.bundleGzipKiB;
    if (name.startsWith('one script +') && s.gzipKiB > limit) misses.push(`${name} is ${f(s.gzipKiB)} KiB gzip, ${limit === BUDGETS.bundleGzipKiB ? 'budget' : 'ceiling'} ${limit} KiB`);
  }
  const cardLimit = ci ? CARD_ENTRY_CEILING_KIB : BUDGETS.cardEntryGzipKiB;
  if (card > cardLimit) misses.push(`case-study-card entry is ${f(card, 2)} KiB gzip, ${ci ? 'ceiling' : 'budget'} ${cardLimit} KiB`);
  const page = pages['case-study-card'];
  if (page.codeGzipKiB > PAGE_BUDGETS.cardPageCodeGzipKiB) misses.push(`the one-card page fetches ${f(page.codeGzipKiB, 2)} KiB of code, budget ${PAGE_BUDGETS.cardPageCodeGzipKiB} KiB`);
  if (page.requests > PAGE_BUDGETS.cardPageRequests) misses.push(`the one-card page makes ${page.requests} requests, budget ${PAGE_BUDGETS.cardPageRequests}`);
  return misses;
}
if (args.has('--size-only')) {
  // The size section alone (no browser): what a chunking change needs checked.
  printSizes();
  const misses = args.has('--check') || args.has('--ci') ? sizeMisses(args.has('--ci')) : [];
  if (misses.length) {
    console.error(`\nbudgets missed:\n  - ${misses.join('\n  - ')}`);
    process.exit(1);
  }
  process.exit(0);
}

// --- Browser benchmarks -------------------------------------------------------------------------
// The bench page imports src/…, pointed at the built modules in dist/ (scripts/lib/built-modules.mjs).
const page = await build({
  entryPoints: ['tests/bench/bench-page.ts'], bundle: true, format: 'esm', minify: true, write: false,
  target: 'es2022', logLevel: 'silent', loader: { '.json': 'json' }, define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [builtModules],
});
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><div id="stage"></div><script type="module" src="/bench.js"></script></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(page.outputFiles[0].text);
  if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({
  executablePath: findChromeOrExit(), headless: true,
  args: CHROME_ARGS,
});
const tab = await browser.newPage();
await tab.setViewport({ width: 1200, height: 900 });
const pageErrors = [];
tab.on('pageerror', (e) => pageErrors.push(e.message));
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.waitForFunction(() => window.bench, { timeout: 30000 });
const call = (name, ...a) => tab.evaluate((n, ...x) => window.bench[n](...x), name, ...a);

/** Render rounds, interleaved so both sides see the same machine load; medians and their ratio. */
async function measureRender() {
  for (let i = 0; i < 3; i++) {
    await call('renderCards', 1000);
    await call('renderBaseline', 1000);
  }
  const cardTimes = [];
  const baseTimes = [];
  for (let i = 0; i < ROUNDS; i++) {
    cardTimes.push(await call('renderCards', 1000));
    baseTimes.push(await call('renderBaseline', 1000));
  }
  const r = { cardsMs: median(cardTimes), baselineMs: median(baseTimes) };
  // perCardUs: ms for 1,000 cards is µs per card.
  return { ...r, ratio: r.cardsMs / r.baselineMs, perCardUs: r.cardsMs };
}
/**
 * The JavaScript heap, read through the DevTools protocol after full collections. Not
 * `performance.memory`: Blink caches its figures between reads, so a reading straight after gc()
 * could be stale (one CI run read 0.4 MiB before and 16.8 MiB after). Blink's own heap (DOM nodes)
 * is printed but not held: it flips between two sizes about 0.5 MiB apart from one collection to
 * the next with nothing allocated in between. A leaked card keeps its element, controllers and
 * template parts in the JavaScript heap, kilobytes each, so it would show there at once.
 */
const cdp = await tab.createCDPSession();
async function heapAfterGc() {
  await cdp.send('HeapProfiler.collectGarbage');
  await new Promise((r) => setTimeout(r, 50));
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? NaN };
}
async function measureMemory() {
  await call('renderCards', 1000); // warm caches and compiled code first
  const before = await heapAfterGc();
  for (let i = 0; i < 10; i++) await call('renderCards', 1000);
  const after = await heapAfterGc();
  const mib = (n) => n / 2 ** 20;
  return {
    beforeMiB: mib(before.js), afterMiB: mib(after.js), growthPct: ((after.js - before.js) / before.js) * 100,
    domBeforeMiB: mib(before.dom), domAfterMiB: mib(after.dom),
  };
}

let render = await measureRender();
const filter = {
  galleryMs: median(await call('filterGallery')),
  explorerMs: median(await call('filterExplorer')),
  checklistMs: median(await call('checklistChange')),
  checklistMergeMs: median(await call('checklistMergedSave')),
  boardMs: median(await call('boardChange')),
};
// Issue 30: 200 organisations' files into <system-board-profile>: the page is never held longer
// than the interaction budget while they are read (slices that yield), and a sort stays within it.
const system = await call('systemLoad');
filter.systemLoadMs = system.loadMs;
filter.systemGapMs = system.longestGapMs;
filter.systemSortMs = median(system.sortMs);
filter.systemMoreMs = Math.max(...system.moreMs);
let memory = await measureMemory();
// A shared machine can slow one stretch of a run. With --check, a ratio over its budget is measured
// once more and the better of the two kept: a real regression misses both times.
const retried = [];
if ((args.has('--check') || args.has('--ci')) && render.ratio > BUDGETS.renderRatio) {
  const again = await measureRender();
  retried.push(`render ratio ${render.ratio.toFixed(2)} then ${again.ratio.toFixed(2)}`);
  if (again.ratio < render.ratio) render = again;
}
// Heap growth over budget is measured twice more, like the ratio: a leaked card adds kilobytes
// each (a test leak of every card read +186 %), so a real leak misses every time.
for (let i = 0; i < 2 && (args.has('--check') || args.has('--ci')) && memory.growthPct > BUDGETS.heapGrowthPct; i++) {
  const again = await measureMemory();
  retried.push(`heap growth ${memory.growthPct.toFixed(1)} % then ${again.growthPct.toFixed(1)} %`);
  if (again.growthPct < memory.growthPct) memory = again;
}
const browserVersion = await browser.version();
await browser.close();
server.close();
if (pageErrors.length) {
  console.error(`bench page errors:\n  ${pageErrors.join('\n  ')}`);
  process.exit(1);
}

// --- Report -------------------------------------------------------------------------------------
/**
 * The browser's own name and version ("Chromium 131… built on Debian…"). Not on Windows, where
 * chrome.exe/msedge.exe --version opens a browser window instead of printing; there, and if the
 * call fails, what the DevTools protocol reports ("HeadlessChrome/131…").
 */
function browserName() {
  if (process.platform === 'win32') return browserVersion;
  try {
    return execFileSync(findChromeOrExit(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10000 }).trim() || browserVersion;
  } catch {
    return browserVersion;
  }
}
const chromium = browserName();
const results = { date: new Date().toISOString(), chromium, rounds: ROUNDS, size, pages, render, filter, memory, budgets: { ...BUDGETS, ...PAGE_BUDGETS } };
printSizes();
console.log(`\nRender 1,000 cards (median of ${ROUNDS})`);
console.log(`  <case-study-card>      ${f(render.cardsMs)} ms  (${f(render.perCardUs, 0)} µs per card)`);
console.log(`  plain DOM baseline     ${f(render.baselineMs)} ms`);
console.log(`  ratio                  ${f(render.ratio, 2)}`);
console.log('\nFilter / change (median)');
console.log(`  gallery, 1,000 case studies     ${f(filter.galleryMs)} ms`);
console.log(`  explorer, 1,000 barriers        ${f(filter.explorerMs)} ms`);
console.log(`  checklist, 200 prompts (+save)  ${f(filter.checklistMs)} ms  (100 with actions; --ci holds one frame)`);
console.log(`  checklist, merged save, 200     ${f(filter.checklistMergeMs)} ms  (another tab's answer read and merged; --ci holds one frame)`);
console.log(`  board profile, 60 seats (+save) ${f(filter.boardMs)} ms`);
console.log(`  system view, 200 organisations: read in ${f(filter.systemLoadMs)} ms, longest without a frame ${f(filter.systemGapMs)} ms, sort ${f(filter.systemSortMs)} ms, slowest Show more ${f(filter.systemMoreMs)} ms (budget ${BUDGETS.interactionMs} ms)`);
console.log(
  `\nMemory: JS heap ${f(memory.beforeMiB, 2)} → ${f(memory.afterMiB, 2)} MiB after 10 × 1,000 cards (${f(memory.growthPct)} %); ` +
    `DOM heap ${f(memory.domBeforeMiB, 2)} → ${f(memory.domAfterMiB, 2)} MiB (not held: it flips by about 0.5 MiB between collections)`,
);
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
if (args.has('--save')) writeFileSync('stories/guides/bench-results.json', JSON.stringify(results, null, 2) + '\n');

if (args.has('--check') || args.has('--ci')) {
  // --ci holds what a noisy shared CI machine can hold: sizes (exact) and ratios measured within
  // one run. Absolute filter times are printed but only --check holds them. The card entry's 8 KiB
  // budget is missed by design for now (see the Performance page): CI holds a ceiling just above
  // today's size instead, so it cannot grow unnoticed, and --check still reports the real budget.
  const ci = args.has('--ci');
  const misses = sizeMisses(ci);
  if (render.ratio > BUDGETS.renderRatio) misses.push(`render ratio is ${f(render.ratio, 2)}, budget ${BUDGETS.renderRatio}`);
  // Issue 15: a status change with its save over 200 prompts (half with actions) within one frame, held by --ci too.
  if (filter.checklistMs > BUDGETS.checklistFrameMs) misses.push(`checklist status change + save is ${f(filter.checklistMs)} ms median, budget one frame (${BUDGETS.checklistFrameMs} ms)`);
  // Issue 24: a save that re-reads the record and merges another tab's answer, over 200 prompts, within one frame; --ci too.
  if (filter.checklistMergeMs > BUDGETS.checklistFrameMs) misses.push(`checklist merged save is ${f(filter.checklistMergeMs)} ms median, budget one frame (${BUDGETS.checklistFrameMs} ms)`);
  if (!ci) {
    for (const [name, ms] of [['gallery', filter.galleryMs], ['explorer', filter.explorerMs], ['board profile', filter.boardMs]]) {
      if (ms > BUDGETS.filterMedianMs) misses.push(`${name} filter update is ${f(ms)} ms median, budget ${BUDGETS.filterMedianMs} ms`);
    }
  }
  for (const [name, ms] of [['system view, longest without a frame while reading 200 files,', filter.systemGapMs], ['system view sort by name', filter.systemSortMs], ['system view slowest "Show more" (up to 200 rows)', filter.systemMoreMs]]) {
    if (ms > BUDGETS.interactionMs) misses.push(`${name} ${f(ms)} ms, budget ${BUDGETS.interactionMs} ms`);
  }
  if (memory.growthPct > BUDGETS.heapGrowthPct) misses.push(`heap grew ${f(memory.growthPct)} % over 10 rounds, budget ${BUDGETS.heapGrowthPct} %`);
  if (retried.length) console.log(`\nmeasured again after a miss: ${retried.join('; ')}`);
  if (misses.length) {
    console.error(`\nbudgets missed:\n  - ${misses.join('\n  - ')}`);
    process.exit(1);
  }
  console.log(ci ? '\nCI budgets met (sizes, render ratio, heap, checklist change within a frame; other filter times printed above)' : '\nall budgets met');
}

// --- Interaction to Next Paint (issue 29) -------------------------------------------------------
// A separate script (its own browser and server), like Lighthouse below; the same flags.
if (!args.has('--no-inp')) {
  const flags = [...args].filter((a) => a === '--ci' || a === '--check');
  try {
    execFileSync(process.execPath, ['scripts/bench-inp.mjs', ...flags], { stdio: 'inherit' });
  } catch (error) {
    process.exit(typeof error?.status === 'number' && error.status ? error.status : 1);
  }
}

// --- Layout shift and Total Blocking Time (Lighthouse) --------------------------------------------
// A separate script (its own browser and server); the same flags, on the build just used.
if (!args.has('--no-lighthouse')) {
  const flags = [...args].filter((a) => a === '--ci' || a === '--check');
  try {
    execFileSync(process.execPath, ['scripts/bench-lighthouse.mjs', ...flags], { stdio: 'inherit' });
  } catch (error) {
    process.exit(typeof error?.status === 'number' && error.status ? error.status : 1);
  }
}
