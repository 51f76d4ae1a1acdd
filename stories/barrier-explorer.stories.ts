import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/barrier-explorer.js';
import '../src/clinical-leadership-data.js';
import type { Barrier, Enabler } from '../src/data/schema.js';
import { EXAMPLE_SOURCE_ID } from './example-source.js';

interface Args {
  view: 'barriers' | 'elements';
  levels: string;
  elements: string;
  disciplines: string;
  query: string;
  headingLevel: number;
  caseStudyHref: string;
  syncUrl: boolean;
  barriers?: Barrier[];
  enablers?: Enabler[];
}

/** Every control becomes an attribute; lists are comma-separated ids, as in HTML. */
const render = (a: Args) => html`<barrier-explorer
  view=${a.view}
  levels=${a.levels}
  elements=${a.elements}
  disciplines=${a.disciplines}
  query=${a.query}
  heading-level=${a.headingLevel}
  case-study-href=${ifDefined(a.caseStudyHref || undefined)}
  sync-url=${a.syncUrl ? '' : nothing}
  .barriers=${a.barriers}
  .enablers=${a.enablers}
></barrier-explorer>`;

const meta: Meta<Args> = {
  title: 'Components/Barrier explorer',
  component: 'barrier-explorer',
  render,
  args: {
    view: 'barriers',
    levels: '',
    elements: '',
    disciplines: '',
    query: '',
    headingLevel: 3,
    caseStudyHref: '',
    syncUrl: false,
  },
  // Names, types, defaults and descriptions come from the manifest (.storybook/api-table.ts); only the controls are set here.
  argTypes: {
    view: { control: 'inline-radio', options: ['barriers', 'elements'] },
    levels: { control: 'text' },
    elements: { control: 'text' },
    disciplines: { control: 'text' },
    query: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    caseStudyHref: { control: 'text' },
    syncUrl: { control: 'boolean' },
    barriers: { control: false },
    enablers: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The barriers clinicians meet on the way into senior leadership, and what has helped. Each barrier opens (a native disclosure) to ' +
          'show its description, the enablers that address it grouped by framework element, the case studies that mention it and its sources. ' +
          'Filter by level, framework element and discipline (OR within a group, AND across groups; a barrier that names no discipline counts ' +
          'for every discipline), or search. "By framework element" groups the enablers under the framework’s five elements (our grouping, not the framework’s own actions) with the barriers ' +
          'they address. Case-study names fire `cl-select` so the host can open the card, or become links with `case-study-href`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The bundled data: every barrier, unfiltered. */
export const Default: Story = {};

/** Our grouping of the enablers under the five elements, with the barriers each addresses. */
export const ByFrameworkElement: Story = { args: { view: 'elements' } };

/** System and organisational barriers for allied health professionals, with the selected filters as chips. */
export const Filtered: Story = { args: { levels: 'organisational,system', disciplines: 'ahp' } };

/** The element view with a filter: only Practical levers, and only barriers at the system level. */
export const ElementViewFiltered: Story = { args: { view: 'elements', elements: 'practical-levers', levels: 'system' } };

/** A search that finds nothing: a helpful message and a one-click "Clear filters". */
export const SearchWithNoResult: Story = { args: { query: 'parking permits' } };

/** A 320px column: the filters collapse behind "Show filters". */
export const Narrow: Story = {
  render: (a) => html`<div style=${styleMap({ maxWidth: '320px', outline: '1px dashed #aeb7bd' })}>${render(a)}</div>`,
};

/** One discipline's view, as an AHP intranet page might embed it: `disciplines="ahp"`. */
export const SingleDiscipline: Story = { args: { disciplines: 'ahp' } };

/** Case-study names as links (`case-study-href="/leaders#{id}"`) instead of buttons firing `cl-select`. */
export const CaseStudyLinks: Story = { args: { caseStudyHref: '/leaders#{id}' } };

const ownEnablers: Enabler[] = [
  {
    id: 'trust-leadership-fellowship',
    title: 'A trust leadership fellowship for clinicians',
    description: 'A year-long, part-time fellowship with protected time and an executive sponsor.',
    elementId: 'talent-management',
    actor: 'organisation',
    sourceIds: [EXAMPLE_SOURCE_ID],
  },
  {
    id: 'board-shadowing',
    title: 'Shadow a board member',
    description: 'Senior clinicians attend board and its committees alongside an executive director for a quarter.',
    elementId: 'widening-perspectives',
    actor: 'organisation',
    sourceIds: [EXAMPLE_SOURCE_ID],
  },
];

const ownBarriers: Barrier[] = [
  {
    id: 'no-protected-time',
    title: 'No protected time to develop as a leader',
    description: 'Clinical rotas leave no time for leadership development, so it happens in evenings or not at all.',
    level: 'organisational',
    disciplineIds: [],
    enablerIds: ['trust-leadership-fellowship'],
    elementIds: ['talent-management'],
    sourceIds: [EXAMPLE_SOURCE_ID],
  },
  {
    id: 'board-feels-remote',
    title: 'The board feels remote from clinical teams',
    description: 'Few clinicians have seen how the board works, so a board role feels out of reach.',
    level: 'individual',
    disciplineIds: ['ahp', 'nurse'],
    enablerIds: ['board-shadowing', 'trust-leadership-fellowship'],
    elementIds: ['widening-perspectives'],
    sourceIds: [EXAMPLE_SOURCE_ID],
    inferred: true,
  },
];

/** A trust's own barriers and enablers through `.barriers` and `.enablers`; elements, disciplines and sources come from the data set. */
export const CustomData: Story = { args: { barriers: ownBarriers, enablers: ownEnablers } };

/**
 * Bad records: one barrier has no title (skipped, with a note and a console warning) and one names
 * an enabler that does not exist (that link is left out, with one warning).
 */
export const BadData: Story = {
  args: {
    barriers: [
      { ...ownBarriers[0], enablerIds: ['trust-leadership-fellowship', 'no-such-enabler'] },
      { ...ownBarriers[1], title: undefined } as unknown as Barrier,
    ],
    enablers: ownEnablers,
  },
};

/** The data set cannot be loaded (a provider whose `src` fails): the explorer says so inside itself. */
export const DataError: Story = {
  render: (a) => html`<clinical-leadership-data src="/no-such-file.json" timeout="3000">${render(a)}</clinical-leadership-data>`,
};
