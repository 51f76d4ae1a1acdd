/**
 * The gallery's filters in the URL hash (`sync-url`): `#gallery.discipline=ahp,nurse&gallery.q=director`.
 * Built on the shared hash-state helpers, which leave other widgets' values and plain anchors alone.
 */
import { readHashState, readList, writeHashState } from '../internal/hash-state.js';
import { cleanList } from './filter.js';

export interface FilterState {
  disciplines: string[];
  query: string;
}

/** The filters stored under `key`, or undefined when the hash holds none of ours. */
export function readGalleryHash(key: string): FilterState | undefined {
  const values = readHashState(key);
  if (!('discipline' in values) && !('q' in values)) return undefined;
  return { disciplines: cleanList(readList(values.discipline)), query: values.q ?? '' };
}

export function writeGalleryHash(key: string, state: FilterState): void {
  writeHashState(key, { discipline: state.disciplines.join(','), q: state.query });
}

/**
 * What a `hashchange` means for the gallery: our values when the hash has them, "no filters" when
 * the hash is now empty, and nothing (undefined) for a plain anchor such as `#section-2`.
 */
export function filtersAfterHashChange(key: string): FilterState | undefined {
  return readGalleryHash(key) ?? (location.hash.replace(/^#/, '') === '' ? { disciplines: [], query: '' } : undefined);
}
