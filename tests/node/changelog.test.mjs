import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { changelogProblem } from '../../scripts/check-changelog.mjs';

test('a release needs a dated entry for its version; Unreleased does not count', () => {
  const text = '# Changelog\n\n## [Unreleased]\n\n### Added\n- x\n\n## [0.1.0] - 2026-11-20\n';
  assert.equal(changelogProblem(text, '0.1.0'), undefined);
  assert.match(changelogProblem(text, '0.2.0'), /no entry "## \[0.2.0\]/);
  assert.equal(changelogProblem(text, '0.2.0', { allowUnreleased: true }), undefined);
  assert.match(changelogProblem('', '0.1.0'), /missing or empty/);
  assert.match(changelogProblem('## [0.1.0]\n', '0.1.0'), /no entry/); // no date
});

test('the project changelog has an entry for package.json’s version and an Unreleased section', () => {
  const text = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(changelogProblem(text, version), undefined);
  assert.match(text, /^## \[Unreleased\]$/m);
});
