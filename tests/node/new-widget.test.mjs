// The scaffold (scripts/new-widget.mjs) on a copy of the files it edits: it writes the anatomy of
// CONTRIBUTING.md and the widget's row in every file that names widgets by hand, and refuses bad
// or taken tags without writing anything. (The full run, with the manifest and the generated glue,
// type-checks and passes its own test; that is too slow for a node test.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';

const EDITED = ['src/data/widgets.ts', 'src/widget-loaders.ts', 'src/index.ts', 'src/classes.ts', 'src/data/fallback.ts', 'stories/guides/embed-builder.ts', 'package.json'];
const root = mkdtempSync(join(tmpdir(), 'cle-new-widget-'));
for (const file of EDITED) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  cpSync(file, join(root, file));
}
mkdirSync(join(root, 'src', 'case-study-card'), { recursive: true });
after(() => rmSync(root, { recursive: true, force: true }));
const run = (...args) => spawnSync(process.execPath, ['scripts/new-widget.mjs', ...args, '--root', root, '--no-glue'], { encoding: 'utf8' });
const read = (file) => readFileSync(join(root, file), 'utf8');

test('refuses a tag that is not ours to take, and writes nothing', () => {
  for (const bad of ['timeline', 'Leadership-Timeline', 'case-study-card', '']) {
    const result = run(bad);
    assert.notEqual(result.status, 0, bad);
    assert.match(result.stderr, /new-widget: /);
  }
  assert.deepEqual(EDITED.map((f) => read(f) === readFileSync(f, 'utf8')), EDITED.map(() => true));
});

test('writes the folder, entry, story and test, and the row everywhere widgets are named', () => {
  const result = run('leadership-timeline', '--label', 'Leadership timeline');
  assert.equal(result.status, 0, result.stderr);
  for (const file of ['leadership-timeline.ts', 'leadership-timeline.styles.ts', 'model.ts', 'templates.ts', 'define.ts']) {
    assert.ok(existsSync(join(root, 'src', 'leadership-timeline', file)), file);
  }
  assert.match(read('src/leadership-timeline/leadership-timeline.ts'), /@summary Leadership timeline\.\n \* @tagname leadership-timeline/);
  assert.match(read('src/leadership-timeline/define.ts'), /define\('leadership-timeline', LeadershipTimeline\);/);
  assert.equal(read('src/leadership-timeline.ts'), "/** Registers `<leadership-timeline>` only. */\nexport * from './leadership-timeline/define.js';\n");
  assert.match(read('stories/leadership-timeline.stories.ts'), /component: 'leadership-timeline'/);
  assert.match(read('tests/leadership-timeline.test.ts'), /to\.be\.accessible\(\)/);
  assert.match(read('src/data/widgets.ts'), /\{ tag: 'leadership-timeline', label: 'Leadership timeline', reserve: \{ height: '24rem' \} \},\n\] as const/);
  assert.match(read('src/widget-loaders.ts'), /'leadership-timeline': \(\) => import\('\.\/leadership-timeline\/define\.js'\),/);
  assert.match(read('src/index.ts'), /export \* from '\.\/leadership-timeline\/define\.js';/);
  assert.match(read('src/classes.ts'), /export \{ LeadershipTimeline \} from '\.\/leadership-timeline\/leadership-timeline\.js';/);
  assert.match(read('src/data/fallback.ts'), /'leadership-timeline': \(attributes\) =>/);
  assert.match(read('stories/guides/embed-builder.ts'), /'leadership-timeline': \{\n {4}options: \[/);
  assert.deepEqual(JSON.parse(read('package.json')).exports['./leadership-timeline.js'], {
    types: './dist/types/src/leadership-timeline.d.ts', default: './dist/leadership-timeline.js',
  });
});

test('refuses the same tag twice', () => {
  const result = run('leadership-timeline');
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /exists already/);
});
