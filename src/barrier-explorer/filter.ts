/**
 * The explorer's filter semantics, as pure functions over prepared items (no DOM, no Lit):
 * OR within a group, AND across groups; a barrier that names no discipline affects every
 * discipline, so it matches any discipline filter; the search matches when every word of the query
 * occurs in the item's normalised title and description (src/internal/search.ts).
 */
import { matchesQuery, queryWords } from '../internal/search.js';

export type FilterGroup = 'levels' | 'elements' | 'disciplines';

/** What the user has chosen. Empty lists and a blank query mean "no filter". */
export interface FilterState {
  levels: string[];
  elements: string[];
  disciplines: string[];
  query: string;
}

/** The facts a barrier is filtered on, prepared once per data set. */
export interface FilterItem {
  level: string;
  /** Framework elements that address the barrier (its own and those of its enablers). */
  elementIds: ReadonlySet<string>;
  /** Disciplines it is reported for; empty means all disciplines. */
  disciplineIds: readonly string[];
  /** Normalised title and description (`normaliseText`). */
  search: string;
}

export const EMPTY_FILTERS: FilterState = Object.freeze({ levels: [], elements: [], disciplines: [], query: '' }) as FilterState;

/** A filter state turned into sets and query words, so each item is checked in constant time. */
export interface CompiledFilter {
  levels: ReadonlySet<string> | null;
  elements: ReadonlySet<string> | null;
  disciplines: ReadonlySet<string> | null;
  words: string[];
}

const asSet = (list: readonly string[]) => (list.length ? new Set(list) : null);

export function compileFilter(state: FilterState): CompiledFilter {
  return {
    levels: asSet(state.levels),
    elements: asSet(state.elements),
    disciplines: asSet(state.disciplines),
    words: queryWords(state.query),
  };
}

export function isFiltered(state: FilterState): boolean {
  return state.levels.length + state.elements.length + state.disciplines.length > 0 || queryWords(state.query).length > 0;
}

function matchesElements(item: FilterItem, wanted: ReadonlySet<string>): boolean {
  for (const id of wanted) if (item.elementIds.has(id)) return true;
  return false;
}

function matchesDisciplines(item: FilterItem, wanted: ReadonlySet<string>): boolean {
  if (item.disciplineIds.length === 0) return true;
  return item.disciplineIds.some((id) => wanted.has(id));
}

/** True when the item passes every group of the filter except `ignore` (used for option counts). */
export function matchesFilter(item: FilterItem, f: CompiledFilter, ignore?: FilterGroup): boolean {
  if (ignore !== 'levels' && f.levels && !f.levels.has(item.level)) return false;
  if (ignore !== 'elements' && f.elements && !matchesElements(item, f.elements)) return false;
  if (ignore !== 'disciplines' && f.disciplines && !matchesDisciplines(item, f.disciplines)) return false;
  return f.words.length === 0 || matchesQuery(item.search, f.words);
}

export function filterItems<T extends FilterItem>(items: readonly T[], f: CompiledFilter): T[] {
  return items.filter((item) => matchesFilter(item, f));
}

/**
 * How many items each option of a group would show, given the choices in the other groups and the
 * search (the usual faceted count: ticking the option adds exactly these).
 */
export function optionCounts(items: readonly FilterItem[], f: CompiledFilter, group: FilterGroup, options: readonly string[]): Map<string, number> {
  const counts = new Map(options.map((o) => [o, 0] as [string, number]));
  const bump = (id: string) => {
    const n = counts.get(id);
    if (n !== undefined) counts.set(id, n + 1);
  };
  for (const item of items) {
    if (!matchesFilter(item, f, group)) continue;
    if (group === 'levels') bump(item.level);
    else if (group === 'elements') item.elementIds.forEach(bump);
    else if (item.disciplineIds.length === 0) options.forEach(bump);
    else new Set(item.disciplineIds).forEach(bump);
  }
  return counts;
}

/** Keeps only known values, once each, in the order of `known`. */
export function knownOnly(values: readonly string[], known: readonly string[]): string[] {
  const wanted = new Set(values);
  return known.filter((k) => wanted.has(k));
}
