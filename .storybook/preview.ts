import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import customElements from '../custom-elements.json';
import './preview.css';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    backgrounds: {
      options: {
        nhs: { name: 'NHS page (grey 5)', value: '#f0f4f5' },
        white: { name: 'White', value: '#ffffff' },
      },
    },
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Data set', 'Components', 'Guides'] } },
  },
  initialGlobals: { backgrounds: { value: 'nhs' } },
};
export default preview;
