import { expect } from '@open-wc/testing';
import { disciplineOptions, entriesFor, filterEntries, OTHER } from '../src/case-study-gallery/model.js';
import { fromHash, toHash } from '../src/case-study-gallery/url-state.js';
import { indexDataset } from '../src/data/lookup.js';
import type { CaseStudy } from '../src/data/schema.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { caseStudy as check } from '../src/internal/validators.js';

const index = indexDataset(dataset);

function cs(id: string, professionId: string, extra: Partial<CaseStudy> = {}): CaseStudy {
  return {
    id, name: `Name ${id}`, professionId, role: 'Director', organisation: 'A trust', asOf: '2019',
    summary: 'A summary.', journey: [], barrierIds: [], enablerIds: [], sourceIds: ['s1'], ...extra,
  };
}

const list = [
  cs('a', 'physiotherapist', { name: 'Siân Ó Briain', organisation: 'Barts & the London' }),
  cs('b', 'midwife', { role: 'Chief Nurse' }),
  cs('c', 'clinical-psychologist'),
  cs('d', 'wizard', { summary: 'A wizard of operations.' }),
];

describe('case-study-gallery filter logic', () => {
  it('resolves disciplines, with "other" for unknown professions, and caches per list and data set', () => {
    const { entries, problems } = entriesFor(list, index, check);
    expect(problems).to.deep.equal([]);
    expect(entries.map((e) => e.disciplineId)).to.deep.equal(['ahp', 'midwife', 'psychologist', OTHER]);
    expect(entriesFor(list, index, check).entries).to.equal(entries);
    expect(entriesFor(list, undefined, check).entries).not.to.equal(entries);
    expect(entries[0].input).to.equal(list[0]);
  });

  it('leaves out invalid records and repeated ids, and says why', () => {
    const bad = [cs('a', 'physiotherapist'), { id: 'Bad Id' }, cs('a', 'midwife'), 'text'];
    const { entries, problems } = entriesFor(bad, index, check);
    expect(entries.map((e) => e.caseStudy.id)).to.deep.equal(['a']);
    expect(problems.join('\n')).to.contain('caseStudies[1]: id must be a slug');
    expect(problems.join('\n')).to.contain("caseStudies[2] 'a': duplicate id (also caseStudies[0])");
    expect(problems.join('\n')).to.contain('caseStudies[3] must be an object, not "text"');
    expect(entriesFor('nope', index, check).problems[0]).to.equal('caseStudies must be a list of case studies, not string.');
  });

  it('searches forgivingly over name, profession, role, organisation and summary', () => {
    const { entries } = entriesFor(list, index, check);
    const ids = (disciplines: string[], query: string) => {
      const r = filterEntries(entries, disciplines, query);
      return entries.filter((_, i) => r.shown[i]).map((e) => e.caseStudy.id);
    };
    expect(ids([], '')).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(ids([], 'sian o')).to.deep.equal(['a']);
    expect(ids([], 'BARTS AND THE')).to.deep.equal(['a']);
    expect(ids([], 'chief nurse')).to.deep.equal(['b']);
    expect(ids([], 'nurse chief')).to.deep.equal(['b']);
    expect(ids([], 'physiotherapist')).to.deep.equal(['a']);
    expect(ids([], 'wizard operations')).to.deep.equal(['d']);
    expect(ids(['ahp', 'midwife'], '')).to.deep.equal(['a', 'b']);
    expect(ids(['ahp'], 'chief')).to.deep.equal([]);
    expect(ids(['nurse'], '')).to.deep.equal([]);
  });

  it('counts per discipline against the search text, and lists only disciplines present (plus selected ones)', () => {
    const { entries } = entriesFor(list, index, check);
    const r = filterEntries(entries, ['ahp'], 'director');
    expect(r.count).to.equal(1);
    // b is a Chief Nurse, not a director: no midwife matches the search.
    expect(Object.fromEntries(r.facets)).to.deep.equal({ ahp: 1, psychologist: 1, other: 1 });
    const options = disciplineOptions(entries, index, ['nurse'], filterEntries(entries, [], 'chief').facets);
    expect(options.map((o) => `${o.id}:${o.label}:${o.count}`)).to.deep.equal([
      'ahp:Allied health professional:0', 'midwife:Midwife:1', 'nurse:Nurse:0', 'psychologist:Psychologist:0', 'other:Other:0',
    ]);
  });

  it('filters 1,000 case studies in one pass', () => {
    const many = Array.from({ length: 1000 }, (_, i) => cs(`p${i}`, i % 3 ? 'physiotherapist' : 'midwife', { name: `Person ${i}` }));
    const { entries } = entriesFor(many, index);
    const r = filterEntries(entries, ['midwife'], 'person 99');
    // "person 99" matches every name containing "99": 99, 990–999 (and 199, 299 … 899); midwives are i % 3 === 0.
    const expected = many.filter((c, i) => i % 3 === 0 && /99/.test(c.name)).length;
    expect(r.count).to.equal(expected);
  });

  it('reads and writes its filters as hash values (the one grammar is tested in filter-behaviour)', () => {
    expect(fromHash({})).to.deep.equal({ disciplines: [], query: '' });
    expect(fromHash({ discipline: ' ahp,nurse,,ahp', q: 'chief' })).to.deep.equal({ disciplines: ['ahp', 'nurse'], query: 'chief' });
    expect(toHash({ disciplines: ['ahp', 'nurse'], query: ' chief ' })).to.deep.equal({ discipline: 'ahp,nurse', q: 'chief' });
  });
});
