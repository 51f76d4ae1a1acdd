/**
 * Turns barriers and enablers (from properties or the data set) into what the explorer renders:
 * every id resolved through the data set, records that cannot be shown skipped with one console
 * warning each, and the normalised search text computed once. Built once per combination of
 * inputs and cached, so filtering and re-rendering never repeat this work.
 */
import type { DatasetIndex } from '../data/lookup.js';
import type { Barrier, CaseStudy, Dataset, Discipline, Enabler, FrameworkElement, Source } from '../data/schema.js';
import type { ValidationResult } from '../data/validate.js';
import { normaliseText } from '../internal/search.js';
import { warnOnce } from '../internal/warn.js';
import { compileFilter, optionCounts, type FilterGroup, type FilterItem, type FilterState } from './filter.js';
import { LEVEL_LABELS, LEVELS } from './text.js';

export const TAG = 'barrier-explorer';

export interface EnablerGroup {
  elementId: string;
  /** Undefined when the enabler names an element the data set does not have. */
  element?: FrameworkElement;
  enablers: Enabler[];
}

export interface ExplorerBarrier extends FilterItem {
  id: string;
  barrier: Barrier;
  disciplines: Discipline[];
  /** Its enablers, grouped by framework element in the data set's element order. */
  enablerGroups: EnablerGroup[];
  caseStudies: CaseStudy[];
  sources: Source[];
}

export interface ElementSection {
  element: FrameworkElement;
  enablers: Array<{ enabler: Enabler; barriers: ExplorerBarrier[] }>;
  /** Barriers that name this element but none of its enablers. */
  otherBarriers: ExplorerBarrier[];
}

export interface ExplorerModel {
  barriers: ExplorerBarrier[];
  elements: FrameworkElement[];
  disciplines: Discipline[];
  sections: ElementSection[];
  /** Records given by property that failed validation (or repeated an id) and are not shown. */
  skippedBarriers: number;
  skippedEnablers: number;
}

type Check<T> = (value: unknown, label: string) => ValidationResult<T>;

export interface ModelInput {
  /** Barriers given by property (validated here), or undefined to use the data set's. */
  barriers?: unknown;
  enablers?: unknown;
  dataset: Dataset;
  /** The lazily loaded validators (lazy-validation.ts); needed only for records given by property. */
  check?: { barrier: Check<Barrier>; enabler: Check<Enabler> };
}

/** Validates property records one by one; bad ones and repeated ids are skipped with a warning. */
function validRecords<T extends { id: string }>(check: Check<T>, input: unknown, noun: string): { records: T[]; skipped: number } {
  if (!Array.isArray(input)) {
    warnOnce(TAG, `${noun} must be a list of records; it was ignored.`);
    return { records: [], skipped: 0 };
  }
  const records: T[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  input.forEach((record, i) => {
    let id: unknown;
    try {
      id = (record as { id?: unknown } | null)?.id;
    } catch {
      /* a hostile getter: no id in the message */
    }
    const label = `${noun}[${i}]` + (typeof id === 'string' && id ? ` '${id.slice(0, 80)}'` : '');
    const result = check(record, label);
    if (!result.ok) {
      skipped++;
      warnOnce(TAG, `${result.errors.join('; ')}. That record is not shown.`);
    } else if (seen.has(result.value.id)) {
      skipped++;
      warnOnce(TAG, `${noun}[${i}] '${result.value.id}': duplicate id. That record is not shown.`);
    } else {
      seen.add(result.value.id);
      records.push(result.value);
    }
  });
  return { records, skipped };
}

/** Looks ids up, leaving out (and warning once about) those that do not resolve. */
function resolveIds<T>(ids: readonly string[], map: ReadonlyMap<string, T>, where: string, noun: string): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const found = map.get(id);
    if (found) out.push(found);
    else warnOnce(TAG, `${where}: ${noun} '${id}' is not known; it is left out.`);
  }
  return out;
}

export function buildModel({ barriers: barrierInput, enablers: enablerInput, dataset, check }: ModelInput, index: DatasetIndex): ExplorerModel {
  const unchecked = (value: unknown, label: string): ValidationResult<never> => ({ ok: false, errors: [`${label} could not be checked`] });
  const fromBarriers = barrierInput === undefined ? { records: dataset.barriers, skipped: 0 } : validRecords(check?.barrier ?? unchecked, barrierInput, 'barriers');
  const fromEnablers = enablerInput === undefined ? { records: dataset.enablers, skipped: 0 } : validRecords(check?.enabler ?? unchecked, enablerInput, 'enablers');
  const enablerMap = enablerInput === undefined ? index.enablers : new Map(fromEnablers.records.map((e) => [e.id, e] as const));
  const elementOrder = new Map(dataset.elements.map((e, i) => [e.id, i] as const));

  const barriers = fromBarriers.records.map((barrier): ExplorerBarrier => {
    const where = `barrier '${barrier.id}'`;
    const enablers = resolveIds(barrier.enablerIds, enablerMap, where, 'enabler');
    const groups = new Map<string, EnablerGroup>();
    for (const enabler of enablers) {
      let group = groups.get(enabler.elementId);
      if (!group) {
        const element = index.elements.get(enabler.elementId);
        if (!element) warnOnce(TAG, `enabler '${enabler.id}': element '${enabler.elementId}' is not known.`);
        groups.set(enabler.elementId, (group = { elementId: enabler.elementId, element, enablers: [] }));
      }
      if (!group.enablers.includes(enabler)) group.enablers.push(enabler);
    }
    const rank = (g: EnablerGroup) => elementOrder.get(g.elementId) ?? Number.MAX_SAFE_INTEGER;
    const ownElements = resolveIds(barrier.elementIds, index.elements, where, 'element').map((e) => e.id);
    return {
      id: barrier.id,
      barrier,
      level: barrier.level,
      disciplines: resolveIds(barrier.disciplineIds, index.disciplines, where, 'discipline'),
      disciplineIds: barrier.disciplineIds.filter((id) => index.disciplines.has(id)),
      elementIds: new Set([...ownElements, ...enablers.map((e) => e.elementId).filter((id) => elementOrder.has(id))]),
      enablerGroups: [...groups.values()].sort((a, b) => rank(a) - rank(b)),
      caseStudies: index.caseStudiesByBarrier.get(barrier.id) ?? [],
      sources: resolveIds(barrier.sourceIds, index.sources, where, 'source'),
      search: normaliseText(`${barrier.title} ${barrier.description}`),
    };
  });

  return {
    barriers,
    elements: dataset.elements,
    disciplines: dataset.disciplines,
    sections: buildSections(dataset.elements, fromEnablers.records, barriers),
    skippedBarriers: fromBarriers.skipped,
    skippedEnablers: fromEnablers.skipped,
  };
}

/** The "By framework element" view: each element's enablers, and under each the barriers it addresses. */
function buildSections(elements: readonly FrameworkElement[], enablers: readonly Enabler[], barriers: readonly ExplorerBarrier[]): ElementSection[] {
  const byEnabler = new Map<string, ExplorerBarrier[]>();
  for (const b of barriers) {
    for (const group of b.enablerGroups) for (const e of group.enablers) byEnabler.set(e.id, [...(byEnabler.get(e.id) ?? []), b]);
  }
  return elements.map((element) => {
    const own = enablers.filter((e) => e.elementId === element.id);
    const reached = new Set(own.flatMap((e) => byEnabler.get(e.id) ?? []));
    return {
      element,
      enablers: own.map((enabler) => ({ enabler, barriers: byEnabler.get(enabler.id) ?? [] })),
      otherBarriers: barriers.filter((b) => b.barrier.elementIds.includes(element.id) && !reached.has(b)),
    };
  });
}

type Cache = WeakMap<object, WeakMap<object, ExplorerModel>>;
const cache = new WeakMap<Dataset, Cache>();
/** Stands for "not given by property" in the cache keys. */
const FROM_DATASET = {};

/** `buildModel`, cached per data set and per barriers/enablers list (the same inputs give the same object). */
export function explorerModel(input: ModelInput, index: DatasetIndex): ExplorerModel {
  const key = (value: unknown) => (value === undefined ? FROM_DATASET : typeof value === 'object' && value ? value : undefined);
  const b = key(input.barriers);
  const e = key(input.enablers);
  if (!b || !e) return buildModel(input, index);
  let byBarriers = cache.get(input.dataset);
  if (!byBarriers) cache.set(input.dataset, (byBarriers = new WeakMap()));
  let byEnablers = byBarriers.get(b);
  if (!byEnablers) byBarriers.set(b, (byEnablers = new WeakMap()));
  let model = byEnablers.get(e);
  if (!model) byEnablers.set(e, (model = buildModel(input, index)));
  return model;
}

// --- What the filter panel and the selected-filter chips show ---------------------------------

/** One checkbox of the filter panel. */
export interface FilterOption {
  id: string;
  label: string;
  count: number;
}

/** One removable chip among the selected filters. */
export interface Chip {
  group: FilterGroup | 'query';
  id: string;
  label: string;
}

export interface OptionGroup {
  group: FilterGroup;
  legend: string;
  options: FilterOption[];
}

/** The three checkbox groups, each option with the number of barriers it would show. */
export function filterGroups(model: ExplorerModel, filters: FilterState): OptionGroup[] {
  const f = compileFilter(filters);
  const options = <T>(group: FilterGroup, list: readonly T[], id: (t: T) => string, label: (t: T) => string): FilterOption[] => {
    const counts = optionCounts(model.barriers, f, group, list.map(id));
    return list.map((t) => ({ id: id(t), label: label(t), count: counts.get(id(t)) ?? 0 }));
  };
  return [
    { group: 'levels', legend: 'Level', options: options('levels', LEVELS, (l) => l, (l) => LEVEL_LABELS[l]) },
    { group: 'elements', legend: 'Framework element', options: options('elements', model.elements, (e) => e.id, (e) => e.title) },
    { group: 'disciplines', legend: 'Discipline', options: options('disciplines', model.disciplines, (d) => d.id, (d) => d.label) },
  ];
}

/** One removable chip per selected option, and one for the search. */
export function filterChips(model: ExplorerModel, filters: FilterState): Chip[] {
  const elements = new Map(model.elements.map((e) => [e.id, e.title]));
  const disciplines = new Map(model.disciplines.map((d) => [d.id, d.label]));
  const chips: Chip[] = [
    ...filters.levels.map((id) => ({ group: 'levels' as const, id, label: LEVEL_LABELS[id as keyof typeof LEVEL_LABELS] ?? id })),
    ...filters.elements.map((id) => ({ group: 'elements' as const, id, label: elements.get(id) ?? id })),
    ...filters.disciplines.map((id) => ({ group: 'disciplines' as const, id, label: disciplines.get(id) ?? id })),
  ];
  const query = filters.query.trim();
  if (query) chips.push({ group: 'query', id: 'q', label: `Search: “${query.length > 40 ? `${query.slice(0, 40)}…` : query}”` });
  return chips;
}
