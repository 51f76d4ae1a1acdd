// Every place that names the widgets names every row of the widget table (src/data/widgets.ts),
// so a sixth widget cannot be forgotten in one of them: each check below fails for a row it misses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementsOf } from '../../scripts/cem/elements.mjs';
import { loadWidgets } from '../../scripts/lib/widgets.mjs';

const node = (...args) => spawnSync(process.execPath, args, { encoding: 'utf8' });
// The manifest the generated glue is built from (kept when current: scripts/analyze.mjs).
assert.equal(node('scripts/analyze.mjs', '--quiet').status, 0, 'cem analyze');
const manifest = new Map(elementsOf(JSON.parse(readFileSync('custom-elements.json', 'utf8'))).map((e) => [e.tagName, e]));

const read = (path) => readFileSync(path, 'utf8');
const { WIDGETS, WIDGET_TAGS, ELEMENT_TAGS } = await loadWidgets();
const pkg = JSON.parse(read('package.json'));
const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
/** The tags of `list` missing from `text` in the form `quote(tag)`. */
const missing = (tags, text, form = (t) => `'${t}'`) => tags.filter((t) => !text.includes(form(t)));

test('the table has at least five widgets, each with a tag, a label and a reserved height', () => {
  assert.ok(WIDGETS.length >= 5);
  for (const w of WIDGETS) {
    assert.match(w.tag, /^[a-z]+(-[a-z]+)+$/);
    assert.ok(w.label.trim(), `${w.tag} has a label`);
    assert.ok(w.reserve.height, `${w.tag} reserves a height`);
  }
  assert.equal(new Set(WIDGET_TAGS).size, WIDGET_TAGS.length, 'tags are unique');
});

test('every element has its folder, define.ts, entry, loader, class export and registration', () => {
  const loaders = read('src/widget-loaders.ts');
  const classes = read('src/classes.ts');
  const index = read('src/index.ts');
  for (const tag of ELEMENT_TAGS) {
    assert.ok(existsSync(`src/${tag}/define.ts`), `src/${tag}/define.ts`);
    assert.ok(existsSync(`src/${tag}.ts`), `src/${tag}.ts`);
    assert.ok(loaders.includes(`import('./${tag}/define.js')`), `a loader for ${tag}`);
    assert.ok(classes.includes(`./${tag}/${tag}.js`), `classes.ts exports ${tag}'s class`);
    assert.ok(index.includes(`./${tag}/define.js`), `index.ts registers ${tag}`);
  }
});

test('package.json exports every element entry with its types', () => {
  for (const tag of ELEMENT_TAGS) {
    assert.deepEqual(pkg.exports[`./${tag}.js`], { types: `./dist/types/src/${tag}.d.ts`, default: `./dist/${tag}.js` }, `exports["./${tag}.js"]`);
  }
});

test('the React wrappers wrap every element', () => {
  const react = read('src/react.ts');
  assert.deepEqual(missing(ELEMENT_TAGS, react, (t) => `tagName: '${t}'`), []);
  assert.deepEqual(ELEMENT_TAGS.filter((t) => !new RegExp(`export const ${pascal(t)} = createComponent`).test(react)), []);
});

test('the SharePoint web part offers every widget, with a label, options and a loader', () => {
  const render = read('spfx/src/webparts/clinicalLeadershipElements/widgets.generated.ts');
  const block = (name) => render.slice(render.indexOf(name), render.indexOf('};', render.indexOf(name)));
  assert.match(read('spfx/src/webparts/clinicalLeadershipElements/render.ts'), /from '\.\/widgets\.generated'/, 'render.ts reads the generated tables');
  const list = render.slice(render.indexOf('export const WIDGETS'), render.indexOf('\n', render.indexOf('export const WIDGETS')));
  assert.deepEqual(missing(WIDGET_TAGS, list), [], 'WIDGETS');
  assert.deepEqual(missing(WIDGET_TAGS, block('export const WIDGET_LABELS')), [], 'WIDGET_LABELS');
  assert.deepEqual(missing(WIDGET_TAGS, block('export const OPTIONS')), [], 'OPTIONS');
  assert.deepEqual(missing(WIDGET_TAGS, block('const LOADERS'), (t) => `clinical-leadership-elements/${t}.js`), [], 'LOADERS');
});

test('the generated glue (React wrappers, SharePoint tables, Introduction) is what the table and manifest give', () => {
  const result = node('scripts/gen-glue.mjs', '--check');
  assert.equal(result.status, 0, result.stderr);
});

test('the Embed builder offers every widget, and only attributes its element has', () => {
  const options = block(read('stories/guides/embed-builder.ts'), 'const OPTIONS');
  assert.deepEqual(missing(WIDGET_TAGS, options), []);
  const unknown = [];
  for (const tag of WIDGET_TAGS) {
    const start = options.indexOf(`'${tag}': {`);
    const own = options.slice(start, options.indexOf('\n  },', start));
    const attributes = new Set(manifest.get(tag).attributes.map((a) => a.name));
    for (const [, name] of own.matchAll(/\{ name: '([a-z-]+)'/g)) if (!attributes.has(name)) unknown.push(`${tag} ${name}`);
  }
  assert.deepEqual(unknown, []);
});

test("Storybook's Introduction lists every element", () => {
  assert.deepEqual(missing(ELEMENT_TAGS, read('stories/introduction.mdx'), (t) => `| \`<${t}>\` |`), []);
});

test('every widget has a story, a test file and a bench row', () => {
  const bench = read('scripts/bench.mjs');
  for (const tag of WIDGET_TAGS) {
    assert.ok(existsSync(`stories/${tag}.stories.ts`), `stories/${tag}.stories.ts`);
    const folder = `tests/${tag}`;
    const tests = existsSync(`tests/${tag}.test.ts`) || (existsSync(folder) && readdirSync(folder).some((f) => f.endsWith('.test.ts')));
    assert.ok(tests, `tests/${tag}.test.ts or tests/${tag}/*.test.ts`);
  }
  assert.ok(bench.includes('WIDGET_TAGS'), 'the bench measures every row (it reads the table)');
});

function block(text, name) {
  const start = text.indexOf(name);
  assert.ok(start >= 0, `${name} is there`);
  return text.slice(start, text.indexOf('\n};', start));
}
