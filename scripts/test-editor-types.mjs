#!/usr/bin/env node
// The editor and framework files, tested with the real tools against the packed tarball (needs
// `npm run build` first; scripts/test-package.mjs passes its tarball as the first argument):
// the manifest is complete, the VS Code and JetBrains files hold every tag and attribute with its
// description, TSX for React 19, Preact and Solid type-checks (and a wrong attribute value fails
// with the expected error), vue-tsc checks a Vue SFC and svelte-check a Svelte component.
// The tools run in a scratch project installed from tests/editors/package-lock.json: vue-tsc and
// svelte-check need TypeScript's compiler API, which our native TypeScript 7 does not have.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { elementsOf } from './cem/elements.mjs';
import { validateManifest } from './cem/validate.mjs';
import { runBin, runNpm } from './lib/run.mjs';

const root = resolve('.');
const started = Date.now();
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = elementsOf(manifest);
if (!existsSync('dist/vscode.html-custom-data.json')) {
  console.error('No dist/vscode.html-custom-data.json: run `npm run build` first.');
  process.exit(1);
}
const results = [];
const check = (name, fn) => {
  try {
    const note = fn();
    results.push(true);
    console.log(`ok   ${name}${note ? ` (${note})` : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}\n     ${(String(error.stdout ?? '') + String(error.stderr ?? '')).trim() || error.message}`.trimEnd());
  }
};
// npm and the tools, started the same way on Windows, macOS and Linux (see lib/run.mjs).
const opts = { encoding: 'utf8', stdio: 'pipe' };
const npm = (args, more = {}) => runNpm(args, { ...opts, ...more });
// Runs a command that is expected to fail; returns its output.
const tool = (pkg, name, args) => runBin(scratch, pkg, name, args, { ...opts, cwd: scratch });
const toolFailing = (pkg, name, args) => {
  try {
    tool(pkg, name, args);
  } catch (error) {
    return String(error.stdout ?? '') + String(error.stderr ?? '');
  }
  throw new Error(`${name} ${args.join(' ')} passed, but it must fail`);
};

check('manifest is complete (descriptions, event types, no duplicates, public API only)', () => {
  const errors = validateManifest(manifest);
  if (errors.length) throw new Error(errors.join('\n     '));
  return `${elements.length} elements`;
});

check('VS Code custom data holds every tag and attribute with its description', () => {
  const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  const missing = [];
  for (const el of elements) {
    const tag = data.tags.find((t) => t.name === el.tagName);
    if (!tag) missing.push(`<${el.tagName}>`);
    else if (!tag.description?.includes(el.summary)) missing.push(`<${el.tagName}> description`);
    for (const a of el.attributes) {
      const entry = tag?.attributes.find((x) => x.name === a.name);
      if (!entry?.description?.includes(a.description)) missing.push(`<${el.tagName} ${a.name}>`);
    }
  }
  if (data.tags.length !== elements.length) missing.push(`${data.tags.length} tags for ${elements.length} elements`);
  if (missing.length) throw new Error(`missing or different: ${missing.join(', ')}`);
  const variant = data.tags.find((t) => t.name === 'case-study-card')?.attributes.find((a) => a.name === 'variant');
  if (variant?.values?.map((v) => v.name).join() !== 'compact,full') throw new Error('variant offers no values compact, full');
  return `${data.tags.length} tags, ${data.tags.reduce((n, t) => n + t.attributes.length, 0)} attributes`;
});

check('web-types holds every tag, attribute, event, slot, part and custom property', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const data = JSON.parse(readFileSync(pkg['web-types'], 'utf8'));
  const list = data.contributions.html.elements;
  const missing = [];
  for (const el of elements) {
    const entry = list.find((e) => e.name === el.tagName);
    if (!entry) missing.push(`<${el.tagName}>`);
    const has = (items, name) => items?.some((x) => x.name === name && x.description);
    for (const a of el.attributes) if (!has(entry?.attributes, a.name)) missing.push(`<${el.tagName} ${a.name}>`);
    for (const e of el.events) if (!has(entry?.events, e.name)) missing.push(`<${el.tagName}> ${e.name}`);
    for (const p of el.cssParts) if (!has(entry?.css?.parts, p.name)) missing.push(`<${el.tagName}> ::part(${p.name})`);
    for (const p of el.cssProperties) if (!has(entry?.css?.properties, p.name)) missing.push(`<${el.tagName}> ${p.name}`);
  }
  if (data.name !== pkg.name || data.version !== pkg.version) missing.push('name/version');
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
});

// The scratch project: the tools from our lockfile, then the tarball, then the fixtures.
const scratch = mkdtempSync(join(tmpdir(), 'cle-editors-'));
const fixtures = join(root, 'tests', 'editors');
let tarball = process.argv[2];
check('install the tools and the tarball into a scratch project', () => {
  if (!tarball) {
    const out = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch]));
    tarball = join(scratch, out[0].filename);
  }
  for (const name of readdirSync(fixtures)) if (name !== 'node_modules') copyFileSync(join(fixtures, name), join(scratch, name));
  npm(['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: scratch });
  npm(['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: scratch });
});

check('TSX type-checks for React 19, Preact and Solid; a wrong attribute value fails with the expected error', () => {
  const options = { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, jsx: 'react-jsx', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, include: ['*-ok.tsx'] }));
  tool('typescript', 'tsc', ['-p', 'tsconfig.json']);
  writeFileSync(join(scratch, 'tsconfig.wrong.json'), JSON.stringify({ compilerOptions: options, include: ['react-wrong.tsx'] }));
  const out = toolFailing('typescript', 'tsc', ['-p', 'tsconfig.wrong.json']);
  const expected = /react-wrong\.tsx\(\d+,\d+\): error TS2322: Type '"wide"' is not assignable to type '(CaseStudyCardVariant|"compact" \| "full")( \| undefined)?'/;
  if (!expected.test(out)) throw new Error(`tsc did not report the wrong variant as expected:\n${out}`);
  if (out.trim().split('\n').filter((l) => /error TS/.test(l)).length !== 1) throw new Error(`tsc reported more than the one error:\n${out}`);
  return 'react-ok, preact-ok, solid-ok pass; react-wrong: TS2322 "wide"';
});

check('vue-tsc checks a Vue single-file component (GlobalComponents)', () => {
  writeFileSync(
    join(scratch, 'tsconfig.vue.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, jsx: 'preserve', lib: ['ES2022', 'DOM'], types: [] }, include: ['App.vue'], vueCompilerOptions: { strictTemplates: true } }),
  );
  tool('vue-tsc', 'vue-tsc', ['-p', 'tsconfig.vue.json']);
});

check('svelte-check checks a Svelte component; a wrong attribute value fails', () => {
  writeFileSync(
    join(scratch, 'tsconfig.svelte.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, verbatimModuleSyntax: true, lib: ['ES2022', 'DOM'], types: [] }, include: ['*.svelte'] }),
  );
  const out = toolFailing('svelte-check', 'svelte-check', ['--workspace', scratch, '--tsconfig', join(scratch, 'tsconfig.svelte.json'), '--output', 'machine', '--fail-on-warnings']);
  const problems = out.split('\n').filter((l) => /\s(ERROR|WARNING)\s/.test(l));
  if (problems.length !== 1 || !/App-wrong\.svelte/.test(problems[0]) || !/wide.{0,4} is not assignable/.test(problems[0])) throw new Error(`expected one error, "wide" in App-wrong.svelte:\n${out}`);
  return 'App.svelte passes; App-wrong.svelte: "wide" rejected';
});

rmSync(scratch, { recursive: true, force: true });
const failed = results.filter((ok) => !ok).length;
console.log(`editor types: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
