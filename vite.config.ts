import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { build as esbuild, type Plugin as EsbuildPlugin } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { versionDefine } from './scripts/version.mjs';
import { loadWidgets } from './scripts/lib/widgets.mjs';

/**
 * `vite build`: the npm build, one ES module per source module (Lit external, so an app bundles a
 * single Lit), with an entry per file at the top of src/ (index.ts, one per element, data.ts …).
 * `vite build --mode cdn`: the one-script bundle for CMS pages (see the distribution docs).
 * `vite build --mode embed`: the iframe page dist/embed/index.html (src/embed/), its script
 * embed.js with chunks/ beside it, and the host page's script dist/embed/host.js.
 */
const entries = Object.fromEntries(
  readdirSync('src')
    // widget-loaders.ts is the one script's and the embed page's, not a package entry.
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'widget-loaders.ts')
    .map((f) => [f.replace(/\.ts$/, ''), `src/${f}`]),
);

/**
 * The embed build's files beside its script: the page and its stylesheet as they are (they name
 * `./embed.js` and `./embed.css`, no inline script or style), and dist/embed/host.js, one classic
 * script (an IIFE: loading it twice declares nothing twice) built with esbuild, so it has no hash
 * in its name and shares no chunk with the page.
 */
const embedFiles = (): Plugin => ({
  name: 'embed-files',
  apply: 'build',
  async generateBundle() {
    for (const file of ['index.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`src/embed/${file}`, 'utf8') });
    }
    const host = await esbuild({
      entryPoints: ['src/embed/host.ts'], bundle: true, format: 'iife', minify: true, target: 'es2020', write: false, logLevel: 'silent',
    });
    this.emitFile({ type: 'asset', fileName: 'host.js', source: host.outputFiles[0].text });
  },
});

/** Widget chunks are named after their folder (chunks/case-study-card-<hash>.js), not "define". */
const chunkFileNames = (chunk: { name: string; facadeModuleId: string | null }) =>
  chunk.name !== 'define' ? 'chunks/[name]-[hash].js'
    : chunk.facadeModuleId ? `chunks/${basename(dirname(chunk.facadeModuleId))}-[hash].js`
    : 'chunks/shared-[hash].js'; // a chunk the bundler made for what two widgets share

/**
 * The one script's chunk plan, decided once, from the widget table (src/data/widgets.ts) and
 * the import graph. The script itself is the bootstrap (autoload, mount, reserve: about 2 KiB).
 * Every element's folder is its own chunk, loaded on first use. What they share is not a chunk per
 * module (a dozen requests of 100–1,000 bytes each) but two:
 *   core    Lit and the modules every element imports (the provider included): what any page with
 *           a widget fetches once, with that widget's chunk;
 *   common  the modules the first widget of the table (the card, the lightest) shares with others.
 * The rest of what two widgets share is left to the bundler. A module's users are read from
 * esbuild's metafile of each element's define.ts, static imports only (lazy parts stay lazy).
 * includeDependenciesRecursively: false keeps a group to the modules it names (Lit is not pulled
 * into `common` because a common module imports it).
 */
async function chunkGroups() {
  const { WIDGET_TAGS, ELEMENT_TAGS } = await loadWidgets();
  const lazy: EsbuildPlugin = {
    name: 'static-only',
    setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)),
  };
  // A module id as the metafile names it: from src/ or node_modules/ (which may be a link elsewhere).
  const key = (id: string) => id.replace(/\\/g, '/').replace(/^.*?\/(src|node_modules)\//, '$1/');
  // Shared code: our modules outside the element folders, and Lit's.
  const shared = /^(src\/(internal|data|context)|node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element))\//;
  const reach = async (entry: string) => {
    const { metafile } = await esbuild({
      entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent',
      external: ['valibot', 'docx'], plugins: [lazy],
    });
    return new Set(Object.keys(metafile!.inputs).map(key).filter((p) => shared.test(p)));
  };
  const script = await reach('src/cdn.ts');
  const users = await Promise.all((ELEMENT_TAGS as string[]).map((t) => reach(`src/${t}/define.ts`)));
  const count = (m: string) => users.filter((u) => u.has(m)).length;
  const candidates = new Set(users.flatMap((u) => [...u]).filter((m) => !script.has(m)));
  const core = new Set([...candidates].filter((m) => count(m) === users.length));
  const first = users[(ELEMENT_TAGS as string[]).indexOf(WIDGET_TAGS[0])];
  const common = new Set([...candidates].filter((m) => !core.has(m) && first.has(m) && count(m) >= 2));
  return [
    // …and the decorators with the compiler's helper for them: every element but the card (which
    // declares its properties, for its npm entry's size) uses them, and on its own they were one more
    // request for every other widget's page.
    { name: 'core', priority: 2, test: (id: string) => core.has(key(id)) || /^\0@oxc-project\+runtime@[^/]+\/helpers\/esm\/decorate\.js$/.test(id) || /^node_modules\/(lit\/decorators\.js|@lit\/reactive-element\/decorators\/)/.test(key(id)) },
    // What the two widgets that keep records read them with (a real date, the JSON reader), as one
    // chunk: the system view's lazy file reader uses the JSON reader too, which split it off (one
    // more request for the checklist's and the board profile's pages).
    { name: 'record-read', priority: 1, test: (id: string) => /^src\/internal\/(iso-date|record-json)\.ts$/.test(key(id)) },
    { name: 'common', priority: 1, test: (id: string) => common.has(key(id)) },
  ];
}

export default defineConfig(async ({ mode }) => {
  const cdn = mode === 'cdn';
  const templates = { ...minifyTemplateLiterals({ failOnError: true, include: ['src/**/*.ts'] }), apply: 'build' as const };
  const embed = mode === 'embed';
  return {
    // The version from package.json (src/internal/define.ts).
    define: versionDefine,
    // Lit's css`` and html`` literals keep their indentation through any JS minifier; this strips it
    // (CSS minified, HTML whitespace collapsed) for the npm modules and the one-script bundle alike.
    // Only our sources: Lit's own files hold no templates, and the plugin skips CSS minification (with
    // an "unsafeCSS() detected" warning) for any file that merely mentions unsafeCSS, as Lit's do.
    plugins: embed ? [templates, embedFiles()] : [templates],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : embed ? 'dist/embed' : 'dist',
      emptyOutDir: false,
      // The CMS bundle and the iframe page ship without the `//# sourceMappingURL` line in every file
      // (about 45 bytes a chunk, 0.1–0.2 KiB gzip a page); the maps are still written beside them for
      // anyone debugging (DevTools: "Add source map…"). The npm build keeps the line.
      sourcemap: cdn || embed ? 'hidden' : true,
      minify: cdn || embed,
      lib: cdn
        ? { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'clinical-leadership-elements.js' }
        : embed
          ? { entry: 'src/embed/page.ts', formats: ['es'], fileName: () => 'embed.js' }
          : { entry: entries, formats: ['es'] },
      rolldownOptions: cdn || embed
        ? {
            // The chunk plan (chunkGroups above) may add exports to the script for the chunks.
            ...(cdn ? { preserveEntrySignatures: 'allow-extension' as const } : {}),
            output: {
              minify: true,
              // The one script is never bundled again, so pure annotations (/* @__PURE__ */, kept by
              // default for a later bundler) are bytes for nothing: 74 bytes gzip off script + checklist.
              comments: { annotation: false },
              chunkFileNames,
              ...(cdn ? { codeSplitting: { includeDependenciesRecursively: false, groups: await chunkGroups() } } : {}),
            },
          }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^valibot$/, /^react(\/|$)/, /^docx$/],
            output: { preserveModules: true, preserveModulesRoot: 'src' },
          },
    },
  };
});
