#!/usr/bin/env node
// The Node-side checks on the current LTS, whatever Node runs this script: installs that release
// from npm into a tools folder (scripts/lib/node-release.mjs; $CLE_NODE_TOOLS, default
// ~/.cache/cle-node-lts, kept between runs) and runs on it the Node tests (scripts/test-node.mjs)
// and the library's build (`npm run build`, which stamps dist: later stages reuse that build).
// CI runs it as its "node lts" stage; the other stages run on the machine's own Node.
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import path from 'node:path';
import { ensureNode, withNodeFirst } from './lib/node-release.mjs';
import { npmInvocation } from './lib/run.mjs';

/** The active LTS line since October 2026 is Node 26: its newest release on npm when this was written, pinned so CI caches one binary. */
export const LTS_VERSION = '26.10.0';

const tools = path.resolve(process.env.CLE_NODE_TOOLS || path.join(homedir(), '.cache', 'cle-node-lts'));
let node;
try {
  node = ensureNode(LTS_VERSION, tools);
} catch (error) {
  console.error(`node-lts: ${error.message}.`);
  process.exit(1);
}
const env = withNodeFirst(node);
/** npm on that Node: its own CLI run by that binary when npm started us, else `npm` from PATH (that Node first). */
const npm = (args) => {
  const call = npmInvocation(args);
  return call.file === process.execPath ? { file: node, args: call.args, shell: false } : call;
};
const steps = [
  ['node tests', { file: node, args: ['scripts/test-node.mjs'], shell: false }],
  ['build', npm(['run', 'build', '--silent'])],
];
for (const [label, call] of steps) {
  const started = Date.now();
  console.log(`node-lts: ${label} on Node ${LTS_VERSION}`);
  const result = spawnSync(call.file, call.args, { stdio: 'inherit', env, shell: call.shell });
  if (result.status !== 0) {
    console.error(`node-lts: ${label} failed on Node ${LTS_VERSION} (${result.error?.message ?? `exit ${result.status}`}).`);
    process.exit(1);
  }
  console.log(`node-lts: ${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
