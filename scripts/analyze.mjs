#!/usr/bin/env node
// `npm run analyze`: writes custom-elements.json with `cem analyze`, once per tree. typecheck,
// storybook, build-storybook and build all need the manifest; in CI they run one after the other
// on the same tree, so the analyser ran three times. A stamp beside the manifest
// (.custom-elements.stamp, git-ignored, not packed) holds a hash of what the analyser reads; when it
// matches and the manifest is there, the manifest is current and is kept. CLE_REANALYZE=1 forces a run.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin } from './lib/run.mjs';

const MANIFEST = 'custom-elements.json';
const STAMP = '.custom-elements.stamp';
/** What `cem analyze` reads (custom-elements-manifest.config.mjs globs src/**). */
const INPUTS = ['src', 'scripts/cem', 'custom-elements-manifest.config.mjs', 'package-lock.json'];

const files = (path) => {
  if (!existsSync(path)) return [];
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => files(join(path, e.name)));
  } catch {
    return [path];
  }
};
const hash = createHash('sha256');
for (const file of INPUTS.flatMap(files)) hash.update(file.replaceAll('\\', '/')).update('\0').update(readFileSync(file)).update('\0');
const digest = hash.digest('hex');

if (process.env.CLE_REANALYZE !== '1' && existsSync(MANIFEST) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === digest) {
  if (!process.argv.includes('--quiet')) console.log(`analyze: ${MANIFEST} is current for this tree; kept`);
} else {
  runBin(process.cwd(), '@custom-elements-manifest/analyzer', 'cem', ['analyze'], { stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(STAMP, `${digest}\n`);
  if (!process.argv.includes('--quiet')) console.log(`analyze: wrote ${MANIFEST}`);
}
