import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { versionDefine } from './scripts/version.mjs';

/**
 * `vite build`: the npm build, one ES module per source module (Lit external, so an app bundles a
 * single Lit), with an entry per file at the top of src/ (index.ts, one per element, data.ts …).
 * `vite build --mode cdn`: the one-script bundle for CMS pages (see the distribution docs).
 * `vite build --mode embed`: the iframe page dist/embed/index.html (src/embed/), its script
 * embed.js with chunks/ beside it, and the host page's script dist/embed/host.js.
 */
const entries = Object.fromEntries(
  readdirSync('src')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
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
    : 'chunks/core-[hash].js'; // Lit and what every widget shares

export default defineConfig(({ mode }) => {
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
            // Lit and what the one script runs at once go into the script itself instead of four
            // chunks it imports (the bundler may add exports to it for the widget chunks): one
            // request instead of five and 1.2 KiB less gzip on every page.
            ...(cdn ? { preserveEntrySignatures: 'allow-extension' as const } : {}),
            output: {
              minify: true,
              // The one script is never bundled again, so pure annotations (/* @__PURE__ */, kept by
              // default for a later bundler) are bytes for nothing: 74 bytes gzip off script + checklist.
              comments: { annotation: false },
              chunkFileNames,
            },
          }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^valibot$/, /^react(\/|$)/, /^docx$/],
            output: { preserveModules: true, preserveModulesRoot: 'src' },
          },
    },
  };
});
