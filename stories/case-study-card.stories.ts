import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import '../src/index.js';
import '../src/case-study-card.js';
import type { CaseStudy } from '../src/data/schema.js';
import { datasetContext } from '../src/context/dataset-context.js';
import { LOADING } from '../src/data/state.js';
import { EXAMPLE_SOURCE_ID } from './example-source.js';

/** A data provider that never finishes loading, to show the widgets' loading state. Story-only. */
class StoryLoadingData extends LitElement {
  private provider = new ContextProvider(this, { context: datasetContext, initialValue: LOADING });
  protected override render() {
    void this.provider;
    return html`<p style="margin:0 0 8px;color:#4c6272;font-size:14px">This frame's data set never arrives, so the card stays in its loading state.</p>
      <slot></slot>`;
  }
}
if (!customElements.get('story-loading-data')) customElements.define('story-loading-data', StoryLoadingData);

const IDS = ['rachel-mckeown', 'clare-boobyer-jones', 'shane-degaris', 'michael-witney', 'pippa-nightingale'];

interface Args {
  caseId?: string;
  caseStudy?: CaseStudy;
  variant: 'compact' | 'full';
  headingLevel: number;
  open: boolean;
  barrierHref?: string;
  enablerHref?: string;
}

const render = (args: Args) =>
  html`<case-study-card
    case-id=${ifDefined(args.caseId || undefined)}
    .caseStudy=${args.caseStudy}
    variant=${args.variant}
    heading-level=${args.headingLevel}
    ?open=${args.open}
    barrier-href=${ifDefined(args.barrierHref || undefined)}
    enabler-href=${ifDefined(args.enablerHref || undefined)}
    @cl-select=${action('cl-select')}
  ></case-study-card>`;

const meta: Meta<Args> = {
  title: 'Components/Case study card',
  component: 'case-study-card',
  render,
  args: { caseId: 'rachel-mckeown', variant: 'compact', headingLevel: 3, open: false, barrierHref: '', enablerHref: '' },
  // Names, types, defaults and descriptions come from the manifest (.storybook/api-table.ts); only the controls are set here.
  argTypes: {
    caseId: { control: 'select', options: [...IDS, 'no-such-person'] },
    caseStudy: { control: 'object' },
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 } },
    open: { control: 'boolean' },
    barrierHref: { control: 'text' },
    enablerHref: { control: 'text' },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'One clinician’s journey into senior leadership. Give it `case-id` (looked up in the nearest `<clinical-leadership-data>` or the bundled data set) ' +
          'or a `caseStudy` object by property (validated; it wins over the id). Compact by default, with the journey, turning point, barriers, ' +
          'what helped and sources behind a native disclosure; `variant="full"` shows everything. Barriers and enablers fire `cl-select` ' +
          '(see the Actions panel), or become links with `barrier-href` / `enabler-href`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const narrow = (story: () => unknown) => html`<div style="max-width:320px">${story()}</div>`;
const wide = (story: () => unknown) => html`<div style="max-width:720px">${story()}</div>`;

/** Rachel McKeown, physiotherapist: the compact card (the default). */
export const RachelMcKeown: Story = { args: { caseId: 'rachel-mckeown' }, decorators: [wide] };
/** Rachel McKeown, everything shown. */
export const RachelMcKeownFull: Story = { args: { caseId: 'rachel-mckeown', variant: 'full' } };
export const ClareBoobyerJones: Story = { args: { caseId: 'clare-boobyer-jones' }, decorators: [wide] };
export const ClareBoobyerJonesFull: Story = { args: { caseId: 'clare-boobyer-jones', variant: 'full' } };
export const ShaneDeGaris: Story = { args: { caseId: 'shane-degaris' }, decorators: [wide] };
export const ShaneDeGarisFull: Story = { args: { caseId: 'shane-degaris', variant: 'full' } };
/** Michael Witney, consultant clinical psychologist: the only bundled case study with a turning point. */
export const MichaelWitney: Story = { args: { caseId: 'michael-witney' }, decorators: [wide] };
export const MichaelWitneyFull: Story = { args: { caseId: 'michael-witney', variant: 'full' } };
export const PippaNightingale: Story = { args: { caseId: 'pippa-nightingale' }, decorators: [wide] };
export const PippaNightingaleFull: Story = { args: { caseId: 'pippa-nightingale', variant: 'full' } };
/**
 * Dr Jagjit Sethi: his page could be read only in part, and both his date (`asOfInferred`) and his
 * place among the compendium's case studies (`inCompendiumInferred`) are our inference; the card says so.
 */
export const JagjitSethi: Story = { args: { caseId: 'jagjit-sethi' }, decorators: [wide] };

/** The compact card with its disclosure open (the `open` attribute; it also follows the user). */
export const CompactOpen: Story = { args: { caseId: 'pippa-nightingale', open: true }, decorators: [wide] };

/** Barriers and enablers as links through `barrier-href` and `enabler-href` templates (they still fire `cl-select`). */
export const WithLinks: Story = {
  args: { caseId: 'clare-boobyer-jones', variant: 'full', barrierHref: '#barrier-{id}', enablerHref: '#enabler-{id}' },
};

/** A 320 px column (a CMS sidebar, or 400% zoom): one column, nothing scrolls sideways. */
export const NarrowContainer: Story = { args: { caseId: 'shane-degaris', variant: 'full' }, decorators: [narrow] };

const longText: CaseStudy = {
  id: 'long-text-example',
  name: 'Professor Dame Aoife-Siobhán Ní Bhriain-Montgomery-Fitzwilliam',
  professionId: 'speech-and-language-therapist',
  role:
    'Chief Allied Health Professions Officer, Deputy Chief Executive, Executive Director of Therapies, Workforce Transformation and Clinical Education, and Senior Responsible Officer for the integrated care system’s rehabilitation programme',
  organisation: 'Northumberland, Tyne-and-Wear and North Cumbria Integrated Community and Mental Health Services NHS Foundation Trust (Example)',
  asOf: '2023-11-14',
  handle: '@a_very_long_handle_name_30ch',
  summary: Array.from({ length: 6 }, () =>
    'This is an invented case study with deliberately long text, to show how the card wraps names, roles and organisations that run to several lines, and a summary of several paragraphs’ length, without clipping or sideways scrolling.',
  ).join(' '),
  journey: Array.from({ length: 9 }, (_, i) => `Step ${i + 1}: a long description of one stage of the journey, including a very long unbroken word such as Pneumonoultramicroscopicsilicovolcanoconiosis, to test wrapping.`),
  turningPoint: 'A long turning point. '.repeat(12).trim(),
  barrierIds: ['few-senior-ahp-posts', 'no-set-board-route-for-ahps', 'board-voice-through-another-profession', 'professional-lead-without-board-seat'],
  enablerIds: ['director-level-title', 'broad-operational-experience', 'national-ahp-roles-and-peer-support', 'mentor-and-coach', 'external-leadership-development'],
  sourceIds: [EXAMPLE_SOURCE_ID],
};

/** Invented, deliberately long content (by property), full and in a narrow column. */
export const LongText: Story = {
  args: { caseId: '', caseStudy: longText, variant: 'full' },
  render: (args) => html`<div style="display:grid;gap:24px">${render(args)}<div style="max-width:320px">${render(args)}</div></div>`,
};

/** An id that is not in the data set: the card says so inside itself, and warns once in the console. */
export const UnknownId: Story = { args: { caseId: 'no-such-person' }, decorators: [wide] };

/** A `caseStudy` property that fails validation: the messages name each field. */
export const InvalidData: Story = {
  args: {
    caseId: '',
    caseStudy: { id: 'Not A Slug', name: '', professionId: 'physiotherapist', journey: 'not a list' } as unknown as CaseStudy,
  },
  decorators: [wide],
};

/** While the data set loads, the card keeps its space so the page does not jump. */
export const Loading: Story = {
  render: (args) => html`<story-loading-data>${render(args)}</story-loading-data>`,
  decorators: [wide],
};

/** `heading-level` fits the name heading into the host page's outline (here an h5; sub-headings h6). */
export const HeadingLevel: Story = { args: { caseId: 'michael-witney', variant: 'full', headingLevel: 5 } };

/** Styling from outside: custom properties and `::part()`. */
export const Themed: Story = {
  args: { caseId: 'rachel-mckeown' },
  render: (args) => html`<style>
      .themed case-study-card {
        --cl-card-accent: #330072;
        --cl-card-border-colour: #aeb7bd;
      }
      .themed case-study-card::part(heading) {
        font-size: 1.5rem;
      }
    </style>
    <div class="themed" style="max-width:720px">${render(args)}</div>
    ${nothing}`,
};
