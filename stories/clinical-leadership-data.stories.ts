import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

const meta: Meta = {
  title: 'Components/Clinical leadership data',
  component: 'clinical-leadership-data',
  parameters: {
    docs: {
      description: {
        component:
          'Wrap widgets in `<clinical-leadership-data>` to give them your own data set, from a `src` URL or the `.data` property. ' +
          'Without a provider, widgets use the bundled data set.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** A provider whose `src` cannot be loaded shows why, inside itself. */
export const FailingSource: Story = {
  render: () => html`<clinical-leadership-data src="/no-such-file.json" timeout="3000"></clinical-leadership-data>`,
};

/** Data that breaks the schema: the messages name the record and the field. */
export const InvalidData: Story = {
  render: () =>
    html`<clinical-leadership-data
      .data=${{ caseStudies: [{ id: 'x', name: 'A clinician', professionId: 'wizard' }] }}
    ></clinical-leadership-data>`,
};
