/** Synthetic records for benchmarks: the bundled data set's shape, multiplied, with unique ids. */
import { dataset } from '../../src/data.js';
import type { CaseStudy, ChecklistPrompt, Dataset } from '../../src/data/index.js';

export function syntheticCaseStudies(n: number): CaseStudy[] {
  return Array.from({ length: n }, (_, i) => {
    const base = dataset.caseStudies[i % dataset.caseStudies.length];
    return { ...base, id: `${base.id}-${i}`, name: `${base.name} ${i}` };
  });
}

export function syntheticPrompts(n: number): ChecklistPrompt[] {
  return Array.from({ length: n }, (_, i) => {
    const base = dataset.checklistPrompts[i % dataset.checklistPrompts.length];
    return { ...base, id: `${base.id}-${i}`, text: `${base.text} (${i})` };
  });
}

export function syntheticDataset({ caseStudies = 0, barriers = 0 }: { caseStudies?: number; barriers?: number }): Dataset {
  // The real barriers stay (case studies point at them); synthetic copies make up the rest.
  const extra = Math.max(0, barriers - dataset.barriers.length);
  const many = [
    ...dataset.barriers,
    ...Array.from({ length: extra }, (_, i) => {
      const base = dataset.barriers[i % dataset.barriers.length];
      return { ...base, id: `${base.id}-${i}`, title: `${base.title} ${i}` };
    }),
  ];
  return {
    ...dataset,
    caseStudies: caseStudies ? syntheticCaseStudies(caseStudies).map((c) => ({ ...c, barrierIds: c.barrierIds })) : dataset.caseStudies,
    barriers: many,
  };
}
