// The version comes from package.json at build time (scripts/version.mjs): nothing in src writes it
// by hand, and every build that exists says package.json's version.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

test('no source file writes the version by hand', () => {
  const src = new URL('src', root).pathname;
  const quoted = new RegExp(`['"\`]${version.replace(/\./g, '\\.')}['"\`]`);
  const found = files(src).filter((f) => f.endsWith('.ts') && quoted.test(readFileSync(f, 'utf8')));
  assert.deepEqual(found, []);
});

test('the npm build and the one-script bundle carry package.json’s version', (t) => {
  const built = [new URL('dist/internal/define.js', root), new URL('dist/cdn/clinical-leadership-elements.js', root)];
  if (!built.every((u) => existsSync(u))) return t.skip('not built (npm run build)');
  const cdnChunks = files(new URL('dist/cdn', root).pathname).filter((f) => f.endsWith('.js'));
  const quoted = new RegExp(`['"\`]${version.replace(/\./g, '\\.')}['"\`]`);
  assert.match(readFileSync(built[0], 'utf8'), quoted);
  assert.ok(cdnChunks.some((f) => quoted.test(readFileSync(f, 'utf8'))), 'a cdn chunk holds the version');
  for (const f of [built[0].pathname, ...cdnChunks]) assert.doesNotMatch(readFileSync(f, 'utf8'), /__CLE_VERSION__|0\.0\.0-unbuilt/, f);
});
