/** What the filter panel and the selected-filter chips show, worked out from the model and the filters. */
import { compileFilter, optionCounts, type FilterGroup, type FilterState } from './filter.js';
import { LEVEL_LABELS, LEVELS } from './labels.js';
import type { ExplorerModel } from './model.js';
import type { Chip, FilterOption } from './render-filters.js';

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
