import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { CaseStudy } from '../data/schema.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { fireSelect, type SelectDetail } from '../internal/select-event.js';
import { errorState, renderError, renderLoading, safely, type ViewState } from '../internal/states.js';
import { resolveData } from '../internal/resolve.js';
import { base, focus, linkButton, tag, tokens } from '../internal/styles.js';
import { knownResult, labelled } from '../data/known-results.js';
import { ValidatorsNeed } from '../internal/lazy-validation.js';
import { warnOnce } from '../internal/warn.js';
import { styles } from './case-study-card.styles.js';
import { viewOf, type CaseStudyView } from './model.js';
import { renderCard, type CardHandlers } from './templates.js';

const TAG = 'case-study-card';

export type CaseStudyCardVariant = 'compact' | 'full';

/** What a barrier or enabler button (or link) reports when chosen: the shared `cl-select` detail, plus the card's case study. */
export interface CaseStudySelectDetail extends SelectDetail {
  kind: 'barrier' | 'enabler';
  /** The barrier's or enabler's id in the data set. */
  id: string;
  /** The id of the case study the card shows. */
  caseStudyId: string;
}

type Resolved = ViewState<{ view: CaseStudyView }>;

const CANNOT_SHOW = 'This case study cannot be shown';

/**
 * One clinician's journey into senior leadership, from NHS Improvement's case studies
 * compendium (2019) or your own data: name, profession and discipline, role and organisation
 * *at the time of the case study*, a summary, the journey step by step, the turning point, the
 * barriers met and what helped, the social-media handle and the sources.
 *
 * Give it a case study by property (`card.caseStudy = {...}`, validated; it wins over an id), or an
 * id (`case-id="rachel-mckeown"`) looked up in the nearest `<clinical-leadership-data>` or, without
 * one, in the bundled data set. Profession, discipline, barrier, enabler and source names are
 * looked up in the same data set; ids it does not know are shown as readable text.
 *
 * `variant="compact"` (the default) shows the name, profession, role, organisation and summary,
 * with the rest behind a native disclosure ("Read Rachel McKeown's journey"); `variant="full"`
 * shows everything. The card is an `<article>` named by its heading.
 *
 * Barriers and enablers are buttons that fire `cl-select`; set `barrier-href` / `enabler-href`
 * (e.g. `/leadership/barriers#{id}`) to make them links instead (they still fire `cl-select`;
 * cancel the event to stop the navigation).
 *
 * @tagname case-study-card
 * @summary One clinician's journey into senior leadership.
 *
 * @csspart card - The card: an `<article>` when ready, a placeholder while loading.
 * @csspart heading - The name heading.
 * @csspart initials - The initials in a circle (decorative, hidden from assistive technology).
 * @csspart tag - Every tag (profession and discipline).
 * @csspart tag-profession - The profession tag.
 * @csspart tag-discipline - The discipline tag.
 * @csspart tag-ahp - The discipline tag when it is "Allied health professional".
 * @csspart facts - The role and organisation list.
 * @csspart summary - The summary paragraph.
 * @csspart inferred-notice - The note that the record's place among the compendium's case studies is our inference (`inCompendiumInferred`).
 * @csspart partial-notice - The note saying which parts the published case study did not give, when it was read only in part.
 * @csspart details - The `<details>` disclosure (compact variant).
 * @csspart details-summary - The disclosure's `<summary>` ("Read …'s journey").
 * @csspart subheading - The sub-headings (Journey, Turning point, Barriers met, What helped, Sources).
 * @csspart journey - The journey block: the steps and the turning point.
 * @csspart factors - The barriers and enablers block.
 * @csspart sources - The list of sources.
 * @csspart error - The message shown when the case study cannot be shown.
 * @csspart loading - The loading message.
 *
 * @cssprop [--cl-card-background=#ffffff] - Card background.
 * @cssprop [--cl-card-border-colour=#d8dde0] - Card border.
 * @cssprop [--cl-card-accent=#005eb8] - Top border, initials circle and journey step markers.
 * @cssprop [--cl-card-accent-text=#ffffff] - Text on the accent colour (the initials).
 * @cssprop [--cl-card-padding=16px, 24px when wide] - Inner spacing.
 * @cssprop [--cl-card-min-height=18rem] - Space kept while loading, so nothing jumps.
 *
 * @fires {CustomEvent<CaseStudySelectDetail>} cl-select - A barrier or enabler was chosen. Cancelable: cancelling stops a link from navigating.
 */
export class CaseStudyCard extends LitElement {
  static version = VERSION;
  // The shared sheets the card uses (not the NHS buttons).
  static override styles = [tokens, base, focus, tag, linkButton, styles];
  // Declared here rather than with decorators: the decorator helpers were 0.15 KiB gzip of the card's npm entry (issue 25's 13.5 KiB).
  static override properties = {
    caseId: { attribute: 'case-id' },
    caseStudy: { attribute: false },
    variant: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    open: { type: Boolean, reflect: true },
    barrierHref: { attribute: 'barrier-href' },
    enablerHref: { attribute: 'enabler-href' },
    linkHandles: { type: Boolean, attribute: 'link-handles' },
  };

  /** The id of a case study in the data set, e.g. `rachel-mckeown`. Used when `caseStudy` is not set. */
  caseId?: string;

  /**
   * A case study object (see the `CaseStudy` type). Validated; wins over `case-id`. Assign a new
   * object to change it.
   */
  caseStudy?: CaseStudy;

  /** `compact` (summary, the rest behind a disclosure) or `full` (everything shown). */
  variant: CaseStudyCardVariant = 'compact';

  /** Level of the name heading, 2–6, so the card fits the page's outline. Sub-headings are one level below. */
  headingLevel = 3;

  /** Whether the compact card's disclosure is open. Follows the user's toggling. */
  open = false;

  /** Link template for barriers, with `{id}` for the barrier id, e.g. `/barriers#{id}`. Buttons when unset or not an allowed URL. */
  barrierHref?: string;

  /** Link template for enablers, with `{id}` for the enabler id. Buttons when unset or not an allowed URL. */
  enablerHref?: string;

  /**
   * Link the Twitter handle to its profile. Off by default: the handles are those BAPO published
   * in 2019, not accounts known to be current, so they show as plain text unless the host opts in.
   */
  linkHandles = false;

  private data = new DatasetController(this);
  private resolved: Resolved = { status: 'loading' };
  private lastInput?: unknown;
  private validators = new ValidatorsNeed(this, TAG);
  private freshPending = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.resolved = safely(TAG, 'This case study', () => this.resolve(changed));
  }

  private resolve(changed: PropertyValues<this>): Resolved {
    const given = this.caseStudy !== undefined && this.caseStudy !== null;
    const id = this.caseId?.trim();
    if (!given && !id) {
      warnOnce(TAG, 'No case study was given: set the case-id attribute or the caseStudy property.');
      return errorState('Set the case-id attribute or the caseStudy property.', [], 'No case study to show');
    }
    // Same object again with a change request: the host mutated it in place, so check it again.
    // (Still true after waiting for the validators.)
    const fresh = given && ((changed.has('caseStudy') && this.lastInput === this.caseStudy) || this.freshPending);
    // A record a gallery (or an earlier card) has checked needs no validators: render at once.
    const known = given && !fresh ? knownResult<CaseStudy>('caseStudy', this.caseStudy) : undefined;
    // Given by property, the data set only names the profession, barriers, enablers and sources:
    // wait for it (briefly) so tags do not pop in; if it fails, ids are shown as readable text.
    const state = resolveData({
      tag: TAG,
      data: this.data,
      validators: this.validators,
      dataset: given ? 'wanted' : 'required',
      validate: given && !known ? [this.caseStudy] : [],
    });
    if (given) this.lastInput = this.caseStudy;
    this.freshPending = state.status === 'loading' && fresh;
    if (state.status !== 'ready') return state;
    if (given) {
      const result = known ? labelled(known, 'caseStudy') : state.validators!.caseStudy(this.caseStudy, 'caseStudy', { fresh });
      if (!result.ok) {
        warnOnce(TAG, `The case study given by property is not valid: ${result.errors.slice(0, 3).join('; ')}`);
        return errorState('The case study data is not valid:', result.errors);
      }
      return { status: 'ready', view: viewOf(result.value, state.index, this.linkHandles) };
    }
    const caseStudy = state.index!.caseStudies.get(id!);
    if (!caseStudy) {
      const message = `No case study with id '${id!.slice(0, 80)}'.`;
      warnOnce(TAG, message);
      return errorState(message, [], 'Case study not found');
    }
    return { status: 'ready', view: viewOf(caseStudy, state.index, this.linkHandles) };
  }

  protected override render(): TemplateResult {
    const r = this.resolved;
    if (r.status === 'ready') return renderCard(r.view, this, this.handlers);
    if (r.status === 'error') return renderError(r.title ?? CANNOT_SHOW, r.message, r.errors);
    return html`<div class="card card--loading" part="card" aria-busy="true">${renderLoading('Loading case study…')}</div>`;
  }

  private handlers: CardHandlers = {
    select: (kind, id, event) => {
      const r = this.resolved;
      if (!fireSelect(this, { kind, id, caseStudyId: r.status === 'ready' ? r.view.caseStudy.id : '' })) event?.preventDefault();
    },
    toggle: (event) => {
      this.open = (event.target as HTMLDetailsElement).open;
    },
  };
}
