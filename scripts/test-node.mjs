#!/usr/bin/env node
// npm run test:node: the Node-side tests (tests/node/*.test.mjs) with node:test's spec reporter.
// The files are listed here rather than passed as `node --test tests/node/`: Node 20 searches a
// folder but Node 22 and later read the arguments as globs (and cmd.exe expands no glob itself).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join('tests', 'node');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(dir, f));
const { status, error } = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
if (error) console.error(error.message);
process.exit(status ?? 1);
