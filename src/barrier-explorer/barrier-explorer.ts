import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Barrier, Enabler } from '../data/schema.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { filterStyles } from '../internal/filter-styles.js';
import { clampLevel } from '../internal/heading.js';
import { fireSelect } from '../internal/select-event.js';
import { ValidatorsNeed } from '../internal/lazy-validation.js';
import { resolveData } from '../internal/resolve.js';
import { renderError, renderLoading, safely } from '../internal/states.js';
import { shared } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { styles } from './barrier-explorer.styles.js';
import { cleanList, compileFilter, filterItems, isFiltered, type FilterGroup, type FilterState } from './filter.js';
import { countText, LEVELS, templateHref } from './labels.js';
import { explorerModel, TAG, type ExplorerBarrier, type ExplorerModel } from './model.js';
import { filterChips, filterGroups } from './panel.js';
import { renderBarrierList, renderElementView, renderEmpty, renderShowMore, renderSkippedNote, type RenderContext } from './render-barrier.js';
import { renderChips, renderFilterPanel, renderViewSwitch, type Chip, type FilterPanel } from './render-filters.js';
import { hashKey, readExplorerHash, writeExplorerHash, type ExplorerState, type ExplorerView } from './url-state.js';

export type { ExplorerView } from './url-state.js';
export type { SelectDetail } from '../internal/select-event.js';

export interface FilterChangeDetail {
  view: ExplorerView;
  levels: string[];
  elements: string[];
  disciplines: string[];
  query: string;
  /** Barriers shown after filtering, and in all. */
  count: number;
  total: number;
}

/** Comma-separated attribute ⇄ list of ids. */
const listConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  toAttribute: (value: string[]): string => value.join(','),
};

/** Milliseconds the live region waits after the last keystroke before it speaks. */
const TYPING_PAUSE_MS = 500;
/** Barriers shown at first and added by each "Show more" (the bundled data set fits in one page). */
const DEFAULT_PAGE_SIZE = 24;

/** What willUpdate works out once per update for render, the status line and events. */
type Frame =
  | { status: 'loading' }
  | { status: 'error'; message: string; errors: string[] }
  | {
      status: 'ready';
      model: ExplorerModel;
      filters: FilterState;
      filtered: boolean;
      results: ExplorerBarrier[];
      /** How many of the results are on the page (the list view). */
      shown: number;
    };

/**
 * The barriers clinicians meet on the way into senior leadership, and what helps: each barrier with
 * its level and disciplines, and, behind a native disclosure, its description, the enablers that
 * address it grouped by framework element, the case studies that mention it and its sources.
 * Filter by level, framework element and discipline (OR within a group, AND across groups; a
 * barrier that names no discipline counts for every discipline) and search titles and descriptions.
 * A second view groups the enablers under the framework's five elements (our grouping, not the
 * framework's own actions, which were not recovered) with the barriers each addresses.
 *
 * Data comes from `.barriers` / `.enablers` when set, else from the nearest
 * `<clinical-leadership-data>` or the bundled data set; framework elements, disciplines, case
 * studies and sources are always looked up in that data set. A framework element filter matches a
 * barrier that names the element or has an enabler under it.
 *
 * @summary Explore the barriers to senior clinical leadership, what helps, and the case studies.
 * @tagname barrier-explorer
 *
 * @csspart results - The column with the chips, the count and the barriers (or elements).
 * @csspart list - The list of barriers.
 * @csspart show-more - The "Show more barriers" button (when there are more matches than `page-size`).
 * @csspart barrier - One barrier in the list.
 * @csspart barrier-heading - A barrier's title.
 * @csspart details - A barrier's `<details>` disclosure.
 * @csspart summary - The `<summary>` that opens it.
 * @csspart elements - The "By framework element" view.
 * @csspart element-view-note - The note above that view saying the grouping is ours.
 * @csspart element-section - One framework element in that view.
 * @csspart element-heading - A framework element's title in that view.
 * @csspart enabler-heading - An enabler's title in that view.
 * @csspart section-heading - The sub-headings inside a barrier ("What helps", "Sources" …).
 * @csspart view-switch - The fieldset of view radios.
 * @csspart filters - The filter panel (a search landmark).
 * @csspart filter-group - One fieldset of checkboxes in the filter panel.
 * @csspart filter-toggle - The "Show filters" button (narrow layouts only).
 * @csspart selected - The selected filters and "Clear filters".
 * @csspart count - The result count (a polite live region).
 * @csspart empty - The message shown when nothing matches.
 * @csspart note - The note about records that could not be shown.
 * @csspart loading - The loading message.
 * @csspart error - The message shown when the data set cannot be used.
 *
 * @cssprop [--cl-explorer-filter-width=18rem] - Width of the filter column in wide layouts.
 * @cssprop [--cl-color-primary] - Accent colour (defaults to `--nhsuk-blue-colour`, then NHS Blue); see the other `--cl-*` tokens.
 *
 * @fires {CustomEvent<FilterChangeDetail>} cl-filter-change - The user changed the view or a filter (also on a restore from the URL hash).
 * @fires {CustomEvent<SelectDetail>} cl-select - A case study's name was chosen: `{ kind: 'case-study', id }`. Cancelable: with `case-study-href`, cancelling stops the link from navigating.
 */
export class BarrierExplorer extends LitElement {
  static version = VERSION;
  static override styles = [...shared, filterStyles, styles];

  /** Barriers to show instead of the data set's. Each record is validated; invalid ones are skipped with a warning. */
  @property({ attribute: false }) barriers?: Barrier[];

  /** Enablers to resolve `enablerIds` against instead of the data set's. */
  @property({ attribute: false }) enablers?: Enabler[];

  /** Heading level (2–6) of barrier titles and framework element sections; sub-headings follow. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** `barriers` (the list) or `elements` (by framework element). */
  @property() view: ExplorerView = 'barriers';

  /** Selected levels (`individual`, `organisational`, `system`); comma-separated as an attribute. */
  @property({ converter: listConverter }) levels: string[] = [];

  /** Selected framework element ids; comma-separated as an attribute. */
  @property({ converter: listConverter }) elements: string[] = [];

  /** Selected discipline ids (e.g. `ahp`); comma-separated as an attribute. */
  @property({ converter: listConverter }) disciplines: string[] = [];

  /** The search text. */
  @property() query = '';

  /**
   * Mirror the view and filters in the page URL's hash so a link restores them. A plain word is
   * used as the key (`sync-url="barriers"`); without a value the key is `explorer`.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** Make case-study names links, e.g. `/leaders#{id}`; `{id}` is replaced by the URL-encoded id. */
  @property({ attribute: 'case-study-href' }) caseStudyHref?: string;

  /**
   * How many matching barriers the list shows at first, and how many more each "Show more" adds.
   * Keeps a list of 1,000 barriers quick to filter; `0` shows every match at once.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  @state() private filtersOpen = false;
  @state() private statusText = '';

  private data = new DatasetController(this);
  private validators = new ValidatorsNeed(this, TAG);
  private frame: Frame = { status: 'loading' };
  private typing = false;
  private statusTimer?: ReturnType<typeof setTimeout>;
  /** Set by user actions and hash restores: after the update, fire cl-filter-change (and write the hash). */
  private pending?: { writeHash: boolean; focus?: () => void };
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

  private onHashChange = (): void => {
    const key = this.key;
    const restored = key ? readExplorerHash(key) : undefined;
    if (!restored) return;
    this.apply(restored);
    this.pending = { writeHash: false };
    this.requestUpdate();
  };

  private apply(s: Partial<ExplorerState>): void {
    if (s.view !== undefined) this.view = s.view;
    if (s.levels) this.levels = s.levels;
    if (s.elements) this.elements = s.elements;
    if (s.disciplines) this.disciplines = s.disciplines;
    if (s.query !== undefined) this.query = s.query;
  }

  /** A change made by the user: update, then tell the host and the URL. */
  private commit(change: Partial<ExplorerState>, options: { typing?: boolean; focus?: () => void } = {}): void {
    this.typing = !!options.typing;
    this.apply(change);
    this.pending = { writeHash: true, focus: options.focus };
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.key) {
      const restored = readExplorerHash(this.key);
      if (restored) this.apply(restored);
    }
    const resets = ['levels', 'elements', 'disciplines', 'query', 'barriers', 'enablers', 'pageSize'] as const;
    if (!this.hasUpdated || resets.some((name) => changed.has(name))) this.limit = this.page;
    this.frame = safely(TAG, 'The barriers', () => this.computeFrame());
    this.scheduleStatus();
  }

  private computeFrame(): Frame {
    const barriers = this.barriers ?? undefined;
    const enablers = this.enablers ?? undefined;
    // Records given by property are checked by the lazily loaded validators; the data set's are valid.
    const state = resolveData({ tag: TAG, data: this.data, validators: this.validators, dataset: 'required', validate: [barriers, enablers] });
    if (state.status !== 'ready') return state;
    const model = explorerModel({ barriers, enablers, dataset: state.dataset!, check: state.validators }, state.index!);
    const asList = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
    const filters: FilterState = {
      levels: cleanList(asList(this.levels), LEVELS),
      elements: cleanList(asList(this.elements), model.elements.map((e) => e.id)),
      disciplines: cleanList(asList(this.disciplines), model.disciplines.map((d) => d.id)),
      query: typeof this.query === 'string' ? this.query : '',
    };
    const results = filterItems(model.barriers, compileFilter(filters));
    return { status: 'ready', model, filters, filtered: isFiltered(filters), results, shown: Math.min(this.limit, results.length) };
  }

  private get page(): number {
    const n = Math.trunc(Number(this.pageSize));
    return Number.isFinite(n) && n > 0 ? n : Infinity;
  }

  /** Adds a page of barriers; focus stays on the button, which stays after the list, and the count is announced. */
  private showMore = (): void => {
    this.limit += this.page;
    this.requestUpdate();
  };

  /** The live region: at once after a click, after a pause while typing. */
  private scheduleStatus(): void {
    const f = this.frame;
    const shown = f.status === 'ready' && this.currentView === 'barriers' ? f.shown : Infinity;
    const text = f.status === 'ready' ? countText(f.results.length, f.model.barriers.length, f.filtered, Math.min(shown, f.results.length)) : '';
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
    const { filters, results, model } = this.frame;
    const detail: FilterChangeDetail = { view: this.currentView, ...filters, count: results.length, total: model.barriers.length };
    if (pending.writeHash && this.key) writeExplorerHash(this.key, { ...filters, view: detail.view });
    pending.focus?.();
    this.dispatchEvent(new CustomEvent<FilterChangeDetail>('cl-filter-change', { detail, bubbles: true, composed: true }));
  }

  private get currentView(): ExplorerView {
    return this.view === 'elements' ? 'elements' : 'barriers';
  }

  private toggle = (group: FilterGroup, id: string, checked: boolean): void => {
    if (this.frame.status !== 'ready') return;
    const current = this.frame.filters[group];
    this.commit({ [group]: checked ? [...current.filter((v) => v !== id), id] : current.filter((v) => v !== id) });
  };

  private removeChip = (chip: Chip): void => {
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.cl-chip')];
    const at = chips.findIndex((c) => c.dataset.chip === `${chip.group}:${chip.id}`);
    const next = chips[at + 1] ?? chips[at - 1];
    const focus = () => {
      const target = next ? this.renderRoot.querySelector<HTMLElement>(`.cl-chip[data-chip="${next.dataset.chip}"]`) : null;
      (target ?? this.statusElement)?.focus();
    };
    if (chip.group === 'query') this.commit({ query: '' }, { focus });
    else if (this.frame.status === 'ready') this.commit({ [chip.group]: this.frame.filters[chip.group].filter((v) => v !== chip.id) }, { focus });
  };

  private clearFilters = (): void => {
    this.commit({ levels: [], elements: [], disciplines: [], query: '' }, { focus: () => this.statusElement?.focus() });
  };

  private get statusElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="count"]');
  }

  private selectCaseStudy = (id: string, event?: Event): void => {
    if (!fireSelect(this, { kind: 'case-study', id })) event?.preventDefault();
  };

  private showBarrier = (id: string): void => {
    // Beyond the page: show enough pages to include it.
    const at = this.frame.status === 'ready' ? this.frame.results.findIndex((b) => b.id === id) : -1;
    if (at >= this.limit) this.limit = Math.ceil((at + 1) / this.page) * this.page;
    this.commit(
      { view: 'barriers' },
      {
        focus: () => {
          const item = [...this.renderRoot.querySelectorAll<HTMLElement>('.barrier')].find((el) => el.dataset.id === id);
          const details = item?.querySelector('details');
          if (!details) return;
          details.open = true;
          details.querySelector('summary')?.focus();
        },
      },
    );
  };

  private renderContext(): RenderContext {
    const template = this.caseStudyHref || undefined;
    if (template && !templateHref(template, 'id')) {
      warnOnce(TAG, `case-study-href "${template.slice(0, 80)}" does not make a safe link; case-study names are buttons instead.`);
    }
    return {
      level: clampLevel(this.headingLevel),
      caseStudyHref: template,
      selectCaseStudy: this.selectCaseStudy,
      showBarrier: this.showBarrier,
    };
  }

  private panel(model: ExplorerModel, filters: FilterState): FilterPanel {
    return {
      level: clampLevel(this.headingLevel),
      state: filters,
      groups: filterGroups(model, filters),
      open: this.filtersOpen,
      toggleOpen: () => (this.filtersOpen = !this.filtersOpen),
      toggle: this.toggle,
      search: (query) => this.commit({ query }, { typing: true }),
    };
  }

  private renderResults(f: Extract<Frame, { status: 'ready' }>, ctx: RenderContext): TemplateResult {
    const empty = f.results.length ? nothing : renderEmpty(f.model.barriers.length, f.filters.query.trim() !== '', this.clearFilters);
    if (this.currentView === 'elements') {
      const view = f.results.length ? renderElementView(f.model.sections, new Set(f.results), { filtered: f.filtered, elements: f.filters.elements }, ctx) : nothing;
      return html`${empty}${view}`;
    }
    const shown = new Set(f.shown < f.results.length ? f.results.slice(0, f.shown) : f.results);
    // Open disclosures, read from the DOM (a toggle event would arrive a task too late).
    const open = new Set([...this.renderRoot.querySelectorAll('.barrier > details[open]')].map((d) => (d.parentElement as HTMLElement).dataset.id ?? ''));
    return html`${empty}${renderBarrierList(f.model.barriers, shown, open, ctx)}${f.shown < f.results.length
      ? renderShowMore(Math.min(this.page, f.results.length - f.shown), this.showMore)
      : nothing}`;
  }

  protected override render(): TemplateResult {
    const f = this.frame;
    if (f.status === 'loading') return renderLoading('Loading the barriers…', 'tall');
    if (f.status === 'error') return renderError('The barriers could not be shown', f.message, f.errors);
    return html`${renderSkippedNote(f.model)} ${renderViewSwitch(this.currentView, (view) => this.commit({ view }))}
      <div class="layout">
        <div class="sidebar">${renderFilterPanel(this.panel(f.model, f.filters))}</div>
        <div class="results" part="results">
          ${renderChips(filterChips(f.model, f.filters), this.removeChip, this.clearFilters)}
          <p class="cl-result-count" part="count" role="status" tabindex="-1">${this.statusText}</p>
          ${this.renderResults(f, this.renderContext())}
        </div>
      </div>`;
  }
}
