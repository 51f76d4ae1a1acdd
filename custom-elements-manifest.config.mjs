import { publicApiPlugin } from './scripts/cem/public-api.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // Public API only: Storybook's tables and the editor files (scripts/emit-editor-files.mjs) read this.
  plugins: [publicApiPlugin()],
};
