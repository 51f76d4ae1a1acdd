import { expect } from '@open-wc/testing';
import { dataset } from '../src/data.js';
import { indexDataset, validateDataset } from '../src/data/index.js';

/** Facts from the research notes (shared/research/content.md, section 3) the data must carry. */
const CASE_STUDIES = [
  { id: 'rachel-mckeown', name: 'Rachel McKeown', profession: 'physiotherapist', discipline: 'ahp', organisation: 'Midlands Partnership NHS Foundation Trust', handle: '@Rachel66Mckeown' },
  { id: 'clare-boobyer-jones', name: 'Clare Boobyer-Jones', profession: 'occupational-therapist', discipline: 'ahp', organisation: 'Somerset Partnership', handle: '@ClareBoobyerMPH' },
  { id: 'shane-degaris', name: 'Shane DeGaris', profession: 'physiotherapist', discipline: 'ahp', organisation: 'Barts Health NHS Trust', handle: '@Shanedegaris' },
  { id: 'michael-witney', name: 'Michael Witney', profession: 'clinical-psychologist', discipline: 'psychologist', organisation: 'Oxleas NHS Foundation Trust', handle: undefined },
  { id: 'pippa-nightingale', name: 'Pippa Nightingale', profession: 'midwife', discipline: 'midwife', organisation: 'Chelsea and Westminster NHS Foundation Trust', handle: undefined },
  // content-2.md §2.1 [S32]
  { id: 'jagjit-sethi', name: 'Dr Jagjit Sethi', profession: 'clinical-scientist-audiology', discipline: 'healthcare-scientist', organisation: 'Berkshire Healthcare NHS Foundation Trust', handle: undefined },
];

describe('the bundled data set', () => {
  const index = indexDataset(dataset);

  it('validates, with every cross-reference resolved', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok, result.ok ? '' : result.errors.join('\n')).to.equal(true);
  });

  it('cites at least one known source on every record', () => {
    const lists = [dataset.disciplines, dataset.professions, dataset.elements, dataset.caseStudies, dataset.barriers, dataset.enablers, dataset.checklistPrompts, dataset.keyMessages];
    for (const list of lists) {
      for (const record of list) {
        expect(record.sourceIds.length, record.id).to.be.greaterThan(0);
        for (const id of record.sourceIds) expect(index.sources.has(id), `${record.id} → ${id}`).to.equal(true);
      }
    }
    for (const source of dataset.sources) expect(source.url, source.id).to.match(/^https?:\/\//);
  });

  it('has the eight disciplines and the five framework elements, in order', () => {
    expect(dataset.disciplines.map((d) => d.id).sort()).to.deep.equal(
      ['ahp', 'doctor', 'healthcare-scientist', 'midwife', 'nurse', 'pharmacist', 'psychologist', 'social-worker'],
    );
    expect(dataset.elements.map((e) => e.title)).to.deep.equal(
      ['Building confidence', 'Widening perspectives', 'Talent management', 'Practical levers', 'Organisational culture'],
    );
  });

  it('lists the 14 allied health professions', () => {
    expect(dataset.professions.filter((p) => p.disciplineId === 'ahp')).to.have.length(14);
  });

  it('carries the six recoverable case studies with their professions and organisations', () => {
    expect(dataset.caseStudies.map((c) => c.id)).to.deep.equal(CASE_STUDIES.map((c) => c.id));
    for (const expected of CASE_STUDIES) {
      const c = index.caseStudies.get(expected.id)!;
      expect(c.name).to.equal(expected.name);
      expect(c.professionId).to.equal(expected.profession);
      expect(index.professions.get(c.professionId)!.disciplineId).to.equal(expected.discipline);
      expect(c.organisation).to.contain(expected.organisation);
      expect(c.asOf).to.equal('2019');
      expect(c.handle, `${c.id} handle only where a source gives one`).to.equal(expected.handle);
      expect(c.journey.length, `${c.id} journey`).to.be.greaterThan(1);
    }
  });

  it('states its coverage: 6 of the compendium’s 11 case studies, and who is missing', () => {
    expect(dataset.coverage?.caseStudiesIncluded).to.equal(6);
    expect(dataset.caseStudies).to.have.length(6);
    expect(dataset.coverage?.caseStudiesInCompendium).to.equal(11);
    const notes = dataset.coverage!.notes.join(' ');
    expect(notes).to.match(/GP|general practitioner/i);
    expect(notes).to.match(/consultant clinical scientist/i);
    expect(notes).to.contain('none is an allied health professional');
    // Sethi's place among the eleven is our inference, and the data says so.
    const sethi = dataset.caseStudies.find((c) => c.id === 'jagjit-sethi')!;
    expect(sethi.inCompendiumInferred).to.equal(true);
    expect(sethi.notGiven).to.include.members(['turning-point', 'barriers', 'enablers', 'support']);
    expect(sethi.turningPoint).to.equal(undefined);
  });

  it('holds the board facts the board profile needs, each sourced, with populations and years for every figure', () => {
    const byId = new Map(dataset.boardFacts.map((f) => [f.id, f]));
    expect(byId.get('ft-statutory-executive-seats')?.kind).to.equal('law');
    expect(byId.get('ft-statutory-executive-seats')?.scope).to.match(/foundation trusts/);
    expect(byId.get('senior-strategic-ahp-lead')?.kind).to.equal('recommendation');
    expect(byId.get('edm-2019-ahp-board')?.kind).to.equal('proposal');
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const fact of dataset.boardFacts) {
      expect(fact.sourceIds.length, fact.id).to.be.greaterThan(0);
      for (const id of fact.sourceIds) expect(sources.has(id), `${fact.id} cites ${id}`).to.equal(true);
      for (const figure of fact.figures ?? []) {
        expect(figure.population, `${fact.id} population`).not.to.equal('');
        expect(figure.year, `${fact.id} year`).not.to.equal('');
      }
    }
    expect(dataset.boardFacts.filter((f) => f.kind === 'figure').length).to.be.at.least(4);
  });

  it('records the framework’s endorsers and its meaning of "clinical"', () => {
    expect(dataset.framework?.endorsers).to.include.members(['Allied Health Professions Federation', 'Royal College of Nursing']);
    expect(dataset.framework?.clinicalDefinition).to.contain('not exhaustive');
    expect(dataset.framework?.clinicalDefinition).to.contain('Social workers');
  });

  it('marks every checklist prompt as ours, but for the framework’s one recovered key question; at least three per element', () => {
    for (const prompt of dataset.checklistPrompts) {
      expect(['derived', 'framework'], prompt.id).to.include(prompt.authored);
      if (prompt.authored === 'derived') expect(prompt.enablerIds.length, prompt.id).to.be.greaterThan(0);
    }
    expect(dataset.checklistPrompts.filter((p) => p.authored === 'framework').map((p) => p.elementId)).to.deep.equal(['building-confidence']);
    for (const element of dataset.elements) {
      expect(dataset.checklistPrompts.filter((p) => p.elementId === element.id).length, element.id).to.be.at.least(3);
    }
  });

  it('tags inferred barriers and gives every barrier a level', () => {
    expect(dataset.barriers.some((b) => b.inferred)).to.equal(true);
    for (const b of dataset.barriers) expect(['individual', 'organisational', 'system']).to.include(b.level);
  });
});
