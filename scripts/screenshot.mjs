#!/usr/bin/env node
// Dev aid: screenshot a URL (or a built Storybook story/docs id) to a PNG for a visual check.
// node scripts/screenshot.mjs <url-or-storybook-id> <out.png> [width] [--docs]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const [target, out = '/tmp/shot.png', width = '1000'] = process.argv.slice(2);
const docs = process.argv.includes('--docs');
let url = target;
let server;
if (!/^https?:/.test(target)) {
  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join('storybook-static', path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${server.address().port}/iframe.html?id=${target}&viewMode=${docs ? 'docs' : 'story'}`;
}
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: 800 });
await page.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 800));
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server?.close();
console.log(out);
