// Build once, use twice (scripts/build-stamp.mjs): `npm test` builds unless dist carries a stamp
// of this very tree, and every build writes that stamp as its last step.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { treeHash } from '../../scripts/build-stamp.mjs';

const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('npm test starts by ensuring a build, and the build stamps itself last', () => {
  assert.match(scripts.test, /^node scripts\/build-stamp\.mjs ensure && /);
  assert.doesNotMatch(scripts.test, /npm run build/);
  assert.match(scripts.build, /^npm run clean && .* && node scripts\/build-stamp\.mjs write$/);
});

test('the stamp is a hash of the tree, the same twice', () => {
  const a = treeHash();
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(treeHash(), a);
});
