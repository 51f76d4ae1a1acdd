#!/usr/bin/env node
// Build once, use twice. `npm run build` ends with `build-stamp.mjs write`: dist/.build-stamp holds
// a hash of everything the build reads (src, data, the build scripts and configs, package.json and
// the lock file). `npm test` starts with `build-stamp.mjs ensure`: when the stamp matches the tree
// as it is now and the outputs are there, the build just made (by the bench in CI, or by hand) is
// used as it is; otherwise, or with CLE_REBUILD=1, it builds. A fresh clone has no stamp, so
// `npm test` alone always builds; `npm run clean` (the build's first step) removes the stamp, so a
// build that fails half-way never leaves one behind.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runNpm } from './lib/run.mjs';

const STAMP = join('dist', '.build-stamp');
/** What the build reads. A folder means every file in it. */
const INPUTS = [
  'src', 'data', 'scripts/cem', 'scripts/lib/import-ts.mjs', 'scripts/lib/widgets.mjs', 'scripts/analyze.mjs', 'scripts/emit-css.mjs', 'scripts/emit-editor-files.mjs', 'scripts/emit-schema.mjs',
  'scripts/version.mjs', 'scripts/clean.mjs', 'package.json', 'package-lock.json', 'vite.config.ts',
  'tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs',
];
/** What the build makes; all must be there to reuse it. */
const OUTPUTS = ['dist/index.js', 'dist/cdn/clinical-leadership-elements.js', 'dist/embed/index.html', 'dist/types', 'dist/frameworks', 'custom-elements.json'];

function files(path) {
  if (!existsSync(path)) return [];
  try {
    return readdirSync(path, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => files(join(path, e.name)));
  } catch {
    return [path]; // a file
  }
}

export function treeHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) {
    hash.update(file.replaceAll('\\', '/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const command = import.meta.url === pathToFileURL(process.argv[1] ?? '').href ? process.argv[2] : 'imported';
if (command === 'imported') {
  // used as a module (tests)
} else if (command === 'write') {
  writeFileSync(STAMP, `${treeHash()}\n`);
} else if (command === 'ensure') {
  const stamp = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  const missing = OUTPUTS.filter((p) => !existsSync(p));
  if (process.env.CLE_REBUILD !== '1' && stamp && !missing.length && stamp === treeHash()) {
    console.log('build: dist is current for this tree (dist/.build-stamp); using it');
  } else {
    try {
      runNpm(['run', 'build', '--silent'], { stdio: 'inherit' });
    } catch (error) {
      process.exit(typeof error.status === 'number' && error.status ? error.status : 1);
    }
  }
} else {
  console.error('usage: node scripts/build-stamp.mjs write | ensure');
  process.exit(2);
}
