#!/usr/bin/env node
// Removes build output (dist, coverage, storybook-static) on every system: `rm -rf` is not a
// Windows command, and npm runs scripts through cmd.exe there.
import { rmSync } from 'node:fs';

for (const dir of process.argv.slice(2).length ? process.argv.slice(2) : ['dist', 'coverage', 'storybook-static']) {
  rmSync(dir, { recursive: true, force: true });
}
