/**
 * The gallery's data work, apart from the element: checking property data, building the search
 * text once per list and data set, filtering, and counting per discipline. Built for 1,000 case
 * studies filtered on every keystroke: the expensive part (normalising text, resolving
 * disciplines) happens once per list and is cached; filtering is one pass of `includes`.
 */
import { disciplineOf, type DatasetIndex } from '../data/lookup.js';
import type { CaseStudy } from '../data/schema.js';
import type { ValidationResult } from '../data/validate.js';
import { rememberValid } from '../data/known-results.js';
import { matchesQuery, normaliseText, queryWords } from '../internal/search.js';

/** Checks one case study given by property (the lazily loaded `validators.caseStudy`). */
export type CaseStudyCheck = (value: unknown, label: string) => ValidationResult<CaseStudy>;

/** What the gallery's count and "Show more" call its records. */
export const NOUN = { one: 'case study', many: 'case studies' };

/** The discipline id of allied health professionals. */
export const AHP = 'ahp';
/** The filter option for case studies whose discipline is not in the data set. */
export const OTHER = 'other';

export interface Entry {
  /** What the card is given: the object as the host passed it (so the card's validation is a cache hit). */
  input: unknown;
  caseStudy: CaseStudy;
  disciplineId: string;
  /** Name, role, organisation, summary and profession, normalised for search. */
  text: string;
}

export interface Entries {
  entries: Entry[];
  /** Readable problems with records that were left out. */
  problems: string[];
}

export interface DisciplineOption {
  id: string;
  label: string;
  /** Case studies of this discipline that match the search text. */
  count: number;
}

export interface FilterResult {
  /** Whether each entry (in order) matches. */
  shown: boolean[];
  /** The matching entries, in order. */
  matches: Entry[];
  count: number;
  /** Per discipline, how many case studies match the search text (ignoring the discipline filter). */
  facets: Map<string, number>;
}

const entryCache = new WeakMap<object, { index: DatasetIndex | undefined; result: Entries }>();

function entryOf(input: unknown, caseStudy: CaseStudy, index: DatasetIndex | undefined): Entry {
  const profession = index?.professions.get(caseStudy.professionId);
  const discipline = index ? disciplineOf(index, caseStudy.professionId) : undefined;
  const text = normaliseText([caseStudy.name, caseStudy.role, caseStudy.organisation, caseStudy.summary, profession?.label ?? ''].join(' '));
  return { input, caseStudy, disciplineId: discipline?.id ?? OTHER, text };
}

/**
 * Entries for a list of case studies, cached per list object and data set. Without `check`, the
 * list comes from a validated data set and is not checked again (its records are remembered as
 * valid, so the cards they are given to render at once); property lists are checked record by
 * record (invalid records and repeated ids are left out and reported).
 */
export function entriesFor(list: unknown, index: DatasetIndex | undefined, check?: CaseStudyCheck): Entries {
  if (!Array.isArray(list)) {
    const what = list === null ? 'null' : typeof list;
    return { entries: [], problems: [`caseStudies must be a list of case studies, not ${what}.`] };
  }
  const cached = entryCache.get(list);
  if (cached && cached.index === index) return cached.result;
  const entries: Entry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  list.forEach((input: unknown, i) => {
    let caseStudy: CaseStudy;
    if (!check) {
      caseStudy = input as CaseStudy;
      rememberValid('caseStudy', caseStudy);
    } else {
      const result = check(input, `caseStudies[${i}]`);
      if (!result.ok) {
        problems.push(...result.errors);
        return;
      }
      caseStudy = result.value;
    }
    const first = seen.get(caseStudy.id);
    if (first !== undefined) {
      problems.push(`caseStudies[${i}] '${caseStudy.id}': duplicate id (also caseStudies[${first}]); left out.`);
      return;
    }
    seen.set(caseStudy.id, i);
    entries.push(entryOf(input, caseStudy, index));
  });
  const result = { entries, problems };
  entryCache.set(list, { index, result });
  return result;
}

/** Which entries match: any selected discipline (none selected = all), and every word of the query. */
export function filterEntries(entries: readonly Entry[], disciplines: readonly string[], query: string): FilterResult {
  const selected = new Set(disciplines);
  const words = queryWords(query);
  const shown: boolean[] = new Array(entries.length);
  const matches: Entry[] = [];
  const facets = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const textMatch = words.length === 0 || matchesQuery(entry.text, words);
    if (textMatch) facets.set(entry.disciplineId, (facets.get(entry.disciplineId) ?? 0) + 1);
    const show = textMatch && (selected.size === 0 || selected.has(entry.disciplineId));
    shown[i] = show;
    if (show) matches.push(entry);
  }
  return { shown, matches, count: matches.length, facets };
}

/**
 * The discipline checkboxes: every discipline with at least one case study, in the data set's
 * order, then "Other" when some disciplines are unknown. A selected discipline stays listed so it
 * can be unticked.
 */
export function disciplineOptions(
  entries: readonly Entry[],
  index: DatasetIndex | undefined,
  selected: readonly string[],
  facets: Map<string, number>,
): DisciplineOption[] {
  const present = new Set(entries.map((e) => e.disciplineId));
  for (const id of selected) present.add(id);
  const options: DisciplineOption[] = [];
  for (const d of index?.disciplines.values() ?? []) {
    if (present.delete(d.id)) options.push({ id: d.id, label: d.label, count: facets.get(d.id) ?? 0 });
  }
  for (const id of present) options.push({ id, label: disciplineLabel(id, index), count: facets.get(id) ?? 0 });
  return options;
}

export function disciplineLabel(id: string, index: DatasetIndex | undefined): string {
  const known = index?.disciplines.get(id)?.label;
  if (known) return known;
  if (id === OTHER) return 'Other';
  const text = id.replace(/[-_]+/g, ' ').trim();
  return text ? text[0].toUpperCase() + text.slice(1) : id;
}
