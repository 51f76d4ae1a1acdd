import { expect, fixture, html } from '@open-wc/testing';
import '../src/case-study-gallery.js';
import '../src/clinical-leadership-data.js';
import { DEFAULT_DOCS_HREF, type CaseStudyGallery } from '../src/case-study-gallery.js';
import type { ClinicalLeadershipData } from '../src/clinical-leadership-data.js';
import { dataset } from '../src/data/bundled-dataset.js';
import type { CaseStudy, Dataset } from '../src/data/schema.js';
import { captureWarnings, clearHash, clone, fold, shadow, until } from './helpers.js';
import { total, status, statusText, cards, shownNames, q, ready, ours } from './case-study-gallery-helpers.js';

describe('<case-study-gallery>', () => {
  afterEach(clearHash);

  describe('accessibility (axe) in every state', () => {
    it('default, filtered, empty', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await ready(el);
      await expect(el).to.be.accessible();
      el.disciplines = ['ahp'];
      el.query = 'director';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.query = 'zzzz-nothing';
      await el.updateComplete;
      expect(q(el, '[part="empty"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('loading', async () => {
      const provider = await fixture<ClinicalLeadershipData>(
        html`<clinical-leadership-data src="/__test__/dataset.json?delay=500"><case-study-gallery></case-study-gallery></clinical-leadership-data>`,
      );
      const loading = provider.querySelector('case-study-gallery')!;
      await until(() => !!shadow(loading).querySelector('[part="loading"]'), 'loading');
      expect(status(loading), 'live region present while loading').not.to.equal(null);
      await expect(loading).to.be.accessible();
    });

    it('error, no case studies, some left out', async () => {
      const warn = captureWarnings();
      const broken = await fixture<CaseStudyGallery>(html`<case-study-gallery .caseStudies=${'nope' as unknown as CaseStudy[]}></case-study-gallery>`);
      await ready(broken);
      await expect(broken).to.be.accessible();

      const none = await fixture<CaseStudyGallery>(html`<case-study-gallery .caseStudies=${[]}></case-study-gallery>`);
      await ready(none);
      expect(statusText(none)).to.equal('There are no case studies to show');
      await expect(none).to.be.accessible();

      const partial = await fixture<CaseStudyGallery>(
        html`<case-study-gallery .caseStudies=${[ours('axe-ok', 'midwife'), { id: 'axe-bad' } as unknown as CaseStudy]}></case-study-gallery>`,
      );
      await ready(partial);
      warn.restore();
      await expect(partial).to.be.accessible();
    });

    it('at 320px: one column, nothing scrolls sideways', async () => {
      // Sized directly: a plain <div> fixture waits for an animation frame, which a background tab never gets.
      const narrow = await fixture<CaseStudyGallery>(html`<case-study-gallery style="width:320px" disciplines="ahp"></case-study-gallery>`);
      await ready(narrow);
      await expect(narrow).to.be.accessible();
      expect(narrow.scrollWidth, 'no sideways scrolling at 320px').to.be.at.most(320);
      const columns = getComputedStyle(q(narrow, '.grid')).gridTemplateColumns.split(' ').length;
      expect(columns, 'one column at 320px').to.equal(1);
    });

    it('wide: filters beside two or three columns of cards', async () => {
      const wide = await fixture<CaseStudyGallery>(html`<case-study-gallery style="width:1400px"></case-study-gallery>`);
      await ready(wide);
      const layout = getComputedStyle(q(wide, '.layout')).gridTemplateColumns.split(' ').length;
      expect(layout, 'filter column beside the results').to.equal(2);
      const columns = getComputedStyle(q(wide, '.grid')).gridTemplateColumns.split(' ').length;
      expect(columns).to.be.within(2, 3);
    });
  });

  describe('the bundled data', () => {
    it('shows every case study with the count, discipline options and the coverage note', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await ready(el);
      expect(cards(el)).to.have.length(total);
      expect(shownNames(el)).to.deep.equal(dataset.caseStudies.map((c) => c.name));
      expect(statusText(el)).to.equal(`Showing all ${total} case studies`);
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(fold(q(el, 'h2').textContent)).to.equal('Case studies');

      const coverage = q(el, '[part="coverage"]');
      const { caseStudiesIncluded, caseStudiesInCompendium } = dataset.coverage!;
      // Issue 26: one of them (Jagjit Sethi) is in the compendium by our inference, and the note says so.
      expect(fold(coverage.textContent)).to.equal(
        `${caseStudiesIncluded} of the ${caseStudiesInCompendium} case studies in the compendium are included (one by our inference); add your own with a data file.`,
      );
      expect(fold(coverage.textContent)).to.contain('6 of the 11 case studies in the compendium are included');
      expect(coverage.querySelector('a')!.href).to.equal(DEFAULT_DOCS_HREF);

      const legend = q(el, 'fieldset legend');
      expect(fold(legend.textContent)).to.equal('Discipline');
      const labels = [...shadow(el).querySelectorAll('fieldset label')].map((l) => fold(l.textContent));
      expect(labels).to.deep.equal(['Allied health professional (3)', 'Midwife (1)', 'Psychologist (1)', 'Healthcare scientist (1)']);
      expect(fold(q(el, '[part="ahp-toggle"]').textContent)).to.equal('AHPs only');
      expect(fold(q(el, 'label[for="search"]').textContent)).to.equal('Search case studies');
      expect(q(el, '[part="selected"]'), 'no chips before filtering').to.equal(null);
      expect(q(el, 'button.clear'), 'no Clear filters before filtering').to.equal(null);
    });

    it('passes the heading level down to the cards', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await ready(el);
      for (const card of cards(el)) expect(card.getAttribute('heading-level')).to.equal('3');
      await until(() => !!cards(el)[0].shadowRoot?.querySelector('h3#name'), 'card names are h3');
      expect(q(el, '.filters h3')).not.to.equal(null);

      const four = await fixture<CaseStudyGallery>(html`<case-study-gallery heading-level="4" heading="Leaders in our trust"></case-study-gallery>`);
      await ready(four);
      expect(fold(q(four, 'h4').textContent)).to.equal('Leaders in our trust');
      expect(cards(four)[0].getAttribute('heading-level')).to.equal('5');

      const bare = await fixture<CaseStudyGallery>(html`<case-study-gallery heading="" heading-level="3"></case-study-gallery>`);
      await ready(bare);
      expect(shadow(bare).querySelector('.gallery__heading')).to.equal(null);
      expect(cards(bare)[0].getAttribute('heading-level')).to.equal('3');
    });

    it('shows a provider\u2019s case studies, without the bundled coverage note', async () => {
      const data = clone(dataset) as Dataset;
      data.caseStudies = data.caseStudies.slice(0, 2);
      const provider = await fixture<ClinicalLeadershipData>(html`<clinical-leadership-data .data=${data}><case-study-gallery></case-study-gallery></clinical-leadership-data>`);
      const el = provider.querySelector('case-study-gallery')!;
      await ready(el);
      expect(shownNames(el)).to.deep.equal(data.caseStudies.map((c) => c.name));
      expect(statusText(el)).to.equal('Showing all 2 case studies');
      expect(shadow(el).querySelector('[part="coverage"]')).to.equal(null);
    });
  });
});
