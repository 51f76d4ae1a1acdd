/**
 * Look-ups over a validated data set, built once per data set object and cached, so widgets can
 * resolve ids on every render without scanning lists.
 */
import type {
  Barrier, BoardFact, CaseStudy, ChecklistPrompt, Dataset, Discipline, Enabler, FrameworkElement, Profession, Source,
} from './schema.js';

export interface DatasetIndex {
  sources: Map<string, Source>;
  disciplines: Map<string, Discipline>;
  professions: Map<string, Profession>;
  elements: Map<string, FrameworkElement>;
  caseStudies: Map<string, CaseStudy>;
  barriers: Map<string, Barrier>;
  enablers: Map<string, Enabler>;
  checklistPrompts: Map<string, ChecklistPrompt>;
  boardFacts: Map<string, BoardFact>;
  /** Case studies that name each barrier or enabler, in data order. */
  caseStudiesByBarrier: Map<string, CaseStudy[]>;
  caseStudiesByEnabler: Map<string, CaseStudy[]>;
  /** Barriers each enabler addresses. */
  barriersByEnabler: Map<string, Barrier[]>;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r] as const));

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const key of keys(item)) map.set(key, [...(map.get(key) ?? []), item]);
  return map;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = {
      sources: byId(dataset.sources),
      disciplines: byId(dataset.disciplines),
      professions: byId(dataset.professions),
      elements: byId(dataset.elements),
      caseStudies: byId(dataset.caseStudies),
      barriers: byId(dataset.barriers),
      enablers: byId(dataset.enablers),
      checklistPrompts: byId(dataset.checklistPrompts),
      boardFacts: byId(dataset.boardFacts ?? []),
      caseStudiesByBarrier: groupBy(dataset.caseStudies, (c) => c.barrierIds),
      caseStudiesByEnabler: groupBy(dataset.caseStudies, (c) => c.enablerIds),
      barriersByEnabler: groupBy(dataset.barriers, (b) => b.enablerIds),
    };
    cache.set(dataset, index);
  }
  return index;
}

/** The discipline a case study's profession belongs to, if both resolve. */
export function disciplineOf(index: DatasetIndex, professionId: string): Discipline | undefined {
  const profession = index.professions.get(professionId);
  return profession ? index.disciplines.get(profession.disciplineId) : undefined;
}
