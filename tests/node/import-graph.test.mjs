// The import graph of src/: no circles (static, type-only and dynamic `import()` all count: a
// circle through a type or a lazy chunk still means neither file can be read without the other),
// and every arrow points down: entries (src/*.ts) → widget folders → src/internal/ → src/data/.
// src/data/ imports only src/data/; src/internal/ imports no widget; a widget imports no other
// widget's files except its public define.ts (the gallery registers the card).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(root, 'src');
const posix = (p) => p.split(sep).join('/');

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative specifier a file imports: `import … from`, `export … from`, `import '…'`, `import('…')`, `typeof import('…')`. */
export function specifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found = [
    ...code.matchAll(/\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  return [...new Set(found)].filter((s) => s.startsWith('.'));
}

/** The src/ file a specifier names, or undefined (JSON, CSS, files outside src/). */
function resolve(from, spec) {
  const base = join(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.startsWith(src) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const files = tsFiles(src);
const graph = new Map(files.map((f) => [posix(relative(src, f)), specifiers(readFileSync(f, 'utf8')).map((s) => resolve(f, s)).filter(Boolean).map((t) => posix(relative(src, t)))]));

/** Every circle, each as the list of files around it (Tarjan's strongly connected components). */
export function circles(edges) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const visit = (v) => {
    state.set(v, { index, low: index, on: true });
    index++;
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!state.has(w)) {
        visit(w);
        state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
      } else if (state.get(w).on) state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
    }
    if (state.get(v).low === state.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        state.get(w).on = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!state.has(v)) visit(v);
  return found;
}

/** The floors below the widgets. */
const SHARED = ['internal', 'context', 'data'];
const WIDGETS = readdirSync(src, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !SHARED.includes(e.name) && existsSync(join(src, e.name, 'define.ts')))
  .map((e) => e.name);
const folderOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');
const arrows = (test) => [...graph].flatMap(([from, to]) => to.filter((t) => test(from, t)).map((t) => `${from} → ${t}`));

describe('the import graph of src/', () => {
  it('reads the files and their imports (the test itself works)', () => {
    assert.ok(graph.size > 50, `${graph.size} files`);
    assert.ok(graph.get('framework-checklist/define.ts').includes('framework-checklist/framework-checklist.ts'));
    assert.ok(WIDGETS.includes('framework-checklist') && WIDGETS.includes('case-study-card'), WIDGETS.join());
    assert.deepEqual(specifiers("import type { A } from './a.js';\nexport { b } from '../b.js';\nconst c = () => import('./c.js');\n// import './no.js';\nimport 'lit';"), ['./a.js', '../b.js', './c.js']);
    assert.deepEqual(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c']]);
  });

  it('has no import circle (static, type-only or dynamic)', () => {
    assert.deepEqual(circles(graph).map((c) => c.join(' ↔ ')), []);
  });

  it('src/data/ imports only src/data/ (the ground floor)', () => {
    assert.deepEqual(arrows((from, to) => folderOf(from) === 'data' && folderOf(to) !== 'data'), []);
  });

  it('src/internal/ and src/context/ import no widget and no entry', () => {
    assert.deepEqual(arrows((from, to) => ['internal', 'context'].includes(folderOf(from)) && !SHARED.includes(folderOf(to))), []);
  });

  it("a widget imports no other widget's files (only its public define.ts) and no entry", () => {
    assert.deepEqual(
      arrows((from, to) => WIDGETS.includes(folderOf(from)) && folderOf(to) !== folderOf(from) && !SHARED.includes(folderOf(to)) && !(WIDGETS.includes(folderOf(to)) && to.endsWith('/define.ts'))),
      [],
    );
  });
});
