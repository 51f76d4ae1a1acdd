import { expect } from '@open-wc/testing';
import { compileFilter, EMPTY_FILTERS, filterItems, isFiltered, optionCounts, type FilterState } from '../src/barrier-explorer/filter.js';
import { buildModel, explorerModel } from '../src/barrier-explorer/model.js';
import { formatPartialDate, templateHref } from '../src/barrier-explorer/text.js';
import { fromHash, toHash } from '../src/barrier-explorer/url-state.js';
import { indexDataset, validateDataset, type Dataset, type DatasetInput } from '../src/data/index.js';
import * as check from '../src/internal/validators.js';
import { captureWarnings } from './helpers.js';

/** A small data set with every filter case in a handful of records. */
function smallDataset(): DatasetInput {
  return {
    sources: [
      { id: 's1', title: 'A review of leadership', publisher: 'A publisher', date: '2019-01', url: 'https://example.org/s1' },
      { id: 's2', title: 'Notes without a link' },
    ],
    disciplines: [
      { id: 'ahp', label: 'Allied health professional', sourceIds: ['s1'] },
      { id: 'doctor', label: 'Doctor', sourceIds: ['s1'] },
      { id: 'midwife', label: 'Midwife', sourceIds: ['s1'] },
    ],
    professions: [{ id: 'physiotherapist', label: 'Physiotherapist', disciplineId: 'ahp', sourceIds: ['s1'] }],
    elements: [
      { id: 'building-confidence', title: 'Building confidence', summary: 'Confidence to lead.', sourceIds: ['s1'] },
      { id: 'practical-levers', title: 'Practical levers', summary: 'Levers a board can pull.', sourceIds: ['s1'] },
      { id: 'organisational-culture', title: 'Organisational culture', summary: 'A culture that values every profession.', sourceIds: ['s1'] },
    ],
    enablers: [
      { id: 'mentor', title: 'A supportive mentor', description: 'Someone to talk to.', elementId: 'building-confidence', actor: 'individual', sourceIds: ['s1'] },
      { id: 'board-seat', title: 'A seat at the board', description: 'The lead attends the board.', elementId: 'practical-levers', actor: 'organisation', sourceIds: ['s1'] },
      { id: 'national-roles', title: 'National roles', description: 'Roles that show the way.', elementId: 'building-confidence', actor: 'national', sourceIds: ['s1'] },
      { id: 'champion', title: 'An executive champion', description: 'Someone who speaks up.', elementId: 'organisational-culture', actor: 'organisation', sourceIds: ['s1'] },
    ],
    barriers: [
      {
        id: 'no-route', title: 'No route to the board', description: 'There is no set route for AHPs to reach the board.', level: 'system',
        disciplineIds: ['ahp'], enablerIds: ['board-seat', 'national-roles'], elementIds: ['practical-levers'], sourceIds: ['s1', 's2'],
      },
      {
        id: 'low-confidence', title: 'Low confidence', description: 'Clinicians doubt they belong at the top table.', level: 'individual',
        disciplineIds: [], enablerIds: ['mentor'], elementIds: ['building-confidence'], sourceIds: ['s1'],
      },
      {
        id: 'medical-dominance', title: 'A médical setting', description: 'Decisions are made by one profession & its managers.', level: 'organisational',
        disciplineIds: ['ahp', 'doctor'], enablerIds: ['champion'], elementIds: ['organisational-culture'], sourceIds: ['s1'], inferred: true,
      },
      {
        id: 'pay-gap', title: 'Pay favours practice', description: 'Pay gives little reason to lead.', level: 'system',
        disciplineIds: ['doctor'], enablerIds: [], elementIds: ['practical-levers'], sourceIds: ['s1'],
      },
    ],
    caseStudies: [
      {
        id: 'alex-example', name: 'Alex Example', professionId: 'physiotherapist', role: 'Director of therapies', organisation: 'A trust', asOf: '2019',
        summary: 'A journey.', journey: ['Step one.'], barrierIds: ['no-route', 'low-confidence'], enablerIds: ['mentor'], sourceIds: ['s1'],
      },
    ],
  };
}

function small(): Dataset {
  const result = validateDataset(smallDataset());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

describe('barrier-explorer filtering (pure logic)', () => {
  const dataset = small();
  const model = buildModel({ dataset }, indexDataset(dataset));
  const ids = (filters: Partial<FilterState>) => filterItems(model.barriers, compileFilter({ ...EMPTY_FILTERS, ...filters })).map((b) => b.id);

  it('shows everything with no filter', () => {
    expect(ids({})).to.deep.equal(['no-route', 'low-confidence', 'medical-dominance', 'pay-gap']);
    expect(isFiltered(EMPTY_FILTERS)).to.equal(false);
    expect(isFiltered({ ...EMPTY_FILTERS, query: '  ?! ' }), 'punctuation alone is no search').to.equal(false);
  });

  it('ORs options within a group', () => {
    expect(ids({ levels: ['system'] })).to.deep.equal(['no-route', 'pay-gap']);
    expect(ids({ levels: ['system', 'individual'] })).to.deep.equal(['no-route', 'low-confidence', 'pay-gap']);
    expect(ids({ disciplines: ['midwife', 'doctor'] })).to.deep.equal(['low-confidence', 'medical-dominance', 'pay-gap']);
  });

  it('ANDs across groups', () => {
    expect(ids({ levels: ['system'], disciplines: ['ahp'] })).to.deep.equal(['no-route']);
    expect(ids({ levels: ['system'], disciplines: ['ahp'], query: 'pay' })).to.deep.equal([]);
    expect(ids({ elements: ['practical-levers'], disciplines: ['doctor'] })).to.deep.equal(['pay-gap']);
  });

  it('counts a barrier with no disciplines for every discipline', () => {
    expect(ids({ disciplines: ['midwife'] })).to.deep.equal(['low-confidence']);
    expect(ids({ disciplines: ['ahp'] })).to.deep.equal(['no-route', 'low-confidence', 'medical-dominance']);
  });

  it('matches a framework element named by the barrier or by one of its enablers', () => {
    // no-route names practical-levers itself and reaches building-confidence through national-roles.
    expect(ids({ elements: ['building-confidence'] })).to.deep.equal(['no-route', 'low-confidence']);
    expect(ids({ elements: ['organisational-culture'] })).to.deep.equal(['medical-dominance']);
  });

  it('searches titles and descriptions forgivingly: case, accents, punctuation and "&"', () => {
    expect(ids({ query: 'ROUTE board' })).to.deep.equal(['no-route']);
    expect(ids({ query: 'medical' })).to.deep.equal(['medical-dominance']);
    expect(ids({ query: 'profession and managers' })).to.deep.equal(['medical-dominance']);
    expect(ids({ query: 'top-table' })).to.deep.equal(['low-confidence']);
    expect(ids({ query: 'board nothing-like-this' })).to.deep.equal([]);
  });

  it('counts each option given the other groups (faceted counts)', () => {
    const f = compileFilter({ ...EMPTY_FILTERS, levels: ['system'] });
    expect(Object.fromEntries(optionCounts(model.barriers, f, 'disciplines', ['ahp', 'doctor', 'midwife']))).to.deep.equal({ ahp: 1, doctor: 1, midwife: 0 });
    expect(Object.fromEntries(optionCounts(model.barriers, f, 'levels', ['individual', 'organisational', 'system']))).to.deep.equal({
      individual: 1, organisational: 1, system: 2,
    });
  });
});

describe('barrier-explorer model', () => {
  it('groups enablers by framework element in data order and resolves case studies and sources', () => {
    const dataset = small();
    const model = buildModel({ dataset }, indexDataset(dataset));
    const noRoute = model.barriers[0];
    expect(noRoute.enablerGroups.map((g) => [g.element?.title, g.enablers.map((e) => e.id)])).to.deep.equal([
      ['Building confidence', ['national-roles']],
      ['Practical levers', ['board-seat']],
    ]);
    expect(noRoute.caseStudies.map((c) => c.name)).to.deep.equal(['Alex Example']);
    expect(noRoute.sources.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(model.sections.map((s) => s.element.id)).to.deep.equal(['building-confidence', 'practical-levers', 'organisational-culture']);
    const levers = model.sections[1];
    expect(levers.enablers.map((e) => [e.enabler.id, e.barriers.map((b) => b.id)])).to.deep.equal([['board-seat', ['no-route']]]);
    expect(levers.otherBarriers.map((b) => b.id), 'named by the barrier but by none of its enablers').to.deep.equal(['pay-gap']);
  });

  it('skips invalid and duplicate property records and unknown enabler links, warning once each', () => {
    const dataset = small();
    const warn = captureWarnings();
    const input = [
      { ...smallDataset().barriers![0], enablerIds: ['board-seat', 'no-such-enabler'] },
      { id: 'untitled', description: 'No title.', level: 'system', sourceIds: ['s1'] },
      smallDataset().barriers![0],
    ];
    const model = buildModel({ dataset, barriers: input, check }, indexDataset(dataset));
    const again = buildModel({ dataset, barriers: input, check }, indexDataset(dataset));
    warn.restore();
    expect(model.barriers.map((b) => b.id)).to.deep.equal(['no-route']);
    expect(again.barriers.length).to.equal(1);
    expect(model.skippedBarriers).to.equal(2);
    expect(model.barriers[0].enablerGroups.flatMap((g) => g.enablers.map((e) => e.id))).to.deep.equal(['board-seat']);
    expect(warn.messages.filter((m) => m.includes("'no-such-enabler'"))).to.have.length(1);
    expect(warn.messages.filter((m) => m.includes("barriers[1] 'untitled': title is missing"))).to.have.length(1);
    expect(warn.messages.filter((m) => m.includes('duplicate id'))).to.have.length(1);
  });

  it('caches the model per data set and input list', () => {
    const dataset = small();
    const index = indexDataset(dataset);
    expect(explorerModel({ dataset }, index)).to.equal(explorerModel({ dataset }, index));
    const list = dataset.barriers.slice(0, 2);
    expect(explorerModel({ dataset, barriers: list, check }, index)).to.equal(explorerModel({ dataset, barriers: list, check }, index));
    expect(explorerModel({ dataset, barriers: list, check }, index)).not.to.equal(explorerModel({ dataset }, index));
  });
});

describe('barrier-explorer helpers', () => {
  it('formats partial dates', () => {
    expect(formatPartialDate('2019')).to.equal('2019');
    expect(formatPartialDate('2019-01')).to.equal('January 2019');
    expect(formatPartialDate('2018-11-15')).to.equal('15 November 2018');
    expect(formatPartialDate(undefined)).to.equal('');
  });

  it('fills {id} templates with the encoded id and refuses unsafe schemes', () => {
    expect(templateHref('/leaders#{id}', 'rachel-mckeown')).to.equal(new URL('/leaders#rachel-mckeown', document.baseURI).href);
    expect(templateHref('/leaders?id={id}', 'a b&c')).to.equal(new URL('/leaders?id=a%20b%26c', document.baseURI).href);
    expect(templateHref('javascript:alert(1)//{id}', 'x')).to.equal(undefined);
    expect(templateHref(' java\tscript:alert(1)', 'x')).to.equal(undefined);
    expect(templateHref(undefined, 'x')).to.equal(undefined);
  });

  it('round-trips the state through hash values, leaving defaults out', () => {
    const state = { view: 'elements' as const, levels: ['system'], elements: [], disciplines: ['ahp', 'doctor'], query: 'pay & grade' };
    expect(toHash(state)).to.deep.equal({ view: 'elements', level: 'system', element: '', discipline: 'ahp,doctor', q: 'pay & grade' });
    expect(fromHash(toHash(state))).to.deep.equal(state);
    expect(fromHash({})).to.deep.equal({ view: 'barriers', levels: [], elements: [], disciplines: [], query: '' });
    expect(Object.values(toHash(fromHash({}))).filter(Boolean), 'an unfiltered explorer writes nothing').to.deep.equal([]);
  });
});
