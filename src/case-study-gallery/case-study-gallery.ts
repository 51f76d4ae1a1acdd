import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CaseStudy } from '../data/schema.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { filterStyles } from '../internal/filter-styles.js';
import { clampLevel, heading } from '../internal/heading.js';
import { ValidatorsNeed } from '../internal/lazy-validation.js';
import { resolveData } from '../internal/resolve.js';
import { renderError, renderLoading, safely } from '../internal/states.js';
import { shared } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { styles } from './case-study-gallery.styles.js';
import {
  AHP, cleanList, countText, disciplineOptions, entriesFor, filterEntries, hashKey, type CaseStudyCheck, type Entries, type FilterResult,
} from './filter.js';
import { isAhpOnly, type Chip, type PanelActions } from './panel.js';
import { renderResults, type Frame } from './results.js';
import { filtersAfterHashChange, readGalleryHash, writeGalleryHash, type FilterState } from './url-state.js';

const TAG = 'case-study-gallery';
/** Where "add your own with a data file" points by default: the package's guide to using your own data. */
export const DEFAULT_DOCS_HREF = 'https://www.npmjs.com/package/clinical-leadership-elements#using-the-widgets';
/** How long typing must pause before the result count is announced. */
const TYPING_PAUSE_MS = 400;
/** Cards shown at first and added by each "Show more": divisible by 1, 2 and 3 columns. */
const DEFAULT_PAGE_SIZE = 24;

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

export type CaseStudyGalleryCardVariant = 'compact' | 'full';

const listConverter = {
  fromAttribute: (value: string | null) => cleanList(value ?? ''),
  toAttribute: (value: string[]) => (Array.isArray(value) ? value.join(',') : ''),
};

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
    const d = cleanList(this.disciplines);
    return d.length === 1 && d[0] === AHP;
  }
  set ahpOnly(value: boolean) {
    if (value) this.disciplines = [AHP];
    else if (this.ahpOnly) this.disciplines = [];
  }

  /**
   * Mirror the filters in the page URL's hash so a link restores them. A plain word is used as the
   * key (`sync-url="leaders"`); without a value the key is `gallery`.
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

  @state() private statusText = '';

  private data = new DatasetController(this);
  private validators = new ValidatorsNeed(this, TAG);
  private frame: Frame = { status: 'loading' };
  private typing = false;
  private statusTimer?: ReturnType<typeof setTimeout>;
  /** Set by user actions and hash restores: after the update, fire cl-filter-change (and write the hash). */
  private pending?: { writeHash: boolean; focus?: () => void };
  private restoredFromHash = false;
  private filterMemo?: { entries: unknown; key: string; result: FilterResult };
  /** Matches on the page; grows with "Show more", back to one page when the filters change. */
  private limit = DEFAULT_PAGE_SIZE;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.statusTimer);
  }

  private get key(): string | undefined {
    return hashKey(this.syncUrl);
  }

  /** The filters in the hash under our key, or undefined when the hash holds none of ours. */
  private onHashChange = (): void => {
    const key = this.key;
    if (!key) return;
    const restored = filtersAfterHashChange(key);
    if (!restored || this.sameAs(restored)) return;
    this.apply(restored);
    this.pending = { writeHash: false };
  };

  private sameAs(s: FilterState): boolean {
    return cleanList(this.disciplines).join(',') === s.disciplines.join(',') && this.query === s.query;
  }

  private apply(s: Partial<FilterState>): void {
    if (s.disciplines !== undefined) this.disciplines = s.disciplines;
    if (s.query !== undefined) this.query = s.query;
  }

  /** A change made by the user: update, then tell the host and the URL. */
  private commit(change: Partial<FilterState>, options: { typing?: boolean; focus?: () => void } = {}): void {
    this.typing = !!options.typing;
    this.apply(change);
    this.pending = { writeHash: true, focus: options.focus };
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.restoredFromHash && this.key) {
      this.restoredFromHash = true;
      const restored = readGalleryHash(this.key);
      if (restored) this.apply(restored);
    }
    if (!this.hasUpdated || changed.has('disciplines') || changed.has('query') || changed.has('caseStudies') || changed.has('pageSize')) {
      this.limit = this.page;
    }
    this.frame = safely(TAG, 'The case studies', () => this.computeFrame());
    this.scheduleStatus();
  }

  private get page(): number {
    const n = Math.trunc(Number(this.pageSize));
    return Number.isFinite(n) && n > 0 ? n : Infinity;
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
      limit: Math.min(this.limit, result.count),
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

  /** The live region: at once after a click, after a pause while typing. */
  private scheduleStatus(): void {
    const f = this.frame;
    const text = f.status === 'ready' ? countText(f.result.count, f.data.entries.length, f.filtered, f.limit) : '';
    clearTimeout(this.statusTimer);
    const typing = this.typing;
    this.typing = false;
    if (text === this.statusText) return;
    if (typing && this.hasUpdated) {
      this.statusTimer = setTimeout(() => (this.statusText = text), TYPING_PAUSE_MS);
    } else this.statusText = text;
  }

  protected override updated(): void {
    const pending = this.pending;
    if (!pending || this.frame.status !== 'ready') return;
    this.pending = undefined;
    const { disciplines, query, result, data } = this.frame;
    const key = this.key;
    if (pending.writeHash && key) writeGalleryHash(key, { disciplines, query });
    pending.focus?.();
    const detail: GalleryFilterChangeDetail = {
      disciplines: [...disciplines],
      ahpOnly: isAhpOnly(disciplines),
      query,
      count: result.count,
      total: data.entries.length,
    };
    this.dispatchEvent(new CustomEvent<GalleryFilterChangeDetail>('cl-filter-change', { detail, bubbles: true, composed: true }));
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
              statusText: this.statusText,
              docsHref: this.docsHref,
              level: this.innerLevel,
              cardVariant: this.cardVariant,
              barrierHref: this.barrierHref,
              enablerHref: this.enablerHref,
              pageSize: this.page,
              actions: this.actions,
              clearFilters: this.clearFilters,
              showMore: this.showMore,
            })}
      ${f.status === 'ready' ? nothing : html`<p class="cl-visually-hidden" role="status" part="count">${this.statusText}</p>`}
    </div>`;
  }

  /** Adds a page of cards; focus stays on the button, which stays after the cards, and the count is announced. */
  private showMore = (): void => {
    this.limit += this.page;
    this.requestUpdate();
  };

  private actions: PanelActions = {
    change: (change, options) => this.commit(change, options),
    removeChip: (chip) => this.removeChip(chip),
    clear: () => this.clearFilters(),
  };

  private removeChip(chip: Chip): void {
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.cl-chip')];
    const at = chips.findIndex((c) => c.dataset.chip === chip.key);
    // Read the key now: after the update Lit reuses these buttons for other chips.
    const nextKey = (chips[at + 1] ?? chips[at - 1])?.dataset.chip;
    const focus = () => {
      const target = nextKey ? this.renderRoot.querySelector<HTMLElement>(`.cl-chip[data-chip="${CSS.escape(nextKey)}"]`) : null;
      (target ?? this.statusElement)?.focus();
    };
    this.commit(chip.remove(), { focus });
  }

  private clearFilters = (): void => {
    this.commit({ disciplines: [], query: '' }, { focus: () => this.statusElement?.focus() });
  };

  private get statusElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="count"]');
  }
}
