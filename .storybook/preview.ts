import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import customElements from '../custom-elements.json';
import { apiArgTypes, keepApiNames } from './api-table.js';
import './preview.css';

setCustomElementsManifest(customElements);
setStorybookHelpersConfig({ hideArgRef: true });

const preview: Preview = {
  tags: ['autodocs'],
  // Storybook types enhancers over StrictArgTypes (every row named); ours keeps the rows it is given.
  argTypesEnhancers: [keepApiNames],
  parameters: {
    backgrounds: {
      options: {
        nhs: { name: 'NHS page (grey 5)', value: '#f0f4f5' },
        white: { name: 'White', value: '#ffffff' },
      },
    },
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Public API only, each once (see api-table.ts), instead of Storybook's own reading of the manifest.
    docs: { extractArgTypes: apiArgTypes },
    options: { storySort: { order: ['Introduction', 'Data set', 'Components', 'Guides'] } },
  },
  initialGlobals: { backgrounds: { value: 'nhs' } },
};
export default preview;
