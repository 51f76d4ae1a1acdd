/**
 * What the widgets say about their sources, as a reader meets it: the case study that could be read
 * only in part, the 2019 handles, the explorer's grouping, and stories that never cite a real source;
 * and the audit findings (fidelity review 3, issue 26) that can be checked mechanically: our inferences
 * shown as ours, the endorsers named as the source names them, no figure from an uncited source, the
 * law's scope beside any claim about "medical and nursing director" seats, and dated law addresses.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/case-study-card.js';
import '../src/barrier-explorer.js';
import '../src/case-study-gallery.js';
import type { CaseStudyCard } from '../src/case-study-card.js';
import type { BarrierExplorer } from '../src/barrier-explorer.js';
import type { CaseStudyGallery } from '../src/case-study-gallery.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { shadow, until } from './helpers.js';

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: CaseStudyCard) => until(() => !!shadow(el).querySelector('article'), '<case-study-card> ready');

describe('content fidelity, as a reader sees it', () => {
  it('says plainly which parts of Jagjit Sethi’s published case study could not be read', async () => {
    const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="jagjit-sethi"></case-study-card>`);
    await ready(el);
    const notice = shadow(el).querySelector('[part="partial-notice"]');
    expect(fold(notice?.textContent)).to.equal(
      'The published case study could only be read in part: the rest of the journey, the turning point, the barriers met, ' +
        'what helped and the organisational support are not included here.',
    );
    // Visible without opening the disclosure, and no empty "Turning point" heading.
    expect(notice!.closest('details')).to.equal(null);
    expect(fold(shadow(el).querySelector('article')!.textContent)).not.to.contain('Turning point');
    expect(fold(shadow(el).querySelector('h3#name')!.textContent)).to.equal('Dr Jagjit Sethi');
    await expect(el).to.be.accessible();
  });

  it('shows no such notice on a case study whose source gave every part it uses', async () => {
    const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="michael-witney"></case-study-card>`);
    await ready(el);
    expect(shadow(el).querySelector('[part="partial-notice"]')).to.equal(null);
  });

  it('presents a handle as the one published in 2019, linked only when the host opts in', async () => {
    const plain = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown" variant="full"></case-study-card>`);
    await ready(plain);
    const text = fold(shadow(plain).querySelector('.handle')!.textContent);
    expect(text).to.equal('Twitter handle in 2019: @Rachel66Mckeown');
    expect(shadow(plain).querySelector('.handle a')).to.equal(null);

    const linked = await fixture<CaseStudyCard>(
      html`<case-study-card case-id="rachel-mckeown" variant="full" link-handles></case-study-card>`,
    );
    await ready(linked);
    const link = shadow(linked).querySelector<HTMLAnchorElement>('.handle a')!;
    expect(link.href).to.equal('https://x.com/Rachel66Mckeown');
    expect(fold(shadow(linked).querySelector('.handle')!.textContent)).to.equal('Twitter handle in 2019: @Rachel66Mckeown');
    await expect(linked).to.be.accessible();
  });

  it('says in the element view that the grouping is ours, not the framework’s actions', async () => {
    const el = await fixture<BarrierExplorer>(html`<barrier-explorer></barrier-explorer>`);
    await until(() => !!shadow(el).querySelector('input[type="radio"][value="elements"]'), 'explorer ready');
    shadow(el).querySelector<HTMLInputElement>('input[type="radio"][value="elements"]')!.click();
    await until(() => !!shadow(el).querySelector('[part="element-view-note"]'), 'element view');
    const view = fold(shadow(el).querySelector('[part="elements"]')!.textContent);
    expect(fold(shadow(el).querySelector('[part="element-view-note"]')!.textContent)).to.contain(
      "Our grouping: which element each enabler and barrier sits under is this library's judgement, not the framework's own.",
    );
    expect(view).not.to.contain('Other barriers this element addresses');
    // Each section is named by its heading, not by a filter checkbox of the same id.
    for (const section of shadow(el).querySelectorAll('section.element')) {
      const labelledBy = section.getAttribute('aria-labelledby')!;
      expect(shadow(el).querySelectorAll(`[id="${labelledBy}"]`)).to.have.length(1);
      expect(shadow(el).getElementById(labelledBy)!.localName).to.match(/^h[2-6]$/);
    }
    await expect(el).to.be.accessible();
  });

  it('never cites a real source from an invented story record', async () => {
    const real = new Set(dataset.sources.map((s) => s.id));
    const files = ['barrier-explorer', 'case-study-card', 'case-study-gallery', 'framework-checklist'];
    let cited = 0;
    for (const name of files) {
      const text = await (await fetch(`/stories/${name}.stories.ts`)).text();
      expect(text.length, name).to.be.greaterThan(100);
      for (const [, list] of text.matchAll(/sourceIds:\s*\[([^\]]*)\]/g)) {
        cited++;
        expect(list.trim(), `${name}: ${list}`).to.equal('EXAMPLE_SOURCE_ID');
      }
    }
    expect(cited, 'story records found').to.be.greaterThan(5);
    const source = await (await fetch('/stories/example-source.ts')).text();
    const id = /EXAMPLE_SOURCE_ID = ['"]([^'"]+)['"]/.exec(source)![1];
    expect(real.has(id), 'the example source is not a real one').to.equal(false);
    expect(id).to.equal('example-data-for-this-story');
  });

  describe('the December 2026 audit, where a finding can be checked mechanically', () => {
    const inferredNotice = (el: CaseStudyCard) => shadow(el).querySelector('[part="inferred-notice"]');

    it('shows every case study whose place in the compendium is our inference as ours (F3-6)', async () => {
      const flagged = dataset.caseStudies.filter((c) => c.inCompendiumInferred);
      expect(flagged.map((c) => c.id)).to.deep.equal(['jagjit-sethi']);
      for (const cs of dataset.caseStudies) {
        const el = await fixture<CaseStudyCard>(html`<case-study-card case-id=${cs.id}></case-study-card>`);
        await ready(el);
        const notice = inferredNotice(el);
        if (!cs.inCompendiumInferred) {
          expect(notice, cs.id).to.equal(null);
          continue;
        }
        expect(fold(notice?.textContent)).to.equal(
          'Our inference We take this to be one of the compendium’s case studies; no source we read says so.',
        );
        expect(notice!.closest('details'), 'visible without opening the card').to.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('dates a role "our inference" where the source shows no date (F3-7)', async () => {
      const sethi = await fixture<CaseStudyCard>(html`<case-study-card case-id="jagjit-sethi"></case-study-card>`);
      await ready(sethi);
      const terms = [...shadow(sethi).querySelectorAll('.facts dt')].map((dt) => fold(dt.textContent));
      expect(terms).to.deep.equal(['Role in 2019 (date not shown; our inference)', 'Organisation in 2019 (date not shown; our inference)']);
      const witney = await fixture<CaseStudyCard>(html`<case-study-card case-id="michael-witney"></case-study-card>`);
      await ready(witney);
      expect(fold(shadow(witney).querySelector('.facts dt')!.textContent)).to.equal('Role in 2019');
      // The inference about his early career is not stated as fact (F3-8).
      expect(fold(shadow(sethi).querySelector('article')!.textContent)).not.to.contain('without a degree');
    });

    it('counts the inferred case study in the gallery’s coverage note (F3-6)', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await until(() => !!shadow(el).querySelector('[part="coverage"]'), 'gallery ready');
      expect(fold(shadow(el).querySelector('[part="coverage"]')!.textContent)).to.contain(
        '6 of the 11 case studies in the compendium are included (one by our inference);',
      );
    });

    it('names the endorsers as the source names them, and calls only the element names the framework’s own (F3-1, F3-10)', () => {
      const { endorsers, endorsersNote } = dataset.framework!;
      expect(endorsersNote).not.to.match(/three royal colleges/i);
      for (const body of endorsers.filter((e) => e.startsWith('Royal'))) expect(endorsersNote, body).to.contain(body);
      for (const note of dataset.coverage!.notes) expect(note).not.to.match(/framework's own text/i);
    });

    it('speaks of "another source" only in a record that cites more than one (F3-2)', () => {
      const records = [
        ...dataset.boardFacts.map((r) => [r.id, r.text, r.sourceIds] as const),
        ...dataset.barriers.map((r) => [r.id, r.description, r.sourceIds] as const),
        ...dataset.enablers.map((r) => [r.id, r.description, r.sourceIds] as const),
        ...dataset.keyMessages.map((r) => [r.id, r.text, r.sourceIds] as const),
      ];
      for (const [id, text, sourceIds] of records) {
        if (/\b(another|other) sources?\b/i.test(text)) expect(sourceIds.length, id).to.be.greaterThan(1);
      }
    });

    it('gives the law’s scope beside any barrier that speaks of medical and nursing director seats (F3-5)', () => {
      const statutes = ['hscsa-2003-sch1-directors', 'nhs-act-2006-sch7-directors'];
      const speaking = dataset.barriers.filter((b) => /medical and nursing director/i.test(b.description));
      expect(speaking.length, 'the CSP claim is still quoted').to.be.greaterThan(0);
      for (const b of speaking) {
        expect(b.description, b.id).to.match(/foundation trusts only/i);
        expect(b.description, b.id).to.match(/dentist/i);
        expect(b.description, b.id).to.match(/midwife/i);
        for (const id of statutes) expect(b.sourceIds, b.id).to.include(id);
      }
    });

    it('cites a dated version of the law at the address of that version (F3-14)', () => {
      const law = dataset.sources.filter((s) => s.publisher === 'legislation.gov.uk');
      expect(law.length).to.be.greaterThan(1);
      for (const s of law) expect(s.url, s.id).to.contain(`/${s.date}/`);
    });

    it('gives no year the source does not give to a comparison figure (F3-13)', () => {
      const survey = dataset.boardFacts.find((f) => f.id === 'provider-boards-2017-survey')!;
      for (const g of survey.figures!.filter((f) => f.population === 'NHS workforce')) expect(g.year, g.label).to.match(/not stated/);
    });
  });
});
