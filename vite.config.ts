import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/**
 * `vite build`: the npm build, one ES module per source module (Lit external, so an app bundles a
 * single Lit), with an entry per file at the top of src/ (index.ts, one per element, data.ts …).
 * `vite build --mode cdn`: the one-script bundle for CMS pages (see the distribution docs).
 */
const entries = Object.fromEntries(
  readdirSync('src')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), `src/${f}`]),
);

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    // Lit's css`` and html`` literals keep their indentation through any JS minifier; this strips it
    // (CSS minified, HTML whitespace collapsed) for the npm modules and the one-script bundle alike.
    // Only our sources: Lit's own files hold no templates, and the plugin skips CSS minification (with
    // an "unsafeCSS() detected" warning) for any file that merely mentions unsafeCSS, as Lit's do.
    plugins: [{ ...minifyTemplateLiterals({ failOnError: true, include: ['src/**/*.ts'] }), apply: 'build' }],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: cdn,
      lib: cdn
        ? { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'clinical-leadership-elements.js' }
        : { entry: entries, formats: ['es'] },
      rolldownOptions: cdn
        ? {
            output: {
              minify: true,
              // The one script is never bundled again, so pure annotations (/* @__PURE__ */, kept by
              // default for a later bundler) are bytes for nothing: 74 bytes gzip off script + checklist.
              comments: { annotation: false },
              // Widget chunks are named after their folder (chunks/case-study-card-<hash>.js), not "define".
              chunkFileNames: (chunk) =>
                chunk.name !== 'define' ? 'chunks/[name]-[hash].js'
                  : chunk.facadeModuleId ? `chunks/${basename(dirname(chunk.facadeModuleId))}-[hash].js`
                  : 'chunks/core-[hash].js', // Lit and what every widget shares
            },
          }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^valibot$/, /^react(\/|$)/, /^docx$/],
            output: { preserveModules: true, preserveModulesRoot: 'src' },
          },
    },
  };
});
