#!/usr/bin/env node
// npm run clean: removes what the build, the coverage run and Storybook write, on any system
// (`rm -rf` is not a Windows command). Extra folders can be named: node scripts/clean.mjs tmp
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const folders = ['dist', 'coverage', 'storybook-static', ...process.argv.slice(2)];
for (const folder of folders) rmSync(resolve(folder), { recursive: true, force: true, maxRetries: 3 });
