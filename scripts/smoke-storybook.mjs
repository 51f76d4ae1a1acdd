#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails on a
// blank story, an element left undefined, an empty shadow root, a page error or a console error.
// A green `storybook build` can still ship blank stories (toolchain pitfall 8); this catches it.
// Then the accessibility sweep: axe (WCAG 2.2 A/AA + best practice) on every story at 1,000 px,
// again with forced colours emulated, and again at 320 px, where nothing may scroll sideways.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChromeOrExit } from './find-chrome.mjs';
import { serveStatic } from './lib/static-server.mjs';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  // A story is a fragment of a page, not a page: page-level rules do not apply (as in nhsuk-frontend).
  rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
};
const only = process.env.STORY_FILTER;

async function axeViolations(page, label) {
  const violations = await page.evaluate(async (options) => {
    // Storybook's a11y addon runs axe itself after a story renders; a story that renders in steps
    // (lazily loaded parts) can still be inside that run, and axe refuses a second one meanwhile.
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await window.axe.run(document.querySelector('#storybook-root'), options);
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).slice(0, 3).join('; ')}`);
      } catch (error) {
        if (attempt >= 20 || !/already running/i.test(String(error?.message ?? error))) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }, AXE_OPTIONS);
  return violations.map((v) => `axe ${label}: ${v}`);
}

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` first.');
  process.exit(1);
}
const { server, base } = await serveStatic(root);

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!only || e.id.includes(only)));
const browser = await puppeteer.launch({ executablePath: findChromeOrExit(), headless: true, args: CHROME_ARGS });
let passed = 0;
let failed = 0;
// Two pages at once (SMOKE_WORKERS to change): on two cores the smoke's time is mostly axe and page
// loads, and a second page keeps both cores busy (one page at a time took about twice as long).
const WORKERS = Math.max(1, Number(process.env.SMOKE_WORKERS ?? 2));
const queue = [...stories];

async function worker() {
  // A context of its own: stories seed and save localStorage, and one page's storage events must not reach another's.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  const cdp = await page.createCDPSession();
  let problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Stories of error states log their one warning on purpose; errors are never expected.
    // Stories of a failing `src` request /no-such-file… on purpose; Chromium logs that 404 as an error.
    if (m.type() === 'error' && !/\/no-such-file/.test(JSON.stringify(m.location()) + m.text() + (m.args?.().length ?? ""))) problems.push(`console error: ${m.text()} at ${m.location()?.url}`);
  });
  for (let story = queue.shift(); story; story = queue.shift()) {
    problems = [];
    try {
      await checkStory(page, cdp, story, problems);
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
  await context.close();
}

async function checkStory(page, cdp, story, problems) {
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
  await page.addScriptTag({ content: AXE });
  problems.push(...(await axeViolations(page, '1000px')));
  // puppeteer's emulateMediaFeatures rejects forced-colors; the DevTools protocol accepts it.
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  problems.push(...(await axeViolations(page, 'forced-colours')));
  await cdp.send('Emulation.setEmulatedMedia', { features: [] });
  await page.setViewport({ width: 320, height: 800 });
  // Widgets answer a resize in a ResizeObserver and a render (a table wrapper becomes a tab stop
  // when it starts to scroll): two frames, then every widget's update, before axe looks.
  await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await Promise.all([...document.querySelectorAll('#storybook-root *')].filter((el) => 'updateComplete' in el).map((el) => el.updateComplete));
  });
  await new Promise((r) => setTimeout(r, 100));
  problems.push(...(await axeViolations(page, '320px')));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  if (overflow > 320) problems.push(`at 320 px the page scrolls sideways (${overflow} px wide)`);
  await page.setViewport({ width: 1000, height: 800 });
}

await Promise.all(Array.from({ length: Math.min(WORKERS, stories.length) }, worker));
await browser.close();
server.close();
console.log(`\nstorybook smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
