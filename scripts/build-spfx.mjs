#!/usr/bin/env node
// `npm run build:spfx`: builds the SharePoint Framework package spfx/sharepoint/solution/*.sppkg.
// SPFx 1.22+ requires Node 22 (>=22.14 <23), which this machine need not have: the script installs
// it from the npm registry (the `node` package ships a versioned binary) into spfx/.tools, or the
// folder in CLE_SPFX_TOOLS, and runs every SPFx step with it. Then: `npm ci` in spfx/ when its
// lockfile changed, our library's build unless dist's build stamp matches the tree, the Heft build and
// package-solution. Nothing global is touched.
// `npm run start:spfx` (`--start`): the same preparation, then `heft start --clean` on Node 22, which
// serves the bundle from https://localhost:4321 (spfx/config/serve.json) for the SPFx Debug Toolbar
// on a real page of your tenant (the hosted workbench retires on 1 December 2026).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNode, nodeBinary, withNodeFirst } from './lib/node-release.mjs';
import { npmInvocation } from './lib/run.mjs';

/** The Node release SPFx 1.23 builds on; pinned so CI caches one binary. */
export const NODE_VERSION = '22.23.3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const spfx = path.join(root, 'spfx');
const tools = path.resolve(process.env.CLE_SPFX_TOOLS || path.join(spfx, '.tools'));
const node22 = nodeBinary(tools);

function run(cmd, args, options = {}) {
  const started = Date.now();
  console.log(`$ ${[cmd === node22 ? 'node22' : cmd, ...args].join(' ')}${options.cwd && options.cwd !== root ? `   (in ${path.relative(root, options.cwd) || '.'})` : ''}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(`build-spfx: "${[cmd, ...args].join(' ')}" failed (${result.error?.message ?? `exit ${result.status}`}).`);
    process.exit(1);
  }
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** npm, on Node 22 when `on22` (npm's own CLI run by that binary when npm started us), else as lib/run.mjs starts it. */
function runNpm(args, { cwd = root, on22 = false } = {}) {
  const call = npmInvocation(args);
  const env = on22 ? env22() : process.env;
  if (on22 && !call.shell && call.file === process.execPath) return run(node22, call.args, { cwd, env });
  return run(call.file, call.args, { cwd, env, shell: call.shell });
}

/** Node 22 from npm, unless the tools folder already has this exact version (scripts/lib/node-release.mjs). */
function ensureNode22() {
  try {
    ensureNode(NODE_VERSION, tools);
  } catch (error) {
    console.error(`build-spfx: ${error.message}.`);
    process.exit(1);
  }
}

/** With Node 22 first on PATH, `npm` (a `#!/usr/bin/env node` script) and every lifecycle script run on it. */
const env22 = () => withNodeFirst(node22);

function lockHash() {
  return createHash('sha256').update(readFileSync(path.join(spfx, 'package-lock.json'))).update(NODE_VERSION).digest('hex').slice(0, 16);
}

function ensureSpfxDependencies() {
  const stamp = path.join(spfx, 'node_modules', '.cle-lock-hash');
  const hash = lockHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
    console.log('spfx/node_modules matches spfx/package-lock.json: skipping npm ci');
    return;
  }
  runNpm(['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: spfx, on22: true });
  writeFileSync(stamp, `${hash}\n`);
}

/** The web part bundles our package from ../dist (a `file:..` dependency). The library is built
 * by the same "build once" rule as `npm test` (scripts/build-stamp.mjs): dist is reused when its
 * stamp matches the tree, so in CI the bench's build serves the bench, this and `npm test`. */
function ensureLibrary() {
  if (!existsSync(path.join(root, 'node_modules', '.bin', 'vite'))) {
    console.error('build-spfx: the library\'s own dependencies are missing; run `npm ci` in the repository root first.');
    process.exit(1);
  }
  run(process.execPath, [path.join(root, 'scripts', 'build-stamp.mjs'), 'ensure'], { cwd: root, env: process.env });
}

const started = Date.now();
ensureNode22();
ensureSpfxDependencies();
ensureLibrary();
const heft = path.join(spfx, 'node_modules', '@rushstack', 'heft', 'bin', 'heft');
if (process.argv.includes('--start')) {
  run(node22, [heft, 'start', '--clean'], { cwd: spfx, env: env22() });
  process.exit(0);
}
run(node22, [heft, 'build', '--clean', '--production'], { cwd: spfx, env: env22() });
run(node22, [heft, 'package-solution', '--production'], { cwd: spfx, env: env22() });
const solution = path.join(spfx, 'sharepoint', 'solution');
const packages = readdirSync(solution).filter((f) => f.endsWith('.sppkg'));
if (!packages.length) {
  console.error('build-spfx: package-solution wrote no .sppkg.');
  process.exit(1);
}
for (const file of packages) console.log(`wrote spfx/sharepoint/solution/${file} (${statSync(path.join(solution, file)).size} bytes)`);
console.log(`build:spfx took ${((Date.now() - started) / 1000).toFixed(1)} s`);
