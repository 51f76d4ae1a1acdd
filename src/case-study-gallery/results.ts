/**
 * The gallery's ready state: coverage note, problems, filter panel, count, the cards (a page at a
 * time, keyed by id) and "Show more". A function of the frame and the element's settings, apart
 * from the element so that it keeps to its state and events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DatasetIndex } from '../data/lookup.js';
import type { CaseStudy, Coverage } from '../data/schema.js';
import { renderError, type ViewState } from '../internal/states.js';
import { NOUN, type DisciplineOption, type Entries, type FilterResult } from './filter.js';
import { showMoreText } from '../internal/filter-text.js';
import { renderCoverage, renderEmpty, renderFilterPanel, type PanelActions } from './panel.js';

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
  return html`${renderCoverage(f.coverage, view.docsHref)}
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
