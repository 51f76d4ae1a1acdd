import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Barrier, Enabler } from '../data/schema.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { DEFAULT_PAGE_SIZE, FilterController } from '../internal/filter-controller.js';
import { cleanList, listConverter } from '../internal/filter-list.js';
import { filterStyles } from '../internal/filter-styles.js';
import { clampLevel } from '../internal/heading.js';
import { fireSelect } from '../internal/select-event.js';
import { ValidatorsNeed } from '../internal/lazy-validation.js';
import { resolveData } from '../internal/resolve.js';
import { renderError, renderLoading, safely, type ViewState } from '../internal/states.js';
import { shared } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { styles } from './barrier-explorer.styles.js';
import { compileFilter, filterItems, isFiltered, knownOnly, type FilterGroup, type FilterState } from './filter.js';
import { LEVELS, NOUN, templateHref } from './text.js';
import { explorerModel, filterChips, filterGroups, TAG, type Chip, type ExplorerBarrier, type ExplorerModel } from './model.js';
import { renderBarrierList, renderElementView, renderEmpty, renderShowMore, renderSkippedNote, type RenderContext } from './templates/barrier.js';
import { renderChips, renderFilterPanel, renderViewSwitch, type FilterPanel } from './templates/filters.js';
import { fromHash, toHash, type ExplorerState, type ExplorerView } from './url-state.js';

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

// This widget's entry in the one 'cl-filter-change' HTMLElementEventMap entry (internal/filter-controller.ts).
declare module '../internal/filter-controller.js' {
  interface FilterChangeDetails {
    'barrier-explorer': FilterChangeDetail;
  }
}

/** What willUpdate works out once per update for render, the status line and events. */
type Frame = ViewState<{
  model: ExplorerModel;
  filters: FilterState;
  filtered: boolean;
  results: ExplorerBarrier[];
  /** How many of the results are on the page (the list view). */
  shown: number;
}>;

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
   * Mirror the view and filters in the page URL's hash so a link restores them. Absent or `"false"`:
   * off. With no value or `"true"`: on, under the key `explorer`. Any other value is the key,
   * lower-cased (`sync-url="barriers"` → `#barriers.level=…`); one that is not a letter followed by
   * letters, digits or hyphens falls back to `explorer`. The same grammar as every widget's `sync-url`.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | boolean | null = null;

  /** Make case-study names links, e.g. `/leaders#{id}`; `{id}` is replaced by the URL-encoded id. */
  @property({ attribute: 'case-study-href' }) caseStudyHref?: string;

  /**
   * How many matching barriers the list shows at first, and how many more each "Show more" adds.
   * Keeps a list of 1,000 barriers quick to filter; `0` shows every match at once.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = DEFAULT_PAGE_SIZE;

  @state() private filtersOpen = false;

  private data = new DatasetController(this);
  private validators = new ValidatorsNeed(this, TAG);
  private frame: Frame = { status: 'loading' };

  private filters = new FilterController<ExplorerState>(this, {
    defaultKey: 'explorer',
    noun: NOUN,
    hash: { fromHash, toHash },
    cleared: { levels: [], elements: [], disciplines: [], query: '' },
    resets: ['barriers', 'enablers', 'pageSize'],
    shown: () => {
      const f = this.frame;
      if (f.status !== 'ready') return undefined;
      const count = f.results.length;
      const onPage = this.currentView === 'barriers' ? f.shown : count;
      return { state: { view: this.currentView, ...f.filters }, filtered: f.filtered, count, total: f.model.barriers.length, onPage };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.filters.willUpdate(changed);
    this.frame = safely(TAG, 'The barriers', () => this.computeFrame());
  }

  private computeFrame(): Frame {
    const barriers = this.barriers ?? undefined;
    const enablers = this.enablers ?? undefined;
    // Records given by property are checked by the lazily loaded validators; the data set's are valid.
    const state = resolveData({ tag: TAG, data: this.data, validators: this.validators, dataset: 'required', validate: [barriers, enablers] });
    if (state.status !== 'ready') return state;
    const model = explorerModel({ barriers, enablers, dataset: state.dataset!, check: state.validators }, state.index!);
    const filters: FilterState = {
      levels: knownOnly(cleanList(this.levels), LEVELS),
      elements: knownOnly(cleanList(this.elements), model.elements.map((e) => e.id)),
      disciplines: knownOnly(cleanList(this.disciplines), model.disciplines.map((d) => d.id)),
      query: typeof this.query === 'string' ? this.query : '',
    };
    const results = filterItems(model.barriers, compileFilter(filters));
    return { status: 'ready', model, filters, filtered: isFiltered(filters), results, shown: Math.min(this.filters.limit, results.length) };
  }

  private get currentView(): ExplorerView {
    return this.view === 'elements' ? 'elements' : 'barriers';
  }

  private toggle = (group: FilterGroup, id: string, checked: boolean): void => {
    if (this.frame.status !== 'ready') return;
    const current = this.frame.filters[group];
    this.filters.commit({ [group]: checked ? [...current.filter((v) => v !== id), id] : current.filter((v) => v !== id) });
  };

  private removeChip = (chip: Chip, index: number): void => {
    const change = chip.group === 'query' ? { query: '' } : this.frame.status === 'ready' ? { [chip.group]: this.frame.filters[chip.group].filter((v) => v !== chip.id) } : {};
    this.filters.removeChip(index, change);
  };

  private selectCaseStudy = (id: string, event?: Event): void => {
    if (!fireSelect(this, { kind: 'case-study', id })) event?.preventDefault();
  };

  private showBarrier = (id: string): void => {
    // Beyond the page: show enough pages to include it.
    const at = this.frame.status === 'ready' ? this.frame.results.findIndex((b) => b.id === id) : -1;
    const page = this.filters.page;
    if (at >= this.filters.limit) this.filters.limit = Math.ceil((at + 1) / page) * page;
    this.filters.commit(
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
      search: (query) => this.filters.commit({ query }, { typing: true }),
    };
  }

  private renderResults(f: Extract<Frame, { status: 'ready' }>, ctx: RenderContext): TemplateResult {
    const empty = f.results.length ? nothing : renderEmpty(f.model.barriers.length, f.filters.query.trim() !== '', this.filters.clear);
    if (this.currentView === 'elements') {
      const view = f.results.length ? renderElementView(f.model.sections, new Set(f.results), { filtered: f.filtered, elements: f.filters.elements }, ctx) : nothing;
      return html`${empty}${view}`;
    }
    const shown = new Set(f.shown < f.results.length ? f.results.slice(0, f.shown) : f.results);
    // Open disclosures, read from the DOM (a toggle event would arrive a task too late).
    const open = new Set([...this.renderRoot.querySelectorAll('.barrier > details[open]')].map((d) => (d.parentElement as HTMLElement).dataset.id ?? ''));
    return html`${empty}${renderBarrierList(f.model.barriers, shown, open, ctx)}${f.shown < f.results.length
      ? renderShowMore(Math.min(this.filters.page, f.results.length - f.shown), this.filters.showMore)
      : nothing}`;
  }

  protected override render(): TemplateResult {
    const f = this.frame;
    if (f.status === 'loading') return renderLoading('Loading the barriers…', 'tall');
    if (f.status === 'error') return renderError('The barriers could not be shown', f.message, f.errors);
    return html`${renderSkippedNote(f.model)} ${renderViewSwitch(this.currentView, (view) => this.filters.commit({ view }))}
      <div class="layout">
        <div class="sidebar">${renderFilterPanel(this.panel(f.model, f.filters))}</div>
        <div class="results" part="results">
          ${renderChips(filterChips(f.model, f.filters), this.removeChip, this.filters.clear)}
          <p class="cl-result-count" part="count" role="status" tabindex="-1">${this.filters.statusText}</p>
          ${this.renderResults(f, this.renderContext())}
        </div>
      </div>`;
  }
}
