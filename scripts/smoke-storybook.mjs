#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails on a
// blank story, an element left undefined, an empty shadow root, a page error or a console error.
// A green `storybook build` can still ship blank stories (toolchain pitfall 8); this catches it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` first.');
  process.exit(1);
}
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  if (path === '/favicon.ico') return void res.writeHead(204).end();
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
let passed = 0;
let failed = 0;
const page = await browser.newPage();
let problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => {
  // Stories of error states log their one warning on purpose; errors are never expected.
  // Stories of a failing `src` request /no-such-file… on purpose; Chromium logs that 404 as an error.
  if (m.type() === 'error' && !/\/no-such-file/.test(JSON.stringify(m.location()) + m.text() + (m.args?.().length ?? ""))) problems.push(`console error: ${m.text()} at ${m.location()?.url}`);
});
for (const story of stories) {
  problems = [];
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length > 0, { timeout: 15000 });
    // Let widgets finish loading data (the bundled chunk, a src URL).
    await new Promise((r) => setTimeout(r, 300));
    const result = await page.evaluate(async () => {
      const rootEl = document.querySelector('#storybook-root');
      const issues = [];
      const custom = [...rootEl.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
      if (custom.length === 0 && !rootEl.textContent.trim()) issues.push('blank story');
      for (const el of custom) {
        if (!customElements.get(el.localName)) issues.push(`<${el.localName}> is not defined`);
        else {
          await el.updateComplete;
          if (!el.shadowRoot || !el.shadowRoot.textContent.trim()) issues.push(`<${el.localName}> rendered nothing`);
        }
      }
      return issues;
    });
    problems.push(...result);
  } catch (e) {
    problems.push(String(e.message ?? e));
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${story.id}\n     ${problems.join('\n     ')}`);
  } else {
    passed++;
    console.log(`ok   ${story.id}`);
  }
}
await browser.close();
server.close();
console.log(`\nstorybook smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
