#!/usr/bin/env node
// `npm run release:check` (and `prepublishOnly`, so `npm publish` cannot skip it): the changelog
// entry for this version, a clean build and every test (`npm test`: build, data, package, browser
// tests), and the bench budgets CI holds. Stops at the first failure with its exit code.
import { runNpm } from './lib/run.mjs';
import { execFileSync } from 'node:child_process';

const steps = [
  ['changelog entry for this version', () => execFileSync(process.execPath, ['scripts/check-changelog.mjs'], { stdio: 'inherit' })],
  ['clean build and every test (npm test)', () => runNpm(['test'], { stdio: 'inherit' })],
  ['bench budgets (bench --ci, on the build just made)', () => execFileSync(process.execPath, ['scripts/bench.mjs', '--ci', '--no-build'], { stdio: 'inherit' })],
];
for (const [name, run] of steps) {
  console.log(`\n--- release check: ${name}`);
  try {
    run();
  } catch (error) {
    console.error(`\nrelease check failed at: ${name}`);
    process.exit(typeof error?.status === 'number' && error.status ? error.status : 1);
  }
}
console.log('\nrelease check passed: this version may be published');
