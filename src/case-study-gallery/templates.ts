/**
 * The gallery's templates. The filter panel (MOJ filter pattern: selected filters as chips with
 * "Clear filters", a search box, the "AHPs only" toggle and a fieldset of discipline checkboxes),
 * the empty-result message, the coverage note, and the ready state: coverage note, problems, filter
 * panel, count, the cards (a page at a time, keyed by id) and "Show more". Template functions only:
 * state and events stay in the element, which passes its actions in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DatasetIndex } from '../data/lookup.js';
import type { CaseStudy, Coverage } from '../data/schema.js';
import { showMoreText } from '../internal/filter-text.js';
import { heading } from '../internal/heading.js';
import { renderError, type ViewState } from '../internal/states.js';
import { safeHref } from '../internal/url.js';
import { AHP, disciplineLabel, NOUN, type DisciplineOption, type Entries, type FilterResult } from './model.js';
import type { FilterState } from './url-state.js';

export interface Chip {
  /** `discipline:<id>` or `query`; also the chip's `data-chip`, used to move focus. */
  key: string;
  label: string;
  /** The filters without this one. */
  remove: () => Partial<FilterState>;
}

export interface PanelModel extends FilterState {
  options: DisciplineOption[];
  /** Whether any case study is an AHP (the toggle is shown only then, or while it is on). */
  hasAhp: boolean;
  index?: DatasetIndex;
  /** Level of the panel heading. */
  level: number;
}

export interface PanelActions {
  change: (change: Partial<FilterState>, options?: { typing?: boolean }) => void;
  /** Removes the chip at `index` among the chips. */
  removeChip: (chip: Chip, index: number) => void;
  clear: () => void;
}

export const isAhpOnly = (disciplines: readonly string[]): boolean => disciplines.length === 1 && disciplines[0] === AHP;

export function chipsFor(model: PanelModel): Chip[] {
  const chips: Chip[] = model.disciplines.map((id) => ({
    key: `discipline:${id}`,
    label: disciplineLabel(id, model.index),
    remove: () => ({ disciplines: model.disciplines.filter((d) => d !== id) }),
  }));
  const query = model.query.trim();
  if (query) chips.push({ key: 'query', label: `Search: \u201c${query}\u201d`, remove: () => ({ query: '' }) });
  return chips;
}

export function renderFilterPanel(model: PanelModel, actions: PanelActions): TemplateResult {
  const chips = chipsFor(model);
  const ahpOnly = isAhpOnly(model.disciplines);
  const toggleDiscipline = (id: string, checked: boolean) => {
    const rest = model.disciplines.filter((d) => d !== id);
    actions.change({ disciplines: checked ? [...rest, id] : rest });
  };
  return html`<div class="cl-filter filters" part="filters" role="search" aria-labelledby="filters-heading">
    ${heading(model.level, 'Filter case studies', 'filters__heading', 'filters-heading', 'filters-heading')}
    ${chips.length
      ? html`<div class="selected" part="selected">
          <p class="cl-label" id="selected-label">Selected filters</p>
          <ul class="cl-chips" aria-labelledby="selected-label">
            ${chips.map(
              (chip, i) => html`<li>
                <button type="button" class="cl-chip" data-chip=${chip.key} @click=${() => actions.removeChip(chip, i)}>
                  <span class="cl-visually-hidden">Remove filter: </span>${chip.label}
                </button>
              </li>`,
            )}
          </ul>
          <button type="button" class="cl-button cl-button--secondary cl-button--small clear" @click=${actions.clear}>Clear filters</button>
        </div>`
      : nothing}
    <div class="cl-field">
      <label for="search">Search case studies</label>
      <p class="hint" id="search-hint">Names, professions, roles, organisations and summaries</p>
      <input
        id="search"
        class="cl-input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        maxlength="200"
        aria-describedby="search-hint"
        .value=${live(model.query)}
        @input=${(e: Event) => actions.change({ query: (e.target as HTMLInputElement).value }, { typing: true })}
      />
    </div>
    ${model.hasAhp || ahpOnly
      ? html`<div class="quick">
          <button
            type="button"
            class="cl-button cl-button--secondary cl-button--small toggle"
            part="ahp-toggle"
            aria-pressed=${ahpOnly ? 'true' : 'false'}
            aria-describedby="ahp-hint"
            @click=${() => actions.change({ disciplines: ahpOnly ? [] : [AHP] })}
          >
            AHPs only
          </button>
          <p class="hint" id="ahp-hint">Show allied health professionals only</p>
        </div>`
      : nothing}
    <fieldset>
      <legend>Discipline</legend>
      ${model.options.map(
        (o) => html`<div class="cl-checkbox">
          <input
            type="checkbox"
            id="discipline-${o.id}"
            .checked=${live(model.disciplines.includes(o.id))}
            @change=${(e: Event) => toggleDiscipline(o.id, (e.target as HTMLInputElement).checked)}
          />
          <label for="discipline-${o.id}">${o.label} <span class="count">(${o.count})</span></label>
        </div>`,
      )}
    </fieldset>
  </div>`;
}

/** Nothing matches: say so, suggest what to change, and offer "Clear filters". */
export function renderEmpty(model: FilterState, clear: () => void): TemplateResult {
  const n = model.disciplines.length;
  return html`<div class="empty" part="empty">
    <p class="empty__title">No case studies match your filters.</p>
    <p>You could:</p>
    <ul>
      ${n ? html`<li>${isAhpOnly(model.disciplines) ? 'turn off \u201cAHPs only\u201d' : n > 1 ? 'remove a discipline' : 'choose another discipline'}</li>` : nothing}
      ${model.query.trim() ? html`<li>check the spelling of your search, or use fewer or different words</li>` : nothing}
    </ul>
    <button type="button" class="cl-button cl-button--secondary clear" @click=${clear}>Clear filters</button>
  </div>`;
}

/**
 * "6 of the 11 case studies in the compendium are included (one by our inference); add your own with a
 * data file." `inferred` counts the records whose place in the compendium is our inference.
 */
export function renderCoverage(coverage: Coverage | undefined, docsHref: unknown, inferred = 0): TemplateResult | typeof nothing {
  if (!coverage) return nothing;
  const href = safeHref(docsHref);
  const addYourOwn = 'add your own with a data file';
  return html`<p class="coverage" part="coverage">
    ${coverage.caseStudiesIncluded} of the ${coverage.caseStudiesInCompendium} case studies in the compendium are
    included${inferred ? ` (${inferred === 1 ? 'one' : inferred} by our inference)` : ''};
    ${href ? html`<a href=${href}>${addYourOwn}</a>` : addYourOwn}.
  </p>`;
}

/** What the gallery shows, computed in willUpdate from its properties and data. */
export type Frame = ViewState<{
  data: Entries;
  index?: DatasetIndex;
  /** The coverage note, when the gallery shows the bundled data set. */
  coverage?: Coverage;
  disciplines: string[];
  query: string;
  filtered: boolean;
  result: FilterResult;
  /** How many of the matches are on the page. */
  limit: number;
  options: DisciplineOption[];
  hasAhp: boolean;
}>;

/** The element's settings and handlers that the ready state needs. */
export interface ResultsView {
  statusText: string;
  docsHref: string;
  /** Heading level inside the gallery (filter panel and cards). */
  level: number;
  cardVariant: string;
  barrierHref?: string;
  enablerHref?: string;
  /** Cards added by each "Show more". */
  pageSize: number;
  actions: PanelActions;
  clearFilters: () => void;
  showMore: () => void;
}

export function renderResults(f: Extract<Frame, { status: 'ready' }>, view: ResultsView): TemplateResult {
  const total = f.data.entries.length;
  const inferred = f.coverage ? f.data.entries.filter((e) => e.caseStudy.inCompendiumInferred).length : 0;
  return html`${renderCoverage(f.coverage, view.docsHref, inferred)}
    ${f.data.problems.length
      ? renderError(
          total ? 'Some case studies could not be shown' : 'The case studies cannot be shown',
          'These records are not valid and were left out:',
          f.data.problems,
        )
      : nothing}
    ${total === 0
      ? html`<p class="cl-result-count" role="status" part="count" tabindex="-1">${view.statusText}</p>`
      : html`<div class="layout">
          ${renderFilterPanel(
            { disciplines: f.disciplines, query: f.query, options: f.options, hasAhp: f.hasAhp, index: f.index, level: view.level },
            view.actions,
          )}
          <div class="results">
            <p class="cl-result-count" role="status" part="count" tabindex="-1">${view.statusText}</p>
            ${f.result.count === 0
              ? renderEmpty(f, view.clearFilters)
              : html`<ul class="grid" role="list" part="list">
                  ${repeat(
                    f.limit < f.result.matches.length ? f.result.matches.slice(0, f.limit) : f.result.matches,
                    (e) => e.caseStudy.id,
                    (e) => html`<li class="grid__item">
                      <case-study-card
                        .caseStudy=${e.input as CaseStudy}
                        heading-level=${view.level}
                        variant=${view.cardVariant === 'full' ? 'full' : 'compact'}
                        barrier-href=${ifDefined(view.barrierHref)}
                        enabler-href=${ifDefined(view.enablerHref)}
                      ></case-study-card>
                    </li>`,
                  )}
                </ul>`}
            ${f.limit < f.result.count
              ? html`<p class="more">
                  <button type="button" class="cl-button cl-button--secondary" part="show-more" @click=${view.showMore}>
                    ${showMoreText(NOUN, Math.min(view.pageSize, f.result.count - f.limit))}
                  </button>
                </p>`
              : nothing}
          </div>
        </div>`}`;
}
