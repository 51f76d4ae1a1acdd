/**
 * The explorer's view and filters as hash parameters (`#explorer.view=elements&explorer.level=system`),
 * through the shared hash-state helpers. Defaults are left out, so an unfiltered explorer adds nothing.
 */
import { readHashState, readList, writeHashState } from '../internal/hash-state.js';
import type { FilterState } from './filter.js';

export type ExplorerView = 'barriers' | 'elements';

export interface ExplorerState extends FilterState {
  view: ExplorerView;
}

export const DEFAULT_KEY = 'explorer';

/** The hash key from the `sync-url` attribute: its value when it is a plain word, else the default. */
export function hashKey(attribute: string | null | undefined): string | undefined {
  if (attribute === null || attribute === undefined || attribute === 'false') return undefined;
  const value = attribute.trim().toLowerCase();
  return /^[a-z][a-z0-9-]{0,39}$/.test(value) && value !== 'true' ? value : DEFAULT_KEY;
}

/** The state stored under `key`, or undefined when the hash holds nothing for this explorer. */
export function readExplorerHash(key: string): ExplorerState | undefined {
  const values = readHashState(key);
  if (Object.keys(values).length === 0) return undefined;
  return {
    view: values.view === 'elements' ? 'elements' : 'barriers',
    levels: readList(values.level),
    elements: readList(values.element),
    disciplines: readList(values.discipline),
    query: (values.q ?? '').slice(0, 200),
  };
}

export function writeExplorerHash(key: string, state: ExplorerState): void {
  writeHashState(key, {
    view: state.view === 'elements' ? 'elements' : '',
    level: state.levels.join(','),
    element: state.elements.join(','),
    discipline: state.disciplines.join(','),
    q: state.query.trim(),
  });
}
