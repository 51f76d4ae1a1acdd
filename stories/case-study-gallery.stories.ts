import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ContextProvider } from '@lit/context';
import { html, LitElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import '../src/index.js';
import '../src/case-study-gallery.js';
import type { CaseStudy } from '../src/data/schema.js';
import { datasetContext } from '../src/context/dataset-context.js';
import { LOADING } from '../src/data/state.js';
import { EXAMPLE_SOURCE_ID } from './example-source.js';

/** A data provider that never finishes loading, to show the loading state. Story-only. */
class StoryLoadingGalleryData extends LitElement {
  private provider = new ContextProvider(this, { context: datasetContext, initialValue: LOADING });
  protected override render() {
    void this.provider;
    return html`<p style="margin:0 0 8px;color:#4c6272;font-size:14px">This frame's data set never arrives, so the gallery stays in its loading state.</p>
      <slot></slot>`;
  }
}
if (!customElements.get('story-loading-gallery-data')) customElements.define('story-loading-gallery-data', StoryLoadingGalleryData);

interface Args {
  caseStudies?: CaseStudy[];
  heading: string;
  headingLevel: number;
  disciplines: string;
  ahpOnly: boolean;
  query: string;
  syncUrl: boolean;
  cardVariant: 'compact' | 'full';
  pageSize: number;
  docsHref: string;
}

const render = (args: Args) =>
  html`<case-study-gallery
    .caseStudies=${args.caseStudies}
    heading=${args.heading}
    heading-level=${args.headingLevel}
    disciplines=${args.disciplines}
    ?ahp-only=${args.ahpOnly}
    query=${args.query}
    sync-url=${ifDefined(args.syncUrl ? '' : undefined)}
    card-variant=${args.cardVariant}
    page-size=${args.pageSize}
    docs-href=${args.docsHref}
    @cl-filter-change=${action('cl-filter-change')}
    @cl-select=${action('cl-select')}
  ></case-study-gallery>`;

const meta: Meta<Args> = {
  title: 'Components/Case study gallery',
  component: 'case-study-gallery',
  render,
  args: {
    heading: 'Case studies',
    headingLevel: 2,
    disciplines: '',
    ahpOnly: false,
    query: '',
    syncUrl: false,
    cardVariant: 'compact',
    pageSize: 24,
    docsHref: 'https://www.npmjs.com/package/clinical-leadership-elements#using-the-widgets',
  },
  // Names, types, defaults and descriptions come from the manifest (.storybook/api-table.ts); only the controls are set here.
  argTypes: {
    caseStudies: { control: 'object' },
    heading: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    disciplines: { control: 'text' },
    ahpOnly: { control: 'boolean' },
    query: { control: 'text' },
    syncUrl: { control: 'boolean' },
    cardVariant: { control: 'inline-radio', options: ['compact', 'full'] },
    pageSize: { control: { type: 'number', min: 0, step: 1 } },
    docsHref: { control: 'text' },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A filterable gallery of clinicians’ journeys into senior leadership, from the nearest `<clinical-leadership-data>`, the bundled data set, ' +
          'or `.caseStudies`. Filter by discipline (MOJ filter pattern), “AHPs only”, and search; the count is announced through a polite live region. ' +
          'Cards lay out by the gallery’s own width. Filter changes fire `cl-filter-change` (see the Actions panel).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Every bundled case study, with the note on how many of the compendium's eleven are included. */
export const Default: Story = {};

/** Filters set by attribute (`disciplines="ahp"` and `query="director"`): chips, "Clear filters" and the count show them. */
export const Filtered: Story = { args: { disciplines: 'ahp', query: 'director' } };

/** The "AHPs only" quick toggle, on (`ahp-only`). */
export const AhpOnly: Story = { args: { ahpOnly: true } };

/** Nothing matches: a helpful message and "Clear filters". */
export const Empty: Story = { args: { query: 'dentist' } };

/** Filters mirrored in the URL hash (`sync-url`): change a filter and the frame's hash follows; reload to restore. */
export const SyncUrl: Story = { args: { syncUrl: true } };

/** In a 320 px CMS sidebar: filters above one column of cards. */
export const NarrowSidebar: Story = { decorators: [(story) => html`<div style="max-width:320px">${story()}</div>`] };

/** Full cards, everything shown. */
export const FullCards: Story = { args: { cardVariant: 'full', disciplines: 'psychologist,midwife' } };

const example = (id: string, name: string, professionId: string, role: string, organisation: string, summary: string): CaseStudy => ({
  id,
  name,
  professionId,
  role,
  organisation,
  asOf: '2025',
  summary,
  journey: ['Qualified and practised for several years.', 'Led a service.', 'Took an operational post outside the profession.', 'Joined the executive team.'],
  barrierIds: ['no-set-board-route-for-ahps'],
  enablerIds: ['broad-operational-experience', 'mentor-and-coach'],
  sourceIds: [EXAMPLE_SOURCE_ID],
});

/** Invented examples, to show a trust's own case studies given by property. */
const ownCaseStudies: CaseStudy[] = [
  example('sam-example', 'Sam Example', 'paramedic', 'Director of Urgent Care', 'Example Ambulance Service NHS Trust', 'An invented paramedic who moved from clinical practice into operational leadership and then onto the board.'),
  example('alex-sample', 'Alex Sample', 'dietitian', 'Chief AHP', 'Example Hospitals NHS Foundation Trust', 'An invented dietitian who became the trust’s first Chief Allied Health Professional.'),
  example('jo-placeholder', 'Jo Placeholder', 'general-practitioner', 'Medical Director (Primary Care)', 'Example Integrated Care Board', 'An invented GP who led primary care for an integrated care board.'),
  example('kim-specimen', 'Kim Specimen', 'clinical-scientist', 'Director of Healthcare Science', 'Example University Hospitals NHS Trust', 'An invented clinical scientist who led healthcare science across a university hospital trust.'),
];

/** The trust's own case studies, given through `.caseStudies` (no coverage note: it is not the bundled data). */
export const CustomDataByProperty: Story = { args: { caseStudies: ownCaseStudies, heading: 'Leaders in our trust' } };

/** Some records are not valid: the valid ones are shown, the rest are named and left out. */
export const SomeRecordsInvalid: Story = {
  args: {
    caseStudies: [ownCaseStudies[0], { id: 'broken-record', name: 'No other fields' } as unknown as CaseStudy, ownCaseStudies[1]],
  },
};

/** `.caseStudies` that is not a list at all. */
export const InvalidData: Story = { args: { caseStudies: { not: 'a list' } as unknown as CaseStudy[] } };

/** While the data set loads, the gallery keeps its space. */
export const Loading: Story = { render: (args) => html`<story-loading-gallery-data>${render(args)}</story-loading-gallery-data>` };

const professions = ['physiotherapist', 'occupational-therapist', 'paramedic', 'midwife', 'clinical-psychologist', 'general-practitioner', 'clinical-scientist', 'dietitian'];
const roles = ['Director of Therapies', 'Chief Nurse', 'Medical Director', 'Head of Service', 'Deputy Chief Executive', 'Chief Operating Officer'];
/** 1,000 invented case studies: filtering stays immediate; cards come a page at a time. */
export const ThousandCaseStudies: Story = {
  args: {
    heading: '1,000 invented case studies',
    caseStudies: Array.from({ length: 1000 }, (_, i) =>
      example(
        `synthetic-${i}`,
        `Clinician ${i + 1}`,
        professions[i % professions.length],
        roles[i % roles.length],
        `Example Trust ${(i % 40) + 1} NHS Foundation Trust`,
        `Invented case study number ${i + 1}, generated to show that the gallery filters a large list without lag.`,
      ),
    ),
  },
};
