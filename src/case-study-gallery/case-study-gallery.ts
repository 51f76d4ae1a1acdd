import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CaseStudy } from '../data/schema.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { DEFAULT_PAGE_SIZE, FilterController } from '../internal/filter-controller.js';
import { cleanList, listConverter } from '../internal/filter-list.js';
import { filterStyles } from '../internal/filter-styles.js';
import { clampLevel, heading } from '../internal/heading.js';
import { ValidatorsNeed } from '../internal/lazy-validation.js';
import { resolveData } from '../internal/resolve.js';
import { renderError, renderLoading, safely } from '../internal/states.js';
import { shared } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { styles } from './case-study-gallery.styles.js';
import { AHP, disciplineOptions, NOUN, entriesFor, filterEntries, type CaseStudyCheck, type Entries, type FilterResult } from './model.js';
import { isAhpOnly, renderResults, type Frame, type PanelActions } from './templates.js';
import { fromHash, toHash, type FilterState } from './url-state.js';

const TAG = 'case-study-gallery';
/** Where "add your own with a data file" points by default: the package's guide to using your own data. */
export const DEFAULT_DOCS_HREF = 'https://www.npmjs.com/package/clinical-leadership-elements#using-the-widgets';

/** The active filters and their outcome, sent with `cl-filter-change`. */
export interface GalleryFilterChangeDetail {
  /** Selected discipline ids, e.g. `['ahp']`. */
  disciplines: string[];
  /** True when only allied health professionals are shown (the same as `disciplines: ['ahp']`). */
  ahpOnly: boolean;
  /** The search text. */
  query: string;
  /** Case studies shown. */
  count: number;
  /** Case studies in the gallery. */
  total: number;
}

// This widget's entry in the one 'cl-filter-change' HTMLElementEventMap entry (internal/filter-controller.ts).
declare module '../internal/filter-controller.js' {
  interface FilterChangeDetails {
    'case-study-gallery': GalleryFilterChangeDetail;
  }
}

export type CaseStudyGalleryCardVariant = 'compact' | 'full';

/**
 * A filterable gallery of clinicians' journeys into senior leadership: every case study in the
 * nearest `<clinical-leadership-data>` (or the bundled data set), or the ones you give it in
 * `.caseStudies`. Filter by discipline (checkboxes in a fieldset, following the MOJ filter
 * pattern), an "AHPs only" quick toggle, and a search over name, profession, role, organisation and
 * summary. Filters apply as you go; the result count is announced through a polite live region;
 * selected filters are listed as removable chips with "Clear filters".
 *
 * Cards lay out by the gallery's own width: one column in a narrow CMS sidebar, two or three on a
 * wide page. With `sync-url`, the filters are mirrored in the URL hash
 * (`#gallery.discipline=ahp&gallery.q=director`) so a filtered view can be shared by link; they are
 * restored on load and when the hash changes.
 *
 * @tagname case-study-gallery
 * @summary A filterable gallery of clinicians' journeys into senior leadership.
 *
 * @csspart heading - The gallery heading.
 * @csspart coverage - The note on how many of the compendium's case studies are included (bundled data only).
 * @csspart filters - The filter panel (a search landmark).
 * @csspart filters-heading - The filter panel's heading.
 * @csspart selected - The selected filters and "Clear filters".
 * @csspart ahp-toggle - The "AHPs only" toggle button.
 * @csspart count - The result count (a polite live region).
 * @csspart list - The list of cards.
 * @csspart show-more - The "Show more case studies" button (when there are more matches than `page-size`).
 * @csspart empty - The message shown when no case study matches.
 * @csspart error - The message shown when the case studies cannot be shown, or some were left out.
 * @csspart loading - The loading message.
 *
 * @cssprop [--cl-gallery-filter-width=17rem] - Width of the filter column in wide layouts.
 * @cssprop [--cl-gallery-gap=16px, 24px when wide] - Space between cards.
 * @cssprop [--nhsuk-reverse-text-colour=#ffffff] - Text on the pressed "AHPs only" toggle (on `--cl-color-primary`).
 * @cssprop [--cl-card-accent=#005eb8] - Passed on to the cards (see `<case-study-card>` for its other properties).
 *
 * @fires {CustomEvent<GalleryFilterChangeDetail>} cl-filter-change - The user changed a filter (also on a restore from the URL hash).
 * @fires {CustomEvent<SelectDetail>} cl-select - From a card: a barrier or enabler was chosen (see `<case-study-card>`).
 */
export class CaseStudyGallery extends LitElement {
  static version = VERSION;
  static override styles = [...shared, filterStyles, styles];

  /** Case studies to show instead of the data set's. Each is validated; invalid ones are left out with a message. */
  @property({ attribute: false }) caseStudies?: CaseStudy[];

  /** The gallery heading. Set it to an empty string for no heading. */
  @property() heading = 'Case studies';

  /** Level (2–6) of the gallery heading. The filter heading and the cards' names are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Selected discipline ids, e.g. `ahp,nurse`; comma-separated as an attribute. */
  @property({ converter: listConverter }) disciplines: string[] = [];

  /** The search text. */
  @property() query = '';

  /** Show allied health professionals only: the same as `disciplines = ['ahp']`. Setting it false clears that. */
  @property({ type: Boolean, attribute: 'ahp-only' })
  get ahpOnly(): boolean {
    return isAhpOnly(cleanList(this.disciplines));
  }
  set ahpOnly(value: boolean) {
    if (value) this.disciplines = [AHP];
    else if (this.ahpOnly) this.disciplines = [];
  }

  /**
   * Mirror the filters in the page URL's hash so a link restores them. Absent or `"false"`: off.
   * With no value or `"true"`: on, under the key `gallery`. Any other value is the key, lower-cased
   * (`sync-url="leaders"` → `#leaders.q=…`); one that is not a letter followed by letters, digits
   * or hyphens falls back to `gallery`. The same grammar as every widget's `sync-url`.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | boolean | null = null;

  /** Where the coverage note's "add your own with a data file" link goes. Allow-listed (https, http, mailto, relative). */
  @property({ attribute: 'docs-href' }) docsHref: string = DEFAULT_DOCS_HREF;

  /** The cards' variant: `compact` (default) or `full`. */
  @property({ attribute: 'card-variant' }) cardVariant: CaseStudyGalleryCardVariant = 'compact';

  /** Passed to every card: link template for barriers, e.g. `/barriers#{id}`. */
  @property({ attribute: 'barrier-href' }) barrierHref?: string;

  /** Passed to every card: link template for enablers. */
  @property({ attribute: 'enabler-href' }) enablerHref?: string;

  /**
   * How many matching cards are shown at first, and how many more each "Show more" adds. Keeps a
   * gallery of 1,000 case studies quick; `0` shows every match at once.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  private data = new DatasetController(this);
  private validators = new ValidatorsNeed(this, TAG);
  private frame: Frame = { status: 'loading' };
  private filterMemo?: { entries: unknown; key: string; result: FilterResult };

  private filters = new FilterController<FilterState>(this, {
    defaultKey: 'gallery',
    noun: NOUN,
    hash: { fromHash, toHash },
    cleared: { disciplines: [], query: '' },
    resets: ['caseStudies', 'pageSize'],
    shown: () => {
      const f = this.frame;
      if (f.status !== 'ready') return undefined;
      const { disciplines, query } = f;
      const more = { ahpOnly: isAhpOnly(disciplines) };
      return { state: { disciplines, query }, more, filtered: f.filtered, count: f.result.count, total: f.data.entries.length, onPage: f.limit };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.filters.willUpdate(changed);
    this.frame = safely(TAG, 'The case studies', () => this.computeFrame());
  }

  private computeFrame(): Frame {
    const byProperty = this.caseStudies !== undefined && this.caseStudies !== null;
    // Property data still needs the data set's professions and disciplines for its filters.
    const state = resolveData({
      tag: TAG,
      data: this.data,
      validators: this.validators,
      dataset: byProperty ? 'wanted' : 'required',
      validate: Array.isArray(this.caseStudies) ? [this.caseStudies] : [],
    });
    if (state.status !== 'ready') return state;
    const { index, dataset } = state;
    if (byProperty && !Array.isArray(this.caseStudies)) {
      const problem = entriesFor(this.caseStudies, index).problems[0];
      warnOnce(TAG, problem);
      return { status: 'error', message: problem, errors: [] };
    }
    const check: CaseStudyCheck | undefined = state.validators?.caseStudy;
    const data = entriesFor(byProperty ? this.caseStudies : (dataset?.caseStudies ?? []), index, check);
    if (data.problems.length) warnOnce(TAG, `Some case studies were left out: ${data.problems.slice(0, 3).join('; ')}`);

    const disciplines = cleanList(this.disciplines);
    const query = typeof this.query === 'string' ? this.query : '';
    const result = this.filtered(data, disciplines, query);
    const options = disciplineOptions(data.entries, index, disciplines, result.facets);
    return {
      status: 'ready',
      data,
      index,
      coverage: !byProperty && state.bundled ? dataset?.coverage : undefined,
      disciplines,
      query,
      filtered: disciplines.length > 0 || query.trim() !== '',
      result,
      limit: Math.min(this.filters.limit, result.count),
      options,
      hasAhp: options.some((o) => o.id === AHP),
    };
  }

  /** Filtering is memoised: a re-render for another reason (a card loaded, a timer) costs nothing. */
  private filtered(data: Entries, disciplines: string[], query: string): FilterResult {
    const key = `${disciplines.join(',')}\u0000${query}`;
    const memo = this.filterMemo;
    if (memo && memo.entries === data.entries && memo.key === key) return memo.result;
    const result = filterEntries(data.entries, disciplines, query);
    this.filterMemo = { entries: data.entries, key, result };
    return result;
  }

  private get level(): number {
    return clampLevel(this.headingLevel, 2);
  }

  /** The level below the gallery heading (or the gallery's level when there is no heading), at most 6. */
  private get innerLevel(): number {
    return this.heading ? Math.min(this.level + 1, 6) : this.level;
  }

  protected override render(): TemplateResult {
    const f = this.frame;
    return html`<div class="gallery">
      ${this.heading ? heading(this.level, this.heading, 'gallery__heading', 'heading') : nothing}
      ${f.status === 'loading'
        ? html`<div class="gallery__loading">${renderLoading('Loading case studies…')}</div>`
        : f.status === 'error'
          ? renderError('The case studies cannot be shown', f.message, f.errors)
          : renderResults(f, {
              statusText: this.filters.statusText,
              docsHref: this.docsHref,
              level: this.innerLevel,
              cardVariant: this.cardVariant,
              barrierHref: this.barrierHref,
              enablerHref: this.enablerHref,
              pageSize: this.filters.page,
              actions: this.actions,
              clearFilters: this.filters.clear,
              showMore: this.filters.showMore,
            })}
      ${f.status === 'ready' ? nothing : html`<p class="cl-visually-hidden" role="status" part="count">${this.filters.statusText}</p>`}
    </div>`;
  }

  private actions: PanelActions = {
    change: (change, options) => this.filters.commit(change, options),
    removeChip: (chip, i) => this.filters.removeChip(i, chip.remove()),
    clear: () => this.filters.clear(),
  };
}
