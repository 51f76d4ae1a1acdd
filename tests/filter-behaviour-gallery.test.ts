import '../src/case-study-gallery.js';
import type { CaseStudyCard } from '../src/case-study-card.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { disciplineOf, indexDataset } from '../src/data/lookup.js';
import type { CaseStudy } from '../src/data/schema.js';
import { runFilterBehaviourTests } from './filter-behaviour.js';

const index = indexDataset(dataset);
const professions = ['physiotherapist', 'midwife', 'clinical-psychologist', 'paramedic'];

runFilterBehaviourTests({
  tag: 'case-study-gallery',
  defaultKey: 'gallery',
  noun: { one: 'case study', many: 'case studies' },
  total: dataset.caseStudies.length,
  disciplines: ['ahp', 'midwife'],
  countFor: (disciplines, query = '') => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return dataset.caseStudies.filter((c) => {
      const text = [c.name, c.role, c.organisation, c.summary, index.professions.get(c.professionId)!.label].join(' ').toLowerCase();
      const discipline = disciplineOf(index, c.professionId)!.id;
      return words.every((w) => text.includes(w)) && (disciplines.length === 0 || disciplines.includes(discipline));
    }).length;
  },
  disciplineChip: (id) => `discipline:${id}`,
  clearSelector: '[part="selected"] button.clear',
  recordsProperty: 'caseStudies',
  records: (n) =>
    Array.from({ length: n }, (_, i): CaseStudy => ({
      id: `bench-${i}`, name: `Clinician ${i}`, professionId: professions[i % 4], role: 'Director of Therapies',
      organisation: i % 10 === 0 ? 'Northern NHS Trust' : 'Southern NHS Trust', asOf: '2024', summary: 'A journey into leadership.',
      journey: ['Step.'], barrierIds: [], enablerIds: [], sourceIds: ['nhsi-framework-2019'],
    })),
  shown: (el) => [...el.shadowRoot!.querySelectorAll<CaseStudyCard>('.grid__item case-study-card')].length,
});
