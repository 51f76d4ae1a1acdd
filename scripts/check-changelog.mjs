#!/usr/bin/env node
// Checks that CHANGELOG.md (Keep a Changelog) has an entry for package.json's version:
// a heading "## [x.y.z] - YYYY-MM-DD". An "Unreleased" section does not count for a release;
// with --allow-unreleased (CI, between releases) an Unreleased section is enough.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The problem with a changelog for a version, or undefined when it is fine. */
export function changelogProblem(text, version, { allowUnreleased = false } = {}) {
  if (typeof text !== 'string' || !text.trim()) return 'CHANGELOG.md is missing or empty';
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const entry = new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`, 'm');
  if (entry.test(text)) return undefined;
  if (allowUnreleased && /^## \[Unreleased\]\s*$/m.test(text)) return undefined;
  return `CHANGELOG.md has no entry "## [${version}] - YYYY-MM-DD" for the version in package.json` +
    (allowUnreleased ? ' and no "## [Unreleased]" section' : ' (an Unreleased section does not count for a release)');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  let text = '';
  try {
    text = readFileSync('CHANGELOG.md', 'utf8');
  } catch {
    /* reported below */
  }
  const problem = changelogProblem(text, version, { allowUnreleased: process.argv.includes('--allow-unreleased') });
  if (problem) {
    console.error(`changelog: ${problem}`);
    process.exit(1);
  }
  console.log(`changelog: ok for ${version}`);
}
