/**
 * "Show prompts for": filters the Answer view to the prompts mapped to one CQC well-led quality
 * statement or one LCF domain (the data set's `frameworkMaps`; our mapping, not CQC's or NHS
 * England's). Loaded once the checklist has maps; progress still counts every prompt.
 */
import { css, html, type TemplateResult } from 'lit';
import type { FrameworkMap } from '../../data/schema.js';
import type { ChecklistHost } from '../host.js';
import { itemLabel, mappedPromptIds, mapTitle, OUR_MAPPING } from '../model/framework-map.js';
import type { ChecklistGroup } from '../model/progress.js';

/** The groups with only the prompts mapped to `filter` (elements left empty are dropped); all of them for no or an unknown filter. */
export function filterGroups(groups: ChecklistGroup[], maps: readonly FrameworkMap[], filter: string): ChecklistGroup[] {
  const ids = filter ? mappedPromptIds(maps, filter) : undefined;
  if (!ids) return groups;
  return groups.map((g) => ({ ...g, prompts: g.prompts.filter((p) => ids.has(p.id)) })).filter((g) => g.prompts.length);
}

type FilterHost = Pick<ChecklistHost, 'announce'> & { frameworkFilter: string };

/** The select, with the count of prompts shown and the framework's date and currency. */
export function renderFilter(host: FilterHost, maps: readonly FrameworkMap[], filter: string, shown: ChecklistGroup[]): TemplateResult {
  const known = !!filter && !!mappedPromptIds(maps, filter);
  const count = shown.reduce((n, g) => n + g.prompts.length, 0);
  const map = known ? maps.find((m) => m.id === filter.split(':')[0]) : undefined;
  const onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    host.frameworkFilter = value;
    const ids = value ? mappedPromptIds(maps, value) : undefined;
    host.announce(ids ? `${ids.size === 1 ? '1 prompt' : `${ids.size} prompts`} shown (${OUR_MAPPING.toLowerCase()}).` : 'Every prompt shown.');
  };
  return html`<div class="framework-filter">
    <label class="field-label" for="framework-filter">Show prompts for</label>
    <p class="cl-secondary" id="framework-filter-hint">A CQC well-led quality statement or a leadership competency framework domain. ${OUR_MAPPING}.</p>
    <select id="framework-filter" class="framework-select" aria-describedby="framework-filter-hint" @change=${onChange}>
      <option value="" ?selected=${!known}>Every prompt</option>
      ${maps.map((m) => html`<optgroup label=${mapTitle(m)}>
        ${m.items.map((i) => html`<option value="${m.id}:${i.id}" ?selected=${filter === `${m.id}:${i.id}`}>${itemLabel(i)}</option>`)}
      </optgroup>`)}
    </select>
    ${known
      ? html`<p class="framework-filter-count">${count === 1 ? '1 prompt is' : `${count} prompts are`} mapped to this ${map!.itemNoun} (${OUR_MAPPING.toLowerCase()}).
          ${map!.currency ? html`<span class="cl-secondary">${map!.currency}</span>` : ''}</p>`
      : ''}
  </div>`;
}

export const viewStyles = css`
  .framework-filter {
    margin: 0 0 var(--cl-space-4);
  }
  .framework-filter .field-label {
    display: block;
    font-weight: var(--cl-font-weight-bold);
  }
  .framework-filter p {
    margin: 0 0 var(--cl-space-2);
  }
  .framework-select {
    max-width: 100%;
    min-height: 40px;
    border: 2px solid var(--cl-color-input-border);
    background: var(--cl-color-surface);
    color: inherit;
    font: inherit;
  }
  .framework-select:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
  }
`;
