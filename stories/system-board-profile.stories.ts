import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/system-board-profile.js';
import { OLDER_RECORD, SYSTEM_RECORDS, systemFiles } from './system-board-profile.fixtures.js';

/** Picks files through the widget's own file input, as a person choosing them would. */
async function pickFiles(canvas: HTMLElement, files: { name: string; text: string }[]): Promise<void> {
  const el = canvas.querySelector('system-board-profile') as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  const input = el.shadowRoot?.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) return;
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const meta: Meta = {
  title: 'Components/System board profile',
  component: 'system-board-profile',
  parameters: {
    docs: {
      description: {
        component:
          'Several boards side by side, for an integrated care system, a region or a provider group, from the board profile files each ' +
          'board agreed to share ("Share with the system" in the board profile). It counts organisations, never ranks them: how many ' +
          'have each discipline among voting members, among all board members and attending; the seats across the footprint with shared ' +
          'posts counted once; the senior strategic AHP lead as each board recorded it; the statutory check for foundation trusts; and ' +
          'each organisation by name. **All organisations, codes and boards in these stories are fictional example data.** ' +
          'The record format is published as `dist/schema/board-profile.schema.json`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** First use: what to load, and where it goes (nowhere: it stays in the browser). */
export const Empty: Story = {
  render: () => html`<system-board-profile heading="Boards across the system"></system-board-profile>`,
};

/**
 * Fictional example data: a system of eight organisations, loaded as eleven files: one is not a
 * valid record, one repeats another, and one is an older record of Moorside (offered as history).
 */
export const EightOrganisations: Story = {
  render: () => html`<system-board-profile heading="Northmoor and Vale boards (fictional example data)"></system-board-profile>`,
  play: async ({ canvasElement }) => pickFiles(canvasElement, systemFiles()),
};

/** Fictional example data, given by property: with fewer than five organisations, counts without shares. */
export const FewerThanFive: Story = {
  render: () => html`<system-board-profile heading="A provider collaborative (fictional example data)" .records=${SYSTEM_RECORDS.slice(0, 3)}></system-board-profile>`,
};

/** Fictional example data: one organisation with two dated records; the latest is used, the other listed as history. */
export const WithHistory: Story = {
  render: () => html`<system-board-profile .records=${[OLDER_RECORD, SYSTEM_RECORDS[2], SYSTEM_RECORDS[3]]}></system-board-profile>`,
};

/** Only files that cannot be used: each named in one sentence. */
export const NothingUsable: Story = {
  render: () => html`<system-board-profile .records=${[{ format: 'something-else' }, 'not a record', { ...SYSTEM_RECORDS[0], date: 'last Tuesday' }]}></system-board-profile>`,
};

/** In a narrow CMS column (320 px): the tables scroll sideways inside the widget. */
export const NarrowColumn: Story = {
  render: () => html`<div style="max-width:320px"><system-board-profile .records=${SYSTEM_RECORDS}></system-board-profile></div>`,
};
