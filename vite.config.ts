import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';

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
        ? { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^valibot$/, /^react(\/|$)/],
            output: { preserveModules: true, preserveModulesRoot: 'src' },
          },
    },
  };
});
