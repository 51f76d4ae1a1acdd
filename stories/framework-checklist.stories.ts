import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/framework-checklist.js';
import type { ChecklistAnswer, FrameworkChecklist, StorageAdapter } from '../src/framework-checklist.js';
import type { ChecklistPrompt } from '../src/data/schema.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { EXAMPLE_SOURCE_ID } from './example-source.js';
import { sharedStore } from './shared-store.js';

const PREFIX = 'clinical-leadership-elements:checklist:';

/** Writes a saved record for a story, as if the person had answered earlier. */
function seed(key: string, answers: Record<string, ChecklistAnswer> | null, baseline?: { takenAt: string; answers: Record<string, { status: string }>; earlier?: unknown[] }, paper?: Record<string, string>): void {
  try {
    if (answers === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify({ schema: 2, updatedAt: '2026-07-14T09:30:00.000Z', answers, ...(baseline ? { baseline } : {}), ...(paper ? { paper } : {}) }));
  } catch {
    /* storage blocked in this browser: the story shows that notice instead */
  }
}

const ids = dataset.checklistPrompts.map((p) => p.id);

/** What a play function waits for: the widget loads its data and renders its prompts a few at a time, so poll (up to 5 s). */
async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('The story did not render what its play function needs within 5 s');
}

const partDone: Record<string, ChecklistAnswer> = {
  [ids[0]]: { status: 'completed', note: 'Two consultants and an AHP on the regional Leadership Academy programme (owner: Director of Workforce).' },
  [ids[1]]: { status: 'in-progress', note: 'Mentoring scheme drafted; launch at the September leadership forum.' },
  [ids[4]]: { status: 'completed', note: '' },
  [ids[8]]: { status: 'in-progress', note: 'Talent review now includes therapies and pharmacy.' },
  [ids[12]]: { status: 'completed', note: 'Director of AHPs appointed in June; reports to the Chief Nurse and attends board.' },
  [ids[15]]: { status: 'not-applicable', note: 'Covered by the ICS workforce review.' },
};

/** The same, with actions: owners are roles, one is overdue against any date after March 2026. */
const withActions: Record<string, ChecklistAnswer> = {
  ...partDone,
  [ids[1]]: { ...partDone[ids[1]], action: { what: 'Launch the mentoring scheme and recruit 20 mentors', owner: 'Director of Workforce', due: '2026-09-30', priority: 'high' } },
  [ids[8]]: { ...partDone[ids[8]], action: { what: 'Add healthcare scientists to the next talent review', owner: 'Chief People Officer', due: '2026-03-31', priority: 'medium' } },
  [ids[2]]: { status: 'not-started', note: '', action: { what: 'Map clinical leadership roles without protected time', owner: 'Medical Director', due: '', priority: 'low' } },
};
const baseline = { takenAt: '2026-03-12', answers: { [ids[0]]: { status: 'in-progress' }, [ids[12]]: { status: 'in-progress' } } };

/** A cover sheet as a board secretary fills it in (roles, not names; the references are made up for the story). */
const paperDetails: Record<string, string> = {
  meeting: 'Trust Board (public session)',
  'meeting-date': '14 January 2027',
  'agenda-item': 'Item 12, paper 07',
  author: 'Head of Leadership Development',
  'executive-lead': 'Chief People Officer',
  purpose: 'For assurance',
  summary: 'The board’s self-assessment against the five elements of the clinical leadership framework. Most progress is in building confidence; one action in talent management is overdue.',
  recommendation: 'The board is asked to note the self-assessment and approve the action plan.',
  'assurance-level': 'Reasonable',
};

const allDone = Object.fromEntries(ids.map((id, i) => [id, { status: i % 7 === 3 ? 'not-applicable' : 'completed', note: i % 4 === 0 ? 'Evidence in the board workforce report, March 2026.' : '' } as ChecklistAnswer]));

const ownPrompts: ChecklistPrompt[] = [
  {
    id: 'our-board-development-day',
    elementId: 'building-confidence',
    text: 'Have all clinical directors attended the board development day this year?',
    hint: 'Added by the trust board secretary',
    enablerIds: [],
    sourceIds: [EXAMPLE_SOURCE_ID],
    authored: 'organisation',
  },
  {
    id: 'our-shadowing-scheme',
    elementId: 'widening-perspectives',
    text: 'Can senior clinicians shadow an executive director for a week?',
    enablerIds: [],
    sourceIds: [EXAMPLE_SOURCE_ID],
    authored: 'organisation',
  },
];

const meta: Meta = {
  title: 'Components/Framework checklist',
  component: 'framework-checklist',
  parameters: {
    docs: {
      description: {
        component:
          'A self-assessment against the five elements of the framework, in the NHS task-list style. Each prompt has a status, a note and ' +
          'an optional action (what, owner role, due date, priority). Views: Answer, Summary (check your answers, with a baseline and ' +
          'the change since), Action plan (by due date, overdue marked, grouped by owner or element), Paper details (the board paper’s cover sheet; ' +
          '`paper-fields` relabels, hides or adds fields) and Compare (members’ answers side by side). Answers save in this browser under ' +
          '`storage-key` (or through a host `adapter`), can be downloaded as JSON or CSV, loaded back, cleared (with undo) and printed as a board-paper summary with the action plan. ' +
          'The bundled prompts are our own questions, written from the barriers and enablers in the data set and grouped under the framework’s five elements (one paraphrases the framework’s key question for Building confidence), and the widget says which. Answers are stored only on ' +
          'the person’s device (local storage); nothing is sent anywhere.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** A new assessment: every prompt not started. */
export const Empty: Story = {
  render: () => {
    seed('story-empty', null);
    return html`<framework-checklist storage-key="story-empty" heading="Clinical leadership self-assessment"></framework-checklist>`;
  },
};

/** Part way through: some prompts completed or in progress, with notes; one marked not applicable. */
export const PartDone: Story = {
  render: () => {
    seed('story-part-done', partDone);
    return html`<framework-checklist storage-key="story-part-done" organisation="Example Community NHS Trust"></framework-checklist>`;
  },
};

/** Everything answered: each element shows Completed, and not-applicable prompts leave the count. */
export const AllDone: Story = {
  render: () => {
    seed('story-all-done', allDone);
    return html`<framework-checklist storage-key="story-all-done"></framework-checklist>`;
  },
};

/** An organisation adds its own prompts through `.extraPrompts`; they are marked as the organisation's. */
export const CustomPrompts: Story = {
  render: () => html`<framework-checklist storage-key="story-custom" organisation="Example Community NHS Trust" .extraPrompts=${ownPrompts}></framework-checklist>`,
};

/** Without `storage-key` nothing is stored, and the widget says so. */
export const NotSaved: Story = {
  render: () => html`<framework-checklist></framework-checklist>`,
};

/**
 * Storage blocked by the browser (simulated: `localStorage` throws `SecurityError` while the element
 * starts). The checklist works in memory and points to download and print.
 */
export const StorageBlocked: Story = {
  render: () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const el = document.createElement('framework-checklist') as FrameworkChecklist;
    el.storageKey = 'story-blocked';
    void el.updateComplete.finally(() => original && Object.defineProperty(window, 'localStorage', original));
    return el;
  },
};

/** Saved data that cannot be read is copied aside, never overwritten, and reported. */
export const DamagedSavedData: Story = {
  render: () => {
    try {
      localStorage.setItem(
        `${PREFIX}story-damaged`,
        JSON.stringify({ schema: 1, answers: { [ids[1]]: { status: 'completed', note: 'Recovered' }, [ids[2]]: { status: 'done' } } }),
      );
    } catch {
      /* blocked */
    }
    return html`<framework-checklist storage-key="story-damaged"></framework-checklist>`;
  },
};

/** In a 320 px CMS column: statuses wrap, the status tag moves under the prompt. */
export const NarrowColumn: Story = {
  render: () => {
    seed('story-narrow', partDone);
    return html`<div style="max-width: 320px; border: 1px dashed #aeb7bd">
      <framework-checklist storage-key="story-narrow"></framework-checklist>
    </div>`;
  },
};

/** The board-paper summary that printing produces (`print-preview` shows it on screen). */
export const PrintPreview: Story = {
  render: () => {
    seed('story-print', partDone);
    return html`<framework-checklist storage-key="story-print" print-preview heading="Clinical leadership self-assessment"
      organisation="Example Community NHS Trust"></framework-checklist>`;
  },
};

/** Actions beside prompts: a saved action opens with its fields; the due date is the NHS.UK date input. */
export const WithActions: Story = {
  render: () => {
    seed('story-actions', withActions);
    return html`<framework-checklist storage-key="story-actions" heading="Clinical leadership self-assessment"></framework-checklist>`;
  },
};

/**
 * At the record's own ceilings, the same as when it is read back (so what is saved always loads again):
 * a note of 20,000 characters says nothing more is kept, and an action's owner shows the NHS.UK
 * character count once it passes three quarters of its 2,000 characters.
 */
export const AtTheCeilings: Story = {
  render: () => {
    seed('story-ceilings', {
      [ids[0]]: { status: 'in-progress', note: 'Evidence pasted from the board pack. '.repeat(600).slice(0, 20_000) },
      [ids[1]]: { status: 'not-started', note: '', action: { what: 'Agree the leadership programme', owner: 'Director of Workforce, on behalf of the People Committee. '.repeat(30).slice(0, 1_700), due: '', priority: 'high' } },
    });
    return html`<framework-checklist storage-key="story-ceilings" heading="Clinical leadership self-assessment"></framework-checklist>`;
  },
};

/** The Summary view: a check-answers list per element, "Not answered" shown, Change links, and the change since a baseline. */
export const SummaryView: Story = {
  render: () => {
    seed('story-summary', withActions, baseline);
    return html`<framework-checklist storage-key="story-summary" view="summary"></framework-checklist>`;
  },
};

/** The Action plan view: every action by due date, overdue ones marked against today. */
export const ActionPlanView: Story = {
  render: () => {
    seed('story-plan', withActions);
    return html`<framework-checklist storage-key="story-plan" view="plan"></framework-checklist>`;
  },
};

/** The printed summary with the action plan after the answers. */
export const PrintWithActionPlan: Story = {
  render: () => {
    seed('story-print-plan', withActions);
    return html`<framework-checklist storage-key="story-print-plan" print-preview heading="Clinical leadership self-assessment"
      organisation="Example Community NHS Trust"></framework-checklist>`;
  },
};

/**
 * Compare: each board member downloads their answers (JSON) and the facilitator opens all the files
 * here to see, prompt by prompt, how many chose each status and where they disagree, and takes one
 * member's answer into the board's record ("Use this answer", with Undo). Try it with the JSON
 * downloads of the other stories. The files are read in the browser; nothing is sent anywhere.
 */
export const CompareView: Story = {
  render: () => {
    seed('story-compare', withActions);
    return html`<framework-checklist storage-key="story-compare" organisation="Example Community NHS Trust" view="compare"></framework-checklist>`;
  },
};

/**
 * "Download board paper (Word)": a .docx that opens with the cover sheet (Paper details) on a page of
 * its own, then progress (and every status move since the baseline), members' answers compared (when
 * the Compare view has files), the summary, the action plan as a table and who wrote the prompts;
 * Heading 1/2 styles with outline levels (the navigation pane), repeating table headers and "Page x
 * of y" footers. The Word writer (the `docx` library) is fetched only when the button is pressed.
 */
export const BoardPaper: Story = {
  render: () => {
    seed('story-board-paper', withActions, baseline, paperDetails);
    return html`<framework-checklist storage-key="story-board-paper" heading="Clinical leadership self-assessment"
      organisation="Example Community NHS Trust"></framework-checklist>`;
  },
};

/**
 * Paper details: the board paper's cover sheet, filled in once per paper (meeting, date, agenda item,
 * author and executive lead as roles, purpose, executive summary, recommendation, strategic
 * objectives, board assurance framework, level of assurance, impact). Saved with the answers as
 * it is typed; printed first in the Word paper and in Print summary.
 */
export const PaperDetails: Story = {
  render: () => {
    seed('story-paper-details', withActions, baseline, paperDetails);
    return html`<framework-checklist storage-key="story-paper-details" heading="Clinical leadership self-assessment"
      organisation="Example Community NHS Trust" view="paper"></framework-checklist>`;
  },
};

/**
 * The same form as a trust renamed it with `paper-fields`: "Committee" for the meeting, BAF risks,
 * its own purposes, the quality impact hidden and a finance impact added. A setting that cannot be
 * used is named on the tab.
 */
export const PaperDetailsRenamed: Story = {
  render: () => {
    seed('story-paper-renamed', partDone);
    return html`<framework-checklist storage-key="story-paper-renamed" view="paper"
      paper-fields='[{"id": "meeting", "label": "Committee", "hint": "For example, People Committee"}, {"id": "assurance-framework", "label": "BAF risks"},
        {"id": "purpose", "options": ["For decision", "For assurance", "For noting"]}, {"id": "quality-impact", "hidden": true},
        {"id": "finance-impact", "label": "Finance and resources impact", "kind": "textarea"}]'></framework-checklist>`;
  },
};

/** The printed summary opens with the cover sheet, then the change since the baseline (every status move). */
export const PrintWithCoverSheet: Story = {
  render: () => {
    seed('story-print-cover', withActions, baseline, paperDetails);
    return html`<framework-checklist storage-key="story-print-cover" print-preview heading="Clinical leadership self-assessment"
      organisation="Example Community NHS Trust"></framework-checklist>`;
  },
};

/**
 * Answers kept through a host's storage adapter: here a pretend shared store that answers slowly and
 * keeps nothing after the page closes. See Guides/Storage adapters for the contract and a SharePoint list.
 */
export const SharedStore: Story = {
  render: () => {
    const items = new Map<string, string>();
    const slow = () => new Promise((resolve) => setTimeout(resolve, 600));
    const adapter: StorageAdapter = {
      label: "in this story's pretend shared store (kept only while this page is open)",
      load: async (key) => (await slow(), { raw: items.get(key) ?? null }),
      save: async (key, raw) => {
        await slow();
        if (raw === null) items.delete(key);
        else items.set(key, raw);
        return undefined;
      },
      subscribe: () => () => {},
    };
    return html`<framework-checklist storage-key="story-shared" .adapter=${adapter}></framework-checklist>`;
  },
};

/**
 * Compare without files: the board's agreed record kept through a store that can also list each
 * member's own answers (the SharePoint web part's list store offers `members(key)`). Compare then
 * offers "Compare the members' answers", by name, and "Use this answer" writes the board's record.
 * The two members and their answers are pretend, made up for this story.
 */
export const CompareMembersWithoutFiles: Story = {
  render: () => {
    const items = new Map<string, string>();
    const record = (answers: Record<string, ChecklistAnswer>) => JSON.stringify({ schema: 2, updatedAt: '2026-12-01T09:00:00.000Z', answers });
    const adapter: StorageAdapter & { members(key: string): Promise<{ records: { label: string; raw: string }[] }> } = {
      label: "in this story's pretend list (kept only while this page is open)",
      load: async (key) => ({ raw: items.get(key) ?? null }),
      save: async (key, raw) => {
        if (raw === null) items.delete(key);
        else items.set(key, raw);
        return undefined;
      },
      subscribe: () => () => {},
      members: async () => ({
        records: [
          { label: 'Pretend member A', raw: record(partDone) },
          { label: 'Pretend member B', raw: record(withActions) },
        ],
      }),
    };
    return html`<framework-checklist storage-key="story-members" view="compare" .adapter=${adapter}></framework-checklist>`;
  },
};

/**
 * Two members on one shared store with revisions (as a SharePoint list's ETag), each call taking 1.5 s
 * (issue 24). Answer different prompts in the two: both answers are kept, in the store and, at each
 * member's next save, on both screens. Answer the same prompt differently in both within a second or
 * two: the later keeps its answer and offers the other back ("Use theirs" / "Keep mine").
 */
export const TwoMembersOneStore: Story = {
  render: () => {
    const store = sharedStore({ delay: 1500, revisions: true });
    return html`<div style="display:grid;gap:2rem;grid-template-columns:repeat(auto-fit,minmax(min(320px,100%),1fr))">
      <framework-checklist heading="Member A" storage-key="story-two-members" .adapter=${store.client('in the pretend shared store (member A)')}></framework-checklist>
      <framework-checklist heading="Member B" storage-key="story-two-members" .adapter=${store.client('in the pretend shared store (member B)')}></framework-checklist>
    </div>`;
  },
};

/** A store whose saves never settle: after a change the checklist says "Saving…", then after five seconds "Still saving…", never "saved". */
export const StillSaving: Story = {
  render: () => html`<framework-checklist storage-key="story-still-saving" .adapter=${sharedStore({ delay: 300 }).client('in a store that never answers', true)}></framework-checklist>`,
};

/** A record saved by a newer version of the checklist: copied aside, offered as a download from the notice, never written over. */
export const NewerVersionRecord: Story = {
  render: () => {
    try {
      localStorage.setItem(`${PREFIX}story-newer`, JSON.stringify({ schema: 9, updatedAt: '2027-01-01T09:00:00.000Z', answers: { [ids[0]]: { status: 'completed', note: 'From a newer version' } } }));
    } catch {
      /* blocked */
    }
    return html`<framework-checklist storage-key="story-newer"></framework-checklist>`;
  },
};

/**
 * Compare when the board's saved record was made by a newer version of the checklist: a member's file
 * is compared and "Use this answer" pressed, and the row says the board's answer was not changed and
 * why, and offers the saved record as a download; the record is never written over.
 */
export const CompareRecordHeldBack: Story = {
  render: () => {
    try {
      localStorage.setItem(`${PREFIX}story-compare-held`, JSON.stringify({ schema: 9, updatedAt: '2027-01-01T09:00:00.000Z', answers: { [ids[0]]: { status: 'completed', note: 'From a newer version' } } }));
    } catch {
      /* blocked */
    }
    return html`<framework-checklist storage-key="story-compare-held" view="compare"></framework-checklist>`;
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('framework-checklist')!.shadowRoot!;
    const input = await until(() => root.querySelector<HTMLInputElement>('#compare-files'));
    const member = { format: 'clinical-leadership-elements/framework-checklist', schema: 2, answers: { [ids[0]]: { status: 'in-progress', note: 'Scheme drafted' } } };
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(member)], 'chair.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    (await until(() => root.querySelector<HTMLButtonElement>(`tr[data-prompt-id="${ids[0]}"] [data-command="use"]`))).click();
  },
};

/** Evidence per answer (issue 31): two links (an https address and an intranet one) and a note, shown in the Answer view. */
const withEvidence: Record<string, ChecklistAnswer> = {
  'mentoring-and-coaching': {
    status: 'completed',
    note: 'Coaching offered to every new clinical director.',
    evidence: {
      links: [
        { label: 'Board minutes, May 2026, item 7', href: 'https://intranet.example.nhs.uk/board/2026-05-minutes.pdf' },
        { label: 'People committee paper, April 2026', href: '/papers/people-committee-2026-04.pdf' },
      ],
      note: 'The minutes record the scheme agreed; the committee paper has the uptake figures.',
    },
  },
  'career-information': { status: 'in-progress', note: '', evidence: { links: [{ label: 'Leadership routes page', href: '/careers/leadership' }], note: '' } },
};

export const EvidenceLinks: Story = {
  render: () => {
    seed('story-evidence', withEvidence);
    return html`<framework-checklist storage-key="story-evidence" heading="Clinical leadership self-assessment"></framework-checklist>`;
  },
  play: async ({ canvasElement }) => {
    const details = await until(() => canvasElement.querySelector('framework-checklist')?.shadowRoot?.querySelector<HTMLDetailsElement>('details[data-prompt-id="e:mentoring-and-coaching"]'));
    details.open = true;
  },
};

/** The evidence fields refusing an address that is neither https:// nor relative, with the NHS.UK error message. */
export const EvidenceRefused: Story = {
  render: () => {
    seed('story-evidence-refused', null);
    return html`<framework-checklist storage-key="story-evidence-refused"></framework-checklist>`;
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('framework-checklist')!.shadowRoot!;
    (await until(() => root.querySelector<HTMLDetailsElement>('details[data-prompt-id="e:mentoring-and-coaching"]'))).open = true;
    await until(() => root.querySelector('#p-mentoring-and-coaching-evidence-label')); // the evidence fields come with a lazy chunk
    root.querySelector<HTMLInputElement>('#p-mentoring-and-coaching-evidence-label')!.value = 'Shared drive copy';
    root.querySelector<HTMLInputElement>('#p-mentoring-and-coaching-evidence-href')!.value = 'file://server/board/minutes.docx';
    root.querySelector<HTMLButtonElement>('[data-command="add-evidence"]')!.click();
  },
};

/** The Summary with evidence, and per element which of the board's other frameworks it may serve (our mapping, not CQC's or NHS England's). */
export const SummaryWithEvidence: Story = {
  render: () => {
    seed('story-summary-evidence', withEvidence);
    return html`<framework-checklist storage-key="story-summary-evidence" view="summary"></framework-checklist>`;
  },
};

/** Filtered to one CQC well-led quality statement: only the prompts our map ties to it. */
export const FilteredByQualityStatement: Story = {
  render: () => html`<framework-checklist storage-key="story-filter" framework-filter="cqc-well-led-2024:capable-compassionate-inclusive-leaders"></framework-checklist>`,
};

/** Filtered to one domain of the leadership competency framework (February 2024). */
export const FilteredByCompetencyDomain: Story = {
  render: () => html`<framework-checklist storage-key="story-filter-lcf" framework-filter="nhs-lcf-2024:governance-and-assurance"></framework-checklist>`,
};

const snap = (takenAt: string, ids: string[]) => ({ takenAt, answers: Object.fromEntries(ids.map((id) => [id, { status: 'completed' }])) });

/** Over time: three yearly snapshots (2024, 2025, 2026) as a chart and a table per element, no red/amber/green. */
export const OverTime: Story = {
  render: () => {
    seed('story-series', withActions, { ...snap('2026-04-01', ids.slice(0, 14)), earlier: [snap('2024-04-01', ids.slice(0, 3)), snap('2025-04-01', ids.slice(0, 8))] });
    return html`<framework-checklist storage-key="story-series" view="series"></framework-checklist>`;
  },
};

/** Over time with no snapshot yet: the first one is one button away. */
export const OverTimeEmpty: Story = {
  render: () => {
    seed('story-series-empty', null);
    return html`<framework-checklist storage-key="story-series-empty" view="series"></framework-checklist>`;
  },
};
