import type { CaseStudyGallery } from '../src/case-study-gallery.js';
import type { CaseStudyCard } from '../src/case-study-card.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { disciplineOf, indexDataset } from '../src/data/lookup.js';
import type { CaseStudy } from '../src/data/schema.js';
import { fold, shadow, until } from './helpers.js';

/** What the gallery's test files share: queries, readiness, expectations from the bundled data. */
export const index = indexDataset(dataset);
export const total = dataset.caseStudies.length;

export const status = (el: CaseStudyGallery) => shadow(el).querySelector<HTMLElement>('[role="status"][part="count"]')!;
export const statusText = (el: CaseStudyGallery) => fold(status(el)?.textContent);
export const cards = (el: CaseStudyGallery) => [...shadow(el).querySelectorAll('case-study-card')];
export const shownNames = (el: CaseStudyGallery) =>
  [...shadow(el).querySelectorAll<CaseStudyCard>('.grid__item case-study-card')].map((c) => c.caseStudy!.name);
export const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
export const ready = (el: CaseStudyGallery) => until(() => !!shadow(el).querySelector('.layout, [part="error"], [part="count"]:not(.cl-visually-hidden)'), 'gallery ready');
export const active = (el: Element) => shadow(el).activeElement as HTMLElement | null;

/** Case studies (from the bundled data) whose searchable text contains every word, and whose discipline is selected. */
export function expected(query: string, disciplines: string[] = []): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return dataset.caseStudies
    .filter((c) => {
      const text = [c.name, c.role, c.organisation, c.summary, index.professions.get(c.professionId)!.label].join(' ').toLowerCase();
      const discipline = disciplineOf(index, c.professionId)!.id;
      return words.every((w) => text.includes(w)) && (disciplines.length === 0 || disciplines.includes(discipline));
    })
    .map((c) => c.name);
}
export const countOf = (names: string[]) => `Showing ${names.length} of ${total} case studies`;

export function ours(id: string, professionId: string, extra: Partial<CaseStudy> = {}): CaseStudy {
  return {
    id, name: `Person ${id}`, professionId, role: 'Director of Therapies', organisation: 'Example NHS Trust', asOf: '2024',
    summary: 'A journey into leadership.', journey: ['Step.'], barrierIds: [], enablerIds: [], sourceIds: ['nhsi-framework-2019'], ...extra,
  };
}
