/**
 * The filter panel (MOJ filter pattern with NHS small checkboxes), the selected-filter chips and
 * the view switch. Pure templates: the element passes in what to show and what to call.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../../internal/heading.js';
import type { FilterGroup, FilterState } from '../filter.js';
import type { Chip, FilterOption } from '../model.js';
import type { ExplorerView } from '../url-state.js';

export interface FilterPanel {
  level: number;
  state: FilterState;
  groups: ReadonlyArray<{ group: FilterGroup; legend: string; options: FilterOption[] }>;
  open: boolean;
  toggleOpen(): void;
  toggle(group: FilterGroup, id: string, checked: boolean): void;
  search(query: string): void;
}

const ID_PREFIX: Record<FilterGroup, string> = { levels: 'level', elements: 'element', disciplines: 'discipline' };

function renderGroup(panel: FilterPanel, group: FilterGroup, legend: string, options: FilterOption[]): TemplateResult {
  const selected = new Set(panel.state[group]);
  return html`<fieldset class="filter-group" part="filter-group">
    <legend>${legend}</legend>
    ${options.map((o) => {
      const id = `${ID_PREFIX[group]}-${o.id}`;
      return html`<div class="cl-checkbox">
        <input
          type="checkbox"
          id=${id}
          name=${ID_PREFIX[group]}
          value=${o.id}
          .checked=${live(selected.has(o.id))}
          @change=${(e: Event) => panel.toggle(group, o.id, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${o.label} <span class="option-count">(${o.count})</span></label>
      </div>`;
    })}
  </fieldset>`;
}

export function renderFilterPanel(panel: FilterPanel): TemplateResult {
  return html`<button
      type="button"
      class="cl-button cl-button--secondary cl-button--small filter-toggle"
      part="filter-toggle"
      aria-expanded=${panel.open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${panel.toggleOpen}
    >
      ${panel.open ? 'Hide filters' : 'Show filters'}
    </button>
    <form
      id="filters"
      class="cl-filter filters ${panel.open ? 'is-open' : ''}"
      part="filters"
      role="search"
      aria-label="Filter barriers"
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${heading(panel.level, 'Filter', 'cl-heading filters__title', 'filters-heading')}
      <div class="cl-field">
        <label for="search">Search barriers</label>
        <p class="hint" id="search-hint">Words from a barrier’s title or description</p>
        <input
          id="search"
          class="cl-input"
          type="search"
          name="q"
          autocomplete="off"
          spellcheck="false"
          maxlength="200"
          aria-describedby="search-hint"
          .value=${live(panel.state.query)}
          @input=${(e: Event) => panel.search((e.target as HTMLInputElement).value)}
        />
      </div>
      ${panel.groups.map((g) => (g.options.length ? renderGroup(panel, g.group, g.legend, g.options) : nothing))}
    </form>`;
}

export function renderChips(chips: readonly Chip[], remove: (chip: Chip, index: number) => void, clear: () => void): TemplateResult | typeof nothing {
  if (!chips.length) return nothing;
  return html`<div class="selected" part="selected">
    <p class="selected__title" id="selected-title">Selected filters</p>
    <ul class="cl-chips" aria-labelledby="selected-title">
      ${chips.map(
        (c, i) => html`<li>
          <button type="button" class="cl-chip" data-chip=${`${c.group}:${c.id}`} @click=${() => remove(c, i)}>
            <span class="cl-visually-hidden">Remove filter: </span>${c.label}
          </button>
        </li>`,
      )}
    </ul>
    <button type="button" class="cl-link-button clear-filters" @click=${clear}>Clear filters</button>
  </div>`;
}

export function renderViewSwitch(view: ExplorerView, change: (view: ExplorerView) => void): TemplateResult {
  const option = (value: ExplorerView, label: string) => html`<div class="cl-radio">
    <input
      type="radio"
      id="view-${value}"
      name="view"
      value=${value}
      .checked=${live(view === value)}
      @change=${(e: Event) => (e.target as HTMLInputElement).checked && change(value)}
    />
    <label for="view-${value}">${label}</label>
  </div>`;
  return html`<fieldset class="view-switch" part="view-switch">
    <legend>View</legend>
    <div class="view-switch__options">${option('barriers', 'Barriers')} ${option('elements', 'By framework element')}</div>
  </fieldset>`;
}
