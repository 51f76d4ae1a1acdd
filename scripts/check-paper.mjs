#!/usr/bin/env node
// `npm run check:paper`: the board paper checked by a real office suite. Bundles the checklist from
// src with esbuild (as the tests load it), serves a page on loopback with a realistic fixture saved
// in localStorage (statuses, notes with hostile and long text, three actions, a baseline, the cover
// sheet) and three members' files loaded in the Compare view, presses "Download board paper (Word)"
// in headless Chromium, converts the downloaded .docx to PDF with LibreOffice (one conversion), and
// checks the PDF with poppler-utils:
//   - page count within bounds, the cover sheet on page 1 and the self-assessment after it;
//   - the headings in the PDF's outline (bookmarks), which only outline-level headings produce, and
//     tagged H1/H2 (and table headers TH) in its structure tree;
//   - no heading stranded at the foot of a page (when its section runs on overleaf, at least three
//     lines of it are with the heading: without keep-with-next the fixture strands two);
//   - "Page x of y" in every page's footer;
//   - no word broken inside a table column too narrow for it ("Organisational" in the owner column).
// Needs: Chromium (scripts/find-chrome.mjs), `soffice` (libreoffice-writer-nogui) and poppler-utils.
// --keep <dir> keeps the .docx, the .pdf and page 1 as PNG there. Exits 1 on any failed check.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { versionDefine } from './version.mjs';
import { checkPdf, fixture } from './lib/paper-fixture.mjs';

const keepAt = process.argv.includes('--keep') ? resolve(process.argv[process.argv.indexOf('--keep') + 1] ?? 'paper-check') : undefined;
const work = mkdtempSync(join(tmpdir(), 'cle-paper-'));
const started = Date.now();
const step = (text) => console.log(`--- ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

function need(command, pkg) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  } catch {
    console.error(`check:paper needs \`${command}\` (Debian: apt-get install ${pkg}).`);
    process.exit(1);
  }
}
need('soffice', 'libreoffice-writer-nogui');
need('pdftotext', 'poppler-utils');

const prompts = JSON.parse(readFileSync('data/checklist-prompts.json', 'utf8'));
const elements = JSON.parse(readFileSync('data/elements.json', 'utf8'));
const fx = fixture(prompts, elements);

step('bundling the checklist (esbuild, from src)');
const site = join(work, 'site');
await build({
  entryPoints: { checklist: 'src/framework-checklist.ts' }, bundle: true, splitting: true, format: 'esm', outdir: site,
  target: 'es2022', tsconfig: 'tsconfig.json', define: versionDefine, logLevel: 'warning', loader: { '.json': 'json' },
});
writeFileSync(join(site, 'record.json'), JSON.stringify(fx.record)); // a file, not inline: the notes hold "</script>"
writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>check:paper</title></head><body>
<script type="module">
  localStorage.setItem(${JSON.stringify(fx.storageKeyFull)}, await (await fetch('./record.json')).text());
  await import('./checklist.js');
  const el = document.createElement('framework-checklist');
  el.storageKey = ${JSON.stringify(fx.storageKey)};
  el.heading = ${JSON.stringify(fx.heading)};
  el.organisation = ${JSON.stringify(fx.organisation)};
  document.body.append(el);
</script></body></html>`);
const { server, base } = await serveStatic(site);

const browser = await puppeteer.launch({ executablePath: findChromeOrExit(), headless: true, args: CHROME_ARGS });
let docx;
try {
  step('making the paper in Chromium');
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  const downloads = join(work, 'downloads');
  mkdirSync(downloads);
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  const done = new Promise((ok, fail) => {
    cdp.on('Browser.downloadWillBegin', (e) => (docx = join(downloads, e.suggestedFilename)));
    cdp.on('Browser.downloadProgress', (e) => (e.state === 'completed' ? ok() : e.state === 'canceled' && fail(new Error('download cancelled'))));
    setTimeout(() => fail(new Error('no download within 60 s')), 60_000);
  });
  await page.goto(`${base}/index.html`);
  const inShadow = (selector) => page.waitForFunction((s) => document.querySelector('framework-checklist')?.shadowRoot?.querySelector(s), { timeout: 30_000 }, selector);
  await inShadow('.prompt, [part="prompt"]');
  // Members' answers: three exported files chosen in the Compare view.
  await page.evaluate(() => document.querySelector('framework-checklist').view = 'compare');
  const input = await inShadow('#compare-files');
  const files = fx.members.map((m) => {
    const file = join(work, m.name);
    writeFileSync(file, m.text);
    return file;
  });
  await input.asElement().uploadFile(...files);
  await page.waitForFunction(() => /Comparing 3 members/.test(document.querySelector('framework-checklist').shadowRoot.textContent), { timeout: 30_000 });
  (await inShadow('[data-command="paper"]')).asElement().click();
  await done;
} finally {
  await browser.close();
  server.close();
}

step('converting to PDF with LibreOffice');
const profile = join(work, 'lo-profile');
// A tagged PDF (as a board secretary would publish one), with its bookmarks.
const filter = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}';
execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', work, docx], { stdio: 'pipe', timeout: 180_000 });
const pdf = join(work, readdirSync(work).find((f) => f.endsWith('.pdf')));

step('checking the PDF');
const { problems, summary } = checkPdf(pdf, fx);
for (const line of summary) console.log(line);
if (keepAt) {
  mkdirSync(keepAt, { recursive: true });
  copyFileSync(docx, join(keepAt, 'board-paper.docx'));
  copyFileSync(pdf, join(keepAt, 'board-paper.pdf'));
  execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '2', pdf, join(keepAt, 'page')]);
  console.log(`Kept in ${keepAt}: board-paper.docx, board-paper.pdf, page-1.png, page-2.png`);
}
rmSync(work, { recursive: true, force: true });
if (problems.length) {
  console.error(`check:paper: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check:paper: the paper passed every check (${((Date.now() - started) / 1000).toFixed(1)} s).`);
