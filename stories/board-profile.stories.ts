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
    else localStorage.setItem(PREFIX + key, JSON.stringify({ schema: 2, updatedAt: '2026-03-12T09:30:00.000Z', ...record }));
  } catch {
    /* storage blocked: the story shows that notice instead */
  }
}

let n = 0;
const seat = (role: string, membership: Seat['membership'], side: Seat['side'], background: Seat['background'], extra: Partial<Seat> = {}): Seat =>
  ({ id: `story-${n++}`, role, membership, side, background, ...extra });

/** A date `months` from today (negative: ago), so the tenure notes and the look-ahead stay current. */
const monthsFromNow = (months: number): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth() + months, 1)).toISOString().slice(0, 10);
};

/** Waits for the profile to draw its lazily loaded parts (checks, files, terms, series). */
async function drawn(el: Element, selector: string): Promise<Element | null> {
  for (let i = 0; i < 100; i++) {
    const found = el.shadowRoot?.querySelector(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

/** An invented board, by role only. */
const board = (): Seat[] => [
  seat('Chair', 'voting', 'non-executive', 'not-clinical'),
  seat('Chief Executive', 'voting', 'executive', 'not-clinical'),
  seat('Finance Director', 'voting', 'executive', 'not-clinical'),
  seat('Medical Director', 'voting', 'executive', 'doctor', { registration: 'medical' }),
  seat('Chief Nurse', 'voting', 'executive', 'nurse', { registration: 'nursing' }),
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
          'summary, a chart with the same numbers in a table, whether the organisation has named a senior strategic AHP lead and where ' +
          'the post sits (information: the recommendation sets no test), and, for NHS foundation trusts, the two statutory clinical ' +
          'executive seats read from each seat’s professional registration (law, dated, with sources). Optional term dates give the ' +
          'tenure notes for chairs and non-executives (as NHS England words the Code of governance) and a look-ahead at the voices a ' +
          'board loses with term ends. Saved snapshots show the mix over time. Seats are saved in this browser; nothing is sent anywhere.',
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

/** A board given by property (`.seats`): no AHP at or around the board, and the AHP-lead question not answered. */
export const NoAhpLead: Story = {
  render: () => html`<board-profile .seats=${board()}></board-profile>`,
};

/** A named senior strategic AHP lead who reports to an executive director: shown as information, never Met / Not met. */
export const AhpLeadNamed: Story = {
  render: () => {
    seed('story-ahp-lead', { foundationTrust: false, ahpLead: 'reports-to-executive', seats: [...board(), seat('Chief AHP', 'executive-team', 'executive', 'ahp')], snapshots: [] });
    return html`<board-profile storage-key="story-ahp-lead"></board-profile>`;
  },
};

/**
 * A chief operating officer who trained as a physiotherapist, and no senior strategic AHP lead
 * named: the profile does not call the recommendation met; it says the seat is not, on its own, a lead.
 */
export const PhysiotherapistCooNoLead: Story = {
  render: () => {
    const seats = board().map((s) => (s.role === 'Chief Operating Officer' ? { ...s, background: 'ahp' as const } : s));
    seed('story-physio-coo', { foundationTrust: false, ahpLead: 'none', seats, snapshots: [] });
    return html`<board-profile storage-key="story-physio-coo"></board-profile>`;
  },
};

/** A foundation trust whose voting executives include no nurse or midwife: the statutory check says so. */
export const FoundationTrustMissingSeat: Story = {
  render: () => html`<board-profile foundation-trust .seats=${board().filter((s) => s.background !== 'nurse')}></board-profile>`,
};

/** A chief nurse whose registration has lapsed: the nurse background does not fill the statutory seat. */
export const RegistrationLapsed: Story = {
  render: () => html`<board-profile foundation-trust .seats=${board().map((s) => (s.role === 'Chief Nurse' ? { ...s, registration: 'none' as const } : s))}></board-profile>`,
};

/** A board entered before registrations were recorded: the check names the seats to record, it does not guess. */
export const RegistrationNotRecorded: Story = {
  render: () => html`<board-profile foundation-trust .seats=${board().map(({ registration: _, ...s }) => s)}></board-profile>`,
};

/**
 * Terms and tenure: a non-executive first appointed seven years ago (review expected), a chair ten
 * years ago (explanation expected), the chief nurse's term ending within a year (the look-ahead
 * names the only nurse voice) and a shared post. One seat's terms are open.
 */
export const TermsAndTenure: Story = {
  render: () => {
    const seats = board().map((s, i) => {
      if (s.role === 'Chair') return { ...s, firstAppointed: monthsFromNow(-121), termEnds: monthsFromNow(14) };
      if (s.role === 'Chief Nurse') return { ...s, termEnds: monthsFromNow(9), shared: true };
      if (i === 6) return { ...s, firstAppointed: monthsFromNow(-85), termEnds: monthsFromNow(20) };
      return s;
    });
    seed('story-terms', { foundationTrust: true, seats, snapshots: [] });
    return html`<board-profile storage-key="story-terms"></board-profile>`;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('board-profile')!;
    const summary = (await drawn(el, '.seat:nth-child(5) .terms-details summary')) as HTMLElement | null;
    summary?.click();
  },
};

/** A term date that is not a real date: the NHS.UK date input's error, as the checklist's due date shows it. */
export const TermDateError: Story = {
  render: () => {
    seed('story-term-error', { foundationTrust: false, seats: board().slice(0, 3), snapshots: [] });
    return html`<board-profile storage-key="story-term-error"></board-profile>`;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('board-profile')!;
    ((await drawn(el, '.seat:nth-child(1) .terms-details summary')) as HTMLElement | null)?.click();
    const day = (await drawn(el, '.seat:nth-child(1) [id$="-end-day"]')) as HTMLInputElement | null;
    if (!day) return;
    const set = (sel: string, value: string) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(`.seat:nth-child(1) ${sel}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    set('[id$="-end-day"]', '31');
    set('[id$="-end-month"]', '2');
    set('[id$="-end-year"]', '2027');
    day.closest('fieldset')!.dispatchEvent(new FocusEvent('focusout', { relatedTarget: null }));
  },
};

/** The snapshot chosen under "Compare today with" removed: the notice says so and offers Undo, which has the focus. */
export const SnapshotRemoved: Story = {
  render: () => {
    const march = board();
    seed('story-snapshot-removed', {
      foundationTrust: true,
      seats: march,
      snapshots: [{ label: 'March 2026 board', savedAt: '2026-03-12T09:30:00.000Z', seats: march }],
    });
    return html`<board-profile storage-key="story-snapshot-removed"></board-profile>`;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('board-profile')!;
    const select = (await drawn(el, '#compare-with')) as HTMLSelectElement | null;
    if (!select) return;
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    ((await drawn(el, '[data-action="remove-snapshot"]')) as HTMLButtonElement | null)?.click();
  },
};

/** A snapshot saved in March, compared with today: one more AHP attending (the series shows both). */
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
    const select = (await drawn(el, '#compare-with')) as HTMLSelectElement | null;
    if (select) {
      select.selectedIndex = 1; // compared by id: the first saved snapshot
      select.dispatchEvent(new Event('change'));
    }
  },
};

/**
 * Dated snapshots as a series: the mix at every saved snapshot and today, as a chart and a table.
 * Two snapshots share a name and are told apart by date; one saved snapshot could not be read and
 * is set aside, with a download.
 */
export const SnapshotSeries: Story = {
  render: () => {
    const base = board();
    const at = (count: number, extra: Seat[] = []) => [...base.slice(0, count), ...extra];
    const therapies = seat('Director of Therapies', 'attends', 'executive', 'ahp');
    seed('story-series', {
      foundationTrust: true,
      seats: [...base, therapies, seat('Chief Pharmacist', 'attends', 'executive', 'pharmacist')],
      snapshots: [
        { id: 's4', label: 'Board', savedAt: '2026-09-10T09:30:00.000Z', seats: at(9, [therapies]) },
        { id: 's3', label: 'Board', savedAt: '2026-06-11T09:30:00.000Z', seats: at(9) },
        { id: 's2', label: 'March 2026 board', savedAt: '2026-03-12T09:30:00.000Z', seats: at(7) },
        { id: 's1', label: 'December 2025 board', savedAt: '2025-12-11T09:30:00.000Z', seats: at(5) },
        { label: 'Damaged board', savedAt: '2025-09-01T09:30:00.000Z', seats: [{ role: 'Chair', membership: 'boss' }] },
      ],
    });
    return html`<board-profile storage-key="story-series"></board-profile>`;
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
    return html`<div style="display:grid;gap:2rem;grid-template-columns:repeat(auto-fit,minmax(min(320px,100%),1fr))">
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
