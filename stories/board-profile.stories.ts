import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/board-profile.js';
import type { Seat } from '../src/board-profile.js';
import { sharedStore } from './shared-store.js';

const PREFIX = 'clinical-leadership-elements:board-profile:';

/** Writes a saved record for a story, as if the board secretary had entered it earlier. */
function seed(key: string, record: object | null): void {
  try {
    if (record === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify({ schema: 1, updatedAt: '2026-03-12T09:30:00.000Z', ...record }));
  } catch {
    /* storage blocked: the story shows that notice instead */
  }
}

let n = 0;
const seat = (role: string, membership: Seat['membership'], side: Seat['side'], background: Seat['background']): Seat => ({ id: `story-${n++}`, role, membership, side, background });

/** An invented board, by role only. */
const board = (): Seat[] => [
  seat('Chair', 'voting', 'non-executive', 'not-clinical'),
  seat('Chief Executive', 'voting', 'executive', 'not-clinical'),
  seat('Finance Director', 'voting', 'executive', 'not-clinical'),
  seat('Medical Director', 'voting', 'executive', 'doctor'),
  seat('Chief Nurse', 'voting', 'executive', 'nurse'),
  seat('Chief Operating Officer', 'voting', 'executive', 'not-clinical'),
  seat('Non-executive Director', 'voting', 'non-executive', 'doctor'),
  seat('Non-executive Director', 'voting', 'non-executive', 'not-clinical'),
  seat('Non-executive Director', 'voting', 'non-executive', 'not-known'),
];

const meta: Meta = {
  title: 'Components/Board profile',
  component: 'board-profile',
  parameters: {
    docs: {
      description: {
        component:
          'A board’s professional mix against the framework’s disciplines, entered by role and never by name. It shows a plain-language ' +
          'summary, a chart with the same numbers in a table, the senior strategic AHP lead recommendation and, for NHS foundation trusts, ' +
          'the two statutory clinical executive seats (law, with sources), the barriers and enablers for each discipline with no seat at ' +
          'the board, and published figures as context only. Seats are saved in this browser; nothing is sent anywhere.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** First run: what the widget is for, and a one-click example board. */
export const Empty: Story = {
  render: () => {
    seed('story-empty', null);
    return html`<board-profile storage-key="story-empty" heading="Our board’s professional mix"></board-profile>`;
  },
};

/** A board given by property (`.seats`): no AHP at or around the board. */
export const NoAhpLead: Story = {
  render: () => html`<board-profile .seats=${board()}></board-profile>`,
};

/** An AHP lead attends the board without a vote. */
export const AhpLeadAttending: Story = {
  render: () => html`<board-profile .seats=${[...board(), seat('Director of Allied Health Professionals', 'attends', 'executive', 'ahp')]}></board-profile>`,
};

/** A foundation trust whose voting executives include no nurse or midwife: the statutory check says so. */
export const FoundationTrustMissingSeat: Story = {
  render: () => html`<board-profile foundation-trust .seats=${board().filter((s) => s.background !== 'nurse')}></board-profile>`,
};

/** A snapshot saved in March, compared with today: one more AHP attending. */
export const SnapshotComparison: Story = {
  render: () => {
    const march = board();
    seed('story-snapshot', {
      foundationTrust: true,
      seats: [...march, seat('Director of Therapies', 'attends', 'executive', 'ahp')],
      snapshots: [{ label: 'March 2026 board', savedAt: '2026-03-12T09:30:00.000Z', seats: march }],
    });
    return html`<board-profile storage-key="story-snapshot"></board-profile>`;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('board-profile')!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const select = el.shadowRoot?.querySelector<HTMLSelectElement>('#compare-with');
    if (select) {
      select.value = 'March 2026 board';
      select.dispatchEvent(new Event('change'));
    }
  },
};

/** In a narrow CMS column (320 px). */
export const NarrowColumn: Story = {
  render: () => html`<div style="max-width:320px">
    <board-profile .seats=${[...board(), seat('Chief AHP', 'non-voting', 'executive', 'ahp')]}></board-profile>
  </div>`,
};

/** Seats given by property that are not valid: readable errors, nothing thrown. */
export const BadSeats: Story = {
  render: () => html`<board-profile .seats=${[{ role: 'Chair', membership: 'boss', side: 'executive', background: 'wizard' }] as unknown as Seat[]}></board-profile>`,
};

/**
 * Two members on one shared store with revisions, each call taking 1.5 s (issue 24): seats added in
 * both are all kept; the same seat changed in both keeps the later and offers the other back.
 */
export const TwoMembersOneStore: Story = {
  render: () => {
    const store = sharedStore({ delay: 1500, revisions: true });
    return html`<div style="display:grid;gap:2rem;grid-template-columns:repeat(auto-fit,minmax(320px,1fr))">
      <board-profile heading="Member A" storage-key="story-two-members" .adapter=${store.client('in the pretend shared store (member A)')}></board-profile>
      <board-profile heading="Member B" storage-key="story-two-members" .adapter=${store.client('in the pretend shared store (member B)')}></board-profile>
    </div>`;
  },
};

/** A profile saved by a newer version: copied aside, offered as a download from the notice, never written over. */
export const NewerVersionRecord: Story = {
  render: () => {
    try {
      localStorage.setItem(`${PREFIX}story-newer`, JSON.stringify({ schema: 9, updatedAt: '2027-01-01T09:00:00.000Z', seats: [] }));
    } catch {
      /* blocked */
    }
    return html`<board-profile storage-key="story-newer"></board-profile>`;
  },
};
