import { publicApiPlugin } from './scripts/cem/public-api.mjs';

export default {
  globs: ['src/**/*.ts'],
  // src/embed/ is the iframe page's own code (dist/embed/), not a module anyone imports.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // Public API only: Storybook's tables and the editor files (scripts/emit-editor-files.mjs) read this.
  plugins: [publicApiPlugin()],
};
