#!/usr/bin/env node
// Writes dist/cdn/clinical-leadership-elements.css: the space kept for widgets before the script
// runs (src/internal/reserve.ts, the same rules the script adopts), the one line a site adds to
// its theme: <link rel="stylesheet" href="/assets/cle/clinical-leadership-elements.css">.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  stdin: { contents: `export { RESERVE_CSS } from './src/internal/reserve.ts';`, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent',
});
const { RESERVE_CSS } = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
mkdirSync('dist/cdn', { recursive: true });
const header = '/* clinical-leadership-elements: space kept for the widgets until they load (no layout shift). */\n';
writeFileSync('dist/cdn/clinical-leadership-elements.css', header + RESERVE_CSS.trim() + '\n');
console.log('wrote dist/cdn/clinical-leadership-elements.css');
