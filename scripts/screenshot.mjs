#!/usr/bin/env node
// Dev aid: screenshot a URL (or a built Storybook story/docs id) to a PNG for a visual check.
// node scripts/screenshot.mjs <url-or-storybook-id> [out.png (default: shot.png in the temp folder)] [width] [--docs]
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { serveStatic } from './lib/static-server.mjs';

const [target, out = join(tmpdir(), 'shot.png'), width = '1000'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const docs = process.argv.includes('--docs');
let url = target;
let server;
if (!/^https?:/.test(target)) {
  ({ server, base: url } = await serveStatic('storybook-static'));
  url += `/iframe.html?id=${target}&viewMode=${docs ? 'docs' : 'story'}`;
}
const browser = await puppeteer.launch({ executablePath: findChromeOrExit(), headless: true, args: CHROME_ARGS });
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: 800 });
await page.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 800));
await page.screenshot({ path: out, fullPage: true });
await browser.close();
server?.close();
console.log(out);
