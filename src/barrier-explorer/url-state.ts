/**
 * The explorer's view and filters as URL hash values (`#explorer.view=elements&explorer.level=system`).
 * Defaults are left out, so an unfiltered explorer adds nothing. The controller in
 * `internal/filter-controller.ts` reads and writes the hash under the key.
 */
import { hashQuery, type HashValues } from '../internal/filter-url.js';
import { cleanList } from '../internal/filter-list.js';
import type { FilterState } from './filter.js';

export type ExplorerView = 'barriers' | 'elements';

export interface ExplorerState extends FilterState {
  view: ExplorerView;
}

/** The state in the hash values under the explorer's key; none (`{}`) is the list with no filters. */
export function fromHash(values: HashValues): ExplorerState {
  return {
    view: values.view === 'elements' ? 'elements' : 'barriers',
    levels: cleanList(values.level),
    elements: cleanList(values.element),
    disciplines: cleanList(values.discipline),
    query: hashQuery(values.q),
  };
}

export function toHash(state: ExplorerState): HashValues {
  return {
    view: state.view === 'elements' ? 'elements' : '',
    level: state.levels.join(','),
    element: state.elements.join(','),
    discipline: state.disciplines.join(','),
    q: state.query.trim(),
  };
}
