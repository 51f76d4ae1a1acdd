// A Node.js release from the npm registry (the `node` package ships a versioned binary), installed
// into a tools folder and run from there: how the SharePoint build gets the Node 22 SPFx needs
// (scripts/build-spfx.mjs) and how CI runs the build and the Node-side tests on the current LTS
// (scripts/node-lts.mjs). Nothing global is touched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { npmInvocation } from './run.mjs';

/** Where `npm install --prefix tools node@…` puts the binary. */
export const nodeBinary = (tools) => path.join(tools, 'node_modules', 'node', 'bin', 'node');

/** `v22.23.3`, or undefined when the binary is missing or does not run. */
export function nodeVersion(binary) {
  if (!existsSync(binary)) return undefined;
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Node `version` in `tools`, unless that folder already has exactly this version; returns the
 * binary's path. Throws when the install fails or installs something else.
 */
export function ensureNode(version, tools) {
  const binary = nodeBinary(tools);
  if (nodeVersion(binary) === `v${version}`) return binary;
  mkdirSync(tools, { recursive: true });
  const call = npmInvocation(['install', '--prefix', tools, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `node@${version}`]);
  console.log(`$ npm install --prefix ${tools} node@${version}`);
  const result = spawnSync(call.file, call.args, { stdio: 'inherit', shell: call.shell });
  if (result.status !== 0) throw new Error(`npm install node@${version} failed (${result.error?.message ?? `exit ${result.status}`})`);
  const found = nodeVersion(binary);
  if (found !== `v${version}`) throw new Error(`installed node@${version} from npm, but ${binary} reports ${found ?? 'nothing'}`);
  return binary;
}

/** An environment with that Node first on PATH, so `npm` (a `#!/usr/bin/env node` script) and every tool it starts run on it. */
export const withNodeFirst = (binary, env = process.env) => ({ ...env, PATH: `${path.dirname(binary)}${path.delimiter}${env.PATH}` });
