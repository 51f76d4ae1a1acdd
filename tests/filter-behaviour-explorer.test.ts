import '../src/barrier-explorer.js';
import barriersFile from '../data/barriers.json';
import type { Barrier } from '../src/data/schema.js';
import { normaliseText } from '../src/internal/search.js';
import { clone } from './helpers.js';
import { runFilterBehaviourTests } from './filter-behaviour.js';

// Expectations come straight from the data file, not through the code under test.
const barriers = barriersFile as Barrier[];
const forDiscipline = (b: Barrier, d: string) => b.disciplineIds.length === 0 || b.disciplineIds.includes(d);

runFilterBehaviourTests({
  tag: 'barrier-explorer',
  defaultKey: 'explorer',
  noun: { one: 'barrier', many: 'barriers' },
  total: barriers.length,
  disciplines: ['ahp', 'midwife'],
  countFor: (disciplines, query = '') => {
    const words = normaliseText(query).split(' ').filter(Boolean);
    return barriers.filter((b) => {
      const text = normaliseText(`${b.title} ${b.description}`);
      return words.every((w) => text.includes(w)) && (disciplines.length === 0 || disciplines.some((d) => forDiscipline(b, d)));
    }).length;
  },
  disciplineChip: (id) => `disciplines:${id}`,
  clearSelector: '[part="selected"] .clear-filters',
  recordsProperty: 'barriers',
  records: (n) =>
    Array.from({ length: n }, (_, i) => ({
      ...clone(barriers[i % barriers.length]),
      id: `barrier-${i}`,
      title: i % 10 === 0 ? `Northern barrier ${i}` : `Barrier ${i}`,
    })),
  shown: (el) => [...el.shadowRoot!.querySelectorAll('.barrier:not([hidden]) .barrier__title')].filter((h) => h.getClientRects().length > 0).length,
});
