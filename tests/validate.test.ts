import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDataset } from '../src/data/index.js';
import { dataset } from '../src/data/bundled-dataset.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

function errorsOf(input: unknown): string[] {
  const result = validateDataset(input);
  if (result.ok) throw new Error('expected the data set to be invalid');
  return result.errors;
}

/** A small valid data set to break in one way at a time. */
function small() {
  return {
    sources: [{ id: 's1', title: 'A source' }],
    disciplines: [{ id: 'ahp', label: 'Allied health professional', sourceIds: ['s1'] }],
    professions: [{ id: 'physiotherapist', label: 'Physiotherapist', disciplineId: 'ahp', sourceIds: ['s1'] }],
    elements: [{ id: 'building-confidence', title: 'Building confidence', summary: 'One of five.', sourceIds: ['s1'] }],
    enablers: [{ id: 'e1', title: 'Mentor', description: 'A mentor.', elementId: 'building-confidence', actor: 'individual', sourceIds: ['s1'] }],
    barriers: [{ id: 'b1', title: 'No route', description: 'No route.', level: 'system', enablerIds: ['e1'], sourceIds: ['s1'] }],
    caseStudies: [
      {
        id: 'x', name: 'X Person', professionId: 'physiotherapist', role: 'Director', organisation: 'A trust', asOf: '2019',
        summary: 'A journey.', journey: ['Step one.'], barrierIds: ['b1'], enablerIds: ['e1'], sourceIds: ['s1'],
      },
    ],
  };
}

describe('validateDataset', () => {
  it('accepts a small valid data set and fills empty lists', () => {
    const result = validateDataset(small());
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value.checklistPrompts).to.deep.equal([]);
      expect(result.value.caseStudies[0].name).to.equal('X Person');
    }
  });

  it('accepts the bundled data set', () => {
    const result = validateDataset(clone(dataset));
    expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(true);
  });

  const cases: Array<[string, (d: ReturnType<typeof small>) => unknown, RegExp]> = [
    ['not an object', () => 'hello', /the data set must be an object, not "hello"/],
    ['null', () => null, /the data set must be an object, not null/],
    ['a list where an object belongs', () => [], /must be an object, not a list/],
    ['a missing name', (d) => { delete (d.caseStudies[0] as Partial<typeof d.caseStudies[0]>).name; return d; }, /caseStudies\[0\] 'x': name is missing/],
    ['a wrong type', (d) => { (d.caseStudies[0] as Record<string, unknown>).journey = 'one step'; return d; }, /caseStudies\[0\] 'x': journey must be a list, not "one step"/],
    ['an empty title', (d) => { d.barriers[0].title = '   '; return d; }, /barriers\[0\] 'b1': title must not be empty/],
    ['an unknown level', (d) => { d.barriers[0].level = 'cosmic'; return d; }, /barriers\[0\] 'b1': level must be "individual", "organisational" or "system"/],
    ['a bad id', (d) => { d.caseStudies[0].id = 'Not A Slug'; return d; }, /caseStudies\[0\] 'Not A Slug': id must be a slug/],
    ['a dangling profession', (d) => { d.caseStudies[0].professionId = 'wizard'; return d; }, /caseStudies\[0\] 'x': professionId 'wizard' is not a known profession/],
    ['a dangling barrier', (d) => { d.caseStudies[0].barrierIds = ['b1', 'b9']; return d; }, /caseStudies\[0\] 'x': barrierIds 'b9' is not a known barrier/],
    ['a dangling element', (d) => { d.enablers[0].elementId = 'nowhere'; return d; }, /enablers\[0\] 'e1': elementId 'nowhere' is not a known framework element/],
    ['a dangling source', (d) => { d.barriers[0].sourceIds = ['s404']; return d; }, /barriers\[0\] 'b1': sourceIds 's404' is not a known source/],
    ['no source at all', (d) => { d.barriers[0].sourceIds = []; return d; }, /barriers\[0\] 'b1': sourceIds must name at least one source/],
    ['a duplicate id', (d) => { d.barriers.push(clone(d.barriers[0])); return d; }, /barriers\[1\] 'b1': duplicate id \(also barriers\[0\]\)/],
    ['a huge string', (d) => { d.caseStudies[0].summary = 'x'.repeat(100_000); return d; }, /caseStudies\[0\] 'x': summary must be at most 4000 characters/],
    ['null in a list', (d) => { (d.caseStudies[0].journey as unknown[]).push(null); return d; }, /caseStudies\[0\] 'x': journey\[1\] must be text, not null/],
    ['null as a record', (d) => { (d.barriers as unknown[]).push(null); return d; }, /barriers\[1\] must be an object, not null/],
    ['a bad handle', (d) => { (d.caseStudies[0] as Record<string, unknown>).handle = 'javascript:alert(1)'; return d; }, /caseStudies\[0\] 'x': handle must be a handle such as "@name"/],
    ['a non-web source url', (d) => { (d.sources[0] as Record<string, unknown>).url = 'javascript:alert(1)'; return d; }, /sources\[0\] 's1': url must be an http\(s\) address/],
    ['a bad date', (d) => { d.caseStudies[0].asOf = 'last year'; return d; }, /caseStudies\[0\] 'x': asOf must be a date such as "2019-01"/],
  ];
  for (const [name, breakIt, expected] of cases) {
    it(`explains ${name}`, () => {
      const errors = errorsOf(breakIt(small()));
      expect(errors.join('\n')).to.match(expected);
    });
  }

  it('caps a flood of errors with a count of the rest', () => {
    const d = small();
    d.caseStudies[0].barrierIds = Array.from({ length: 60 }, (_, i) => `missing-${i}`);
    const errors = errorsOf(d);
    expect(errors).to.have.length(26);
    expect(errors[25]).to.equal('… and 35 more problems');
  });

  it('survives objects whose getters throw', () => {
    const hostile = { get caseStudies(): never { throw new Error('boom'); } };
    expect(() => validateDataset(hostile)).not.to.throw();
    expect(validateDataset(hostile).ok).to.equal(false);
  });

  it('never throws on arbitrary JSON (property-based)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validateDataset(value);
        return typeof result.ok === 'boolean' && (result.ok || result.errors.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on nearly valid data sets (property-based)', () => {
    const keys = ['sources', 'disciplines', 'professions', 'elements', 'enablers', 'barriers', 'caseStudies'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.nat(), fc.string(), fc.jsonValue({ maxDepth: 3 }), (key, i, field, value) => {
        const d = small() as Record<string, Array<Record<string, unknown>>>;
        const record = d[key][i % d[key].length];
        record[field || 'id'] = value;
        const result = validateDataset(d);
        return result.ok || result.errors.every((e) => typeof e === 'string' && e.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});
