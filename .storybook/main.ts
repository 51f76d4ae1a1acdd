import type { StorybookConfig } from '@storybook/web-components-vite';
import { versionDefine } from '../scripts/version.mjs';

// One copy of Lit in development. Storybook's web-components renderer imports
// `lit/directive-helpers.js`; that entry was not pre-bundled, so it pulled in a second lit-html from
// node_modules next to the pre-bundled one our code uses ("Multiple versions of Lit loaded").
// Pre-bundling it (and every Lit entry we use) puts all of them on the same chunks.
const LIT_ENTRIES = [
  'lit',
  'lit/decorators.js',
  'lit/directive-helpers.js',
  'lit/directive.js',
  'lit/directives/guard.js',
  'lit/directives/if-defined.js',
  'lit/directives/live.js',
  'lit/directives/repeat.js',
  'lit/directives/style-map.js',
  '@lit/context',
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({
    ...vite,
    define: { ...vite.define, ...versionDefine },
    resolve: { ...vite.resolve, dedupe: [...(vite.resolve?.dedupe ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), ...LIT_ENTRIES] },
  }),
};
export default config;
