/**
 * The gallery's filters as URL hash values (`sync-url`): `#gallery.discipline=ahp,nurse&gallery.q=director`.
 * The controller in `internal/filter-controller.ts` reads and writes the hash under the key.
 */
import { hashQuery, type HashValues } from '../internal/filter-url.js';
import { cleanList } from '../internal/filter-list.js';

export interface FilterState {
  disciplines: string[];
  query: string;
}

/** The filters in the hash values under the gallery's key; none (`{}`) is "no filters". */
export function fromHash(values: HashValues): FilterState {
  return { disciplines: cleanList(values.discipline), query: hashQuery(values.q) };
}

export function toHash(state: FilterState): HashValues {
  return { discipline: state.disciplines.join(','), q: state.query.trim() };
}
