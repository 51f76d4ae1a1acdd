#!/usr/bin/env node
// Writes dist/cdn/clinical-leadership-elements.css: the space kept for widgets before the script
// runs (src/internal/reserve.ts builds the rules from the widget table, the same rules the script
// adopts), the one line a site adds to its theme:
// <link rel="stylesheet" href="/assets/cle/clinical-leadership-elements.css">.
import { mkdirSync, writeFileSync } from 'node:fs';
import { importTs } from './lib/import-ts.mjs';

const { RESERVE_CSS } = await importTs(`export { RESERVE_CSS } from './src/internal/reserve.ts';`);
mkdirSync('dist/cdn', { recursive: true });
const header = '/* clinical-leadership-elements: space kept for the widgets until they load (no layout shift). */\n';
writeFileSync('dist/cdn/clinical-leadership-elements.css', header + RESERVE_CSS.trim() + '\n');
console.log('wrote dist/cdn/clinical-leadership-elements.css');
