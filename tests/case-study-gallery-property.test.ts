import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/case-study-gallery.js';
import '../src/clinical-leadership-data.js';
import type { CaseStudyGallery } from '../src/case-study-gallery.js';
import type { CaseStudy } from '../src/data/schema.js';
import { captureWarnings, clearHash, fold, shadow, until } from './helpers.js';
import { total, statusText, cards, shownNames, q, ready, active, ours } from './case-study-gallery-helpers.js';

describe('<case-study-gallery>: case studies by property, hostile strings', () => {
  afterEach(clearHash);

  describe('case studies by property', () => {
    it('shows them, with disciplines resolved through the data set', async () => {
      const list = [ours('p-one', 'physiotherapist'), ours('p-two', 'midwife'), ours('p-three', 'wizard')];
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery .caseStudies=${list}></case-study-gallery>`);
      await ready(el);
      expect(shownNames(el)).to.deep.equal(['Person p-one', 'Person p-two', 'Person p-three']);
      expect(statusText(el)).to.equal('Showing all 3 case studies');
      expect(shadow(el).querySelector('[part="coverage"]'), 'no bundled coverage note').to.equal(null);
      const labels = [...shadow(el).querySelectorAll('fieldset label')].map((l) => fold(l.textContent));
      expect(labels).to.deep.equal(['Allied health professional (1)', 'Midwife (1)', 'Other (1)']);
      el.caseStudies = [list[1]];
      await el.updateComplete;
      expect(shownNames(el)).to.deep.equal(['Person p-two']);
    });

    it('leaves out invalid records and repeated ids, with a message and one warning', async () => {
      const warn = captureWarnings();
      const list = [ours('q-one', 'midwife'), { id: 'q-bad', name: 'No other fields' }, ours('q-one', 'physiotherapist')] as CaseStudy[];
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery .caseStudies=${list}></case-study-gallery>`);
      await ready(el);
      el.query = 'person';
      await el.updateComplete;
      warn.restore();
      expect(shownNames(el)).to.deep.equal(['Person q-one']);
      const alert = q(el, '[part="error"]');
      expect(fold(alert.textContent)).to.contain('Some case studies could not be shown');
      expect(fold(alert.textContent)).to.contain('caseStudies[1]: professionId is missing');
      expect(fold(alert.textContent)).to.contain("caseStudies[2] 'q-one': duplicate id (also caseStudies[0])");
      expect(warn.messages).to.have.length(1);
    });

    it('says so when caseStudies is not a list, and throws nothing', async () => {
      const warn = captureWarnings();
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery .caseStudies=${{ nope: true } as unknown as CaseStudy[]}></case-study-gallery>`);
      await ready(el);
      warn.restore();
      expect(fold(q(el, '[role="alert"]').textContent)).to.contain('caseStudies must be a list of case studies, not object.');
      expect(warn.messages).to.have.length(1);
    });

    it('filters 1,000 case studies, a page of cards at a time', async function () {
      this.timeout(30000);
      const professions = ['physiotherapist', 'midwife', 'clinical-psychologist', 'paramedic'];
      const many = Array.from({ length: 1000 }, (_, i) =>
        ours(`bench-${i}`, professions[i % 4], { name: `Clinician ${i}`, organisation: i % 10 === 0 ? 'Northern NHS Trust' : 'Southern NHS Trust' }),
      );
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery .caseStudies=${many}></case-study-gallery>`);
      await ready(el);
      expect(statusText(el)).to.equal('Showing 24 of 1,000 case studies');
      expect(cards(el)).to.have.length(24);
      const first = cards(el)[0];

      const search = q<HTMLInputElement>(el, '#search');
      search.value = 'northern';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(cards(el)).to.have.length(24);
      expect(cards(el)[0], 'a card that still matches is kept').to.equal(first);
      await until(() => statusText(el) === 'Showing 24 of 100 matching case studies (1,000 in all)', 'count with matches');
      const more = q<HTMLButtonElement>(el, '[part="show-more"]');
      expect(fold(more.textContent)).to.equal('Show 24 more case studies');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cards(el)).to.have.length(48);
      expect(statusText(el)).to.equal('Showing 48 of 100 matching case studies (1,000 in all)');
      expect(active(el), 'focus stays on Show more').to.equal(more);
      for (let i = 0; i < 3; i++) {
        q<HTMLButtonElement>(el, '[part="show-more"]').click();
        await el.updateComplete;
      }
      expect(cards(el)).to.have.length(100);
      expect(shadow(el).querySelector('[part="show-more"]'), 'no more to show').to.equal(null);
      expect(statusText(el)).to.equal('Showing 100 of 1,000 case studies');

      q<HTMLInputElement>(el, '#discipline-midwife').click();
      await el.updateComplete;
      // Midwives are i % 4 === 1; Northern is i % 10 === 0: never both.
      expect(cards(el)).to.have.length(0);
      q<HTMLButtonElement>(el, '[part="empty"] button.clear').click();
      await el.updateComplete;
      expect(cards(el), 'back to one page').to.have.length(24);
    });

    it('shows every match at once with page-size="0"', async () => {
      const many = Array.from({ length: 30 }, (_, i) => ours(`all-${i}`, 'midwife'));
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery page-size="0" .caseStudies=${many}></case-study-gallery>`);
      await ready(el);
      expect(cards(el)).to.have.length(30);
      expect(statusText(el)).to.equal('Showing all 30 case studies');
      el.pageSize = 10;
      await el.updateComplete;
      expect(cards(el)).to.have.length(10);
      expect(fold(q(el, '[part="show-more"]').textContent)).to.equal('Show 10 more case studies');
    });
  });

  describe('hostile strings are inert', () => {
    it('in case studies, the search box and docs-href', async () => {
      const evil = '<img src=x onerror=window.__pwned=1>';
      const el = await fixture<CaseStudyGallery>(
        html`<case-study-gallery docs-href="javascript:window.__pwned=1" .caseStudies=${[ours('evil-one', 'midwife', { name: evil })]}></case-study-gallery>`,
      );
      await ready(el);
      el.query = evil;
      await el.updateComplete;
      expect(fold(q(el, '.cl-chip[data-chip="query"]').textContent)).to.contain(evil);
      expect(shadow(el).querySelectorAll('img, script')).to.have.length(0);
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);

      const bundled = await fixture<CaseStudyGallery>(html`<case-study-gallery docs-href="javascript:window.__pwned=1"></case-study-gallery>`);
      await ready(bundled);
      const coverage = q(bundled, '[part="coverage"]');
      expect(coverage.querySelector('a'), 'no link with a bad scheme').to.equal(null);
      expect(fold(coverage.textContent)).to.contain('add your own with a data file');
      const custom = await fixture<CaseStudyGallery>(html`<case-study-gallery docs-href="/intranet/leadership/data"></case-study-gallery>`);
      await ready(custom);
      expect(q<HTMLAnchorElement>(custom, '[part="coverage"] a').href).to.equal(new URL('/intranet/leadership/data', document.baseURI).href);
    });

    it('in the hash', async () => {
      history.replaceState(history.state, '', `#gallery.q=${encodeURIComponent('<script>window.__pwned=1</script>')}&gallery.discipline=${encodeURIComponent('"><img src=x>')}`);
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery sync-url></case-study-gallery>`);
      await ready(el);
      expect(q<HTMLInputElement>(el, '#search').value).to.equal('<script>window.__pwned=1</script>');
      expect(shadow(el).querySelectorAll('img, script')).to.have.length(0);
      expect(statusText(el)).to.equal(`Showing 0 of ${total} case studies`);
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    });
  });
});
