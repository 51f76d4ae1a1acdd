import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import './guides/embed-builder.js';

const meta: Meta = {
  title: 'Guides/Embed builder',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Pick a widget and its options, copy the snippet, see it live. */
export const Builder: StoryObj = { render: () => html`<cl-embed-builder></cl-embed-builder>` };
