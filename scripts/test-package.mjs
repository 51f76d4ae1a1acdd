#!/usr/bin/env node
// Packs the built package, checks it with publint and @arethetypeswrong/cli, installs the tarball
// into a scratch project and there imports every subpath in Node and type-checks a consumer under
// `moduleResolution: NodeNext` with `skipLibCheck: false`. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBin, runNpm } from './lib/run.mjs';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (!existsSync('dist/index.js')) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const results = [];
const check = (name, fn) => {
  try {
    const note = fn();
    results.push([true, name]);
    console.log(`ok   ${name}${note ? ` (${note})` : ''}`);
  } catch (error) {
    results.push([false, name]);
    console.log(`FAIL ${name}\n     ${String(error.stdout ?? '') + String(error.stderr ?? '') || error.message}`.trimEnd());
  }
};
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: 'pipe', ...opts });
// npm and the tools in node_modules, started in a way that works on Windows too (see lib/run.mjs).
const npm = (args, opts = {}) => runNpm(args, { encoding: 'utf8', stdio: 'pipe', ...opts });
const tool = (pkg, name, args, opts = {}) => runBin(root, pkg, name, args, { encoding: 'utf8', stdio: 'pipe', ...opts });

const scratch = mkdtempSync(join(tmpdir(), 'cle-package-'));
let tarball;
check('npm pack', () => {
  const out = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch]));
  tarball = join(scratch, out[0].filename);
  const files = out[0].files.map((f) => f.path);
  for (const must of ['custom-elements.json', 'dist/schema/dataset.schema.json', 'dist/cdn/clinical-leadership-elements.js', 'dist/index.js', 'dist/embed/index.html', 'dist/embed/embed.js', 'dist/embed/host.js']) {
    if (!files.includes(must)) throw new Error(`the tarball lacks ${must}`);
  }
  if (files.some((f) => f.startsWith('src/') || f.startsWith('tests/') || f.includes('node_modules'))) throw new Error('the tarball carries sources or tests');
  if (files.includes('dist/.build-stamp')) throw new Error('the tarball carries the build stamp (package.json files)');
  return `${files.length} files, ${(out[0].size / 1024).toFixed(1)} KiB packed`;
});
check('publint', () => {
  const out = tool('publint', 'publint', ['--strict', '--level', 'warning']);
  if (!/All good/i.test(out)) throw new Error(out);
});
check('@arethetypeswrong/cli (ESM only)', () => {
  // The stylesheet, the embed page and its host script are files to link or copy, not modules to
  // import: attw has nothing to check there.
  const css = Object.keys(pkg.exports).filter((k) => k.endsWith('.css') || k.startsWith('./embed/'));
  tool('@arethetypeswrong/cli', 'attw', [tarball, '--profile', 'esm-only', '--format', 'ascii', ...(css.length ? ['--exclude-entrypoints', ...css] : [])]);
});

const app = join(scratch, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
check('install the tarball into a scratch project', () => {
  npm(['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
});

const subpaths = Object.keys(pkg.exports).filter((k) => !k.includes('*')).map((k) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`));
check(`every subpath resolves (${subpaths.length})`, () => {
  const script = `for (const s of ${JSON.stringify(subpaths)}) import.meta.resolve(s);`;
  writeFileSync(join(app, 'resolve.mjs'), script);
  run(process.execPath, ['resolve.mjs'], { cwd: app });
});
check('every JavaScript subpath imports in Node', () => {
  const js = subpaths.filter((s) => !s.endsWith('.json') && !s.endsWith('.css') && !s.endsWith('/cdn') && !s.endsWith('/react') && !s.includes('/embed/'));
  const script = `
    for (const s of ${JSON.stringify(js)}) await import(s);
    const { dataset, validateDataset } = await import('${pkg.name}/data');
    if (dataset.caseStudies.length < 5) throw new Error('bundled data set is missing case studies');
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    if (!result.ok) throw new Error(result.errors.join('\\n'));
    console.log(${JSON.stringify(js.length)} + ' subpaths imported');`;
  writeFileSync(join(app, 'imports.mjs'), script);
  return run(process.execPath, ['imports.mjs'], { cwd: app }).trim();
});
check('types check for a consumer (NodeNext, skipLibCheck false)', () => {
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, noEmit: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], jsx: 'react-jsx' }, include: ['consumer.ts'] }),
  );
  writeFileSync(join(app, 'consumer.ts'), readFileSync(join(root, 'tests/package/consumer.ts.txt'), 'utf8'));
  tool('typescript', 'tsc', ['-p', 'tsconfig.json'], { cwd: app });
});

check('editor and framework files (scripts/test-editor-types.mjs)', () => {
  const out = run('node', [join(root, 'scripts', 'test-editor-types.mjs'), tarball], { timeout: 300_000 });
  return out.trim().split('\n').pop();
});

rmSync(scratch, { recursive: true, force: true });
const failed = results.filter(([ok]) => !ok).length;
console.log(`package: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
