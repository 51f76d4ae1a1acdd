import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/case-study-gallery.js';
import '../src/clinical-leadership-data.js';
import type { CaseStudyGallery, GalleryFilterChangeDetail } from '../src/case-study-gallery.js';
import { clearHash, fold, shadow, until } from './helpers.js';
import { total, status, statusText, cards, shownNames, q, ready, active, expected, countOf } from './case-study-gallery-helpers.js';

describe('<case-study-gallery>: filtering and sync-url', () => {
  afterEach(clearHash);

  describe('filtering', () => {
    it('by keyboard alone: search, the AHP toggle and discipline checkboxes, with the live count', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await ready(el);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' }); // the coverage note's link
      expect(active(el)?.tagName).to.equal('A');
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('search');

      await sendKeys({ type: 'chief' });
      const chief = expected('chief');
      expect(chief.length).to.be.within(1, total - 1);
      await until(() => statusText(el) === countOf(chief), `count for "chief": ${countOf(chief)}`);
      expect(shownNames(el)).to.deep.equal(chief);
      expect(active(el)?.id, 'focus stays in the search box').to.equal('search');

      await sendKeys({ press: 'Tab' });
      const toggle = q<HTMLButtonElement>(el, '[part="ahp-toggle"]');
      expect(active(el)).to.equal(toggle);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      await sendKeys({ press: 'Space' });
      await until(() => toggle.getAttribute('aria-pressed') === 'true', 'toggle pressed');
      const chiefAhp = expected('chief', ['ahp']);
      expect(statusText(el)).to.equal(countOf(chiefAhp));
      expect(shownNames(el)).to.deep.equal(chiefAhp);
      expect(active(el), 'focus stays on the toggle').to.equal(toggle);

      await sendKeys({ press: 'Tab' });
      const ahpBox = q<HTMLInputElement>(el, '#discipline-ahp');
      expect(active(el)).to.equal(ahpBox);
      expect(ahpBox.checked, 'the AHP checkbox agrees with the toggle').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('discipline-midwife');
      await sendKeys({ press: 'Space' });
      const both = expected('chief', ['ahp', 'midwife']);
      await until(() => statusText(el) === countOf(both), 'AHP or midwife');
      expect(shownNames(el)).to.deep.equal(both);
      expect(toggle.getAttribute('aria-pressed'), 'no longer AHPs only').to.equal('false');
      expect(el.ahpOnly).to.equal(false);
      expect(el.disciplines).to.deep.equal(['ahp', 'midwife']);
    });

    it('announces the count after typing pauses, not on every keystroke', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await ready(el);
      const search = q<HTMLInputElement>(el, '#search');
      search.focus();
      await sendKeys({ type: 'trust' });
      expect(statusText(el), 'not yet announced').to.equal(`Showing all ${total} case studies`);
      await until(() => statusText(el) === countOf(expected('trust')), 'announced after the pause');
    });

    it('fires cl-filter-change with the filters and the count', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await ready(el);
      const box = q<HTMLInputElement>(el, '#discipline-midwife');
      setTimeout(() => box.click());
      const first = await oneEvent(el, 'cl-filter-change');
      expect(first.detail as GalleryFilterChangeDetail).to.deep.equal({ disciplines: ['midwife'], ahpOnly: false, query: '', count: 1, total });
      expect(first.bubbles && first.composed).to.equal(true);

      const toggle = q<HTMLButtonElement>(el, '[part="ahp-toggle"]');
      setTimeout(() => toggle.click());
      const second = await oneEvent(el, 'cl-filter-change');
      expect(second.detail).to.deep.equal({ disciplines: ['ahp'], ahpOnly: true, query: '', count: expected('', ['ahp']).length, total });

      const search = q<HTMLInputElement>(el, '#search');
      search.value = 'barts';
      setTimeout(() => search.dispatchEvent(new Event('input', { bubbles: true, composed: true })));
      const third = await oneEvent(el, 'cl-filter-change');
      expect(third.detail).to.deep.equal({ disciplines: ['ahp'], ahpOnly: true, query: 'barts', count: expected('barts', ['ahp']).length, total });
    });

    it('lists selected filters as removable chips, and clears them all', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery disciplines="ahp,psychologist" query="director"></case-study-gallery>`);
      await ready(el);
      const chipText = () => [...shadow(el).querySelectorAll('.cl-chip')].map((c) => fold(c.textContent));
      expect(chipText()).to.deep.equal([
        'Remove filter: Allied health professional',
        'Remove filter: Psychologist',
        'Remove filter: Search: \u201cdirector\u201d',
      ]);
      expect(statusText(el)).to.equal(countOf(expected('director', ['ahp', 'psychologist'])));

      q<HTMLButtonElement>(el, '.cl-chip[data-chip="discipline:ahp"]').click();
      await el.updateComplete;
      expect(el.disciplines).to.deep.equal(['psychologist']);
      expect(active(el)?.dataset.chip, 'focus moves to the next chip').to.equal('discipline:psychologist');
      expect(statusText(el)).to.equal(countOf(expected('director', ['psychologist'])));

      q<HTMLButtonElement>(el, '[part="selected"] button.clear').click();
      await el.updateComplete;
      expect(el.disciplines).to.deep.equal([]);
      expect(el.query).to.equal('');
      expect(q<HTMLInputElement>(el, '#search').value).to.equal('');
      expect(statusText(el)).to.equal(`Showing all ${total} case studies`);
      expect(shadow(el).querySelector('[part="selected"]'), 'chips and Clear filters gone').to.equal(null);
      expect(active(el), 'focus goes to the count, not lost').to.equal(status(el));
    });

    it('ahp-only is the same filter as the AHP discipline, by attribute and property', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery ahp-only></case-study-gallery>`);
      await ready(el);
      expect(el.disciplines).to.deep.equal(['ahp']);
      expect(el.ahpOnly).to.equal(true);
      expect(q(el, '[part="ahp-toggle"]').getAttribute('aria-pressed')).to.equal('true');
      expect(q<HTMLInputElement>(el, '#discipline-ahp').checked).to.equal(true);
      expect(shownNames(el)).to.deep.equal(expected('', ['ahp']));
      el.disciplines = ['ahp', 'midwife'];
      await el.updateComplete;
      expect(el.ahpOnly).to.equal(false);
      el.ahpOnly = false;
      expect(el.disciplines, 'turning off what is not on changes nothing').to.deep.equal(['ahp', 'midwife']);
      el.ahpOnly = true;
      await el.updateComplete;
      expect(el.disciplines).to.deep.equal(['ahp']);
      el.ahpOnly = false;
      await el.updateComplete;
      expect(el.disciplines).to.deep.equal([]);
      expect(shownNames(el)).to.have.length(total);
    });

    it('says when nothing matches and offers to clear the filters', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery query="nothing-matches-this"></case-study-gallery>`);
      await ready(el);
      expect(statusText(el)).to.equal(`Showing 0 of ${total} case studies`);
      const empty = q(el, '[part="empty"]');
      expect(fold(empty.textContent)).to.contain('No case studies match your filters.');
      expect(fold(empty.textContent)).to.contain('check the spelling of your search');
      expect(shadow(el).querySelector('[part="list"]'), 'no empty list').to.equal(null);
      empty.querySelector<HTMLButtonElement>('button.clear')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="empty"]')).to.equal(null);
      expect(shownNames(el)).to.have.length(total);
    });

    it('keeps the cards that still match (and their open disclosures) while filtering', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await ready(el);
      const rachel = cards(el).find((c) => c.caseStudy!.id === 'rachel-mckeown')!;
      rachel.open = true;
      el.disciplines = ['ahp'];
      await el.updateComplete;
      expect(cards(el)).to.include(rachel);
      el.query = 'midlands';
      await el.updateComplete;
      expect(cards(el)).to.deep.equal([rachel]);
      expect(rachel.open).to.equal(true);
    });
  });

  describe('sync-url', () => {
    it('restores filters from the hash on load', async () => {
      history.replaceState(history.state, '', '#gallery.discipline=midwife,ahp&gallery.q=chief');
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery sync-url></case-study-gallery>`);
      await ready(el);
      expect(el.disciplines).to.deep.equal(['midwife', 'ahp']);
      expect(el.query).to.equal('chief');
      expect(q<HTMLInputElement>(el, '#search').value).to.equal('chief');
      expect(q<HTMLInputElement>(el, '#discipline-midwife').checked).to.equal(true);
      expect(shownNames(el)).to.deep.equal(expected('chief', ['midwife', 'ahp']));
    });

    it('writes filter changes to the hash, keeping what it does not own', async () => {
      history.replaceState(history.state, '', '#other.x=1');
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery sync-url></case-study-gallery>`);
      await ready(el);
      q<HTMLButtonElement>(el, '[part="ahp-toggle"]').click();
      await el.updateComplete;
      const params = new URLSearchParams(location.hash.slice(1));
      expect(params.get('gallery.discipline')).to.equal('ahp');
      expect(params.get('other.x')).to.equal('1');
      q<HTMLButtonElement>(el, '[part="ahp-toggle"]').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#other.x=1');
    });

    it('follows the hash when it changes, and ignores plain anchors', async () => {
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery sync-url="leaders"></case-study-gallery>`);
      await ready(el);
      setTimeout(() => (location.hash = 'leaders.q=barts'));
      const event = await oneEvent(el, 'cl-filter-change');
      expect(event.detail.query).to.equal('barts');
      expect(shownNames(el)).to.deep.equal(expected('barts'));
      location.hash = 'section-2';
      await new Promise((r) => setTimeout(r, 50));
      expect(el.query, 'a plain anchor leaves the filters alone').to.equal('barts');
    });

    it('round trip: a shared link restores what another gallery wrote', async () => {
      const first = await fixture<CaseStudyGallery>(html`<case-study-gallery sync-url></case-study-gallery>`);
      await ready(first);
      q<HTMLInputElement>(first, '#discipline-psychologist').click();
      const search = q<HTMLInputElement>(first, '#search');
      search.value = 'oxleas';
      search.dispatchEvent(new Event('input'));
      await first.updateComplete;
      const link = location.href;
      expect(link).to.contain('gallery.discipline=psychologist');
      expect(link).to.contain('gallery.q=oxleas');
      first.remove();
      clearHash();
      history.replaceState(history.state, '', link);
      const second = await fixture<CaseStudyGallery>(html`<case-study-gallery sync-url></case-study-gallery>`);
      await ready(second);
      expect(second.disciplines).to.deep.equal(['psychologist']);
      expect(second.query).to.equal('oxleas');
      expect(shownNames(second)).to.deep.equal(expected('oxleas', ['psychologist']));
    });

    it('does nothing with the hash without sync-url', async () => {
      history.replaceState(history.state, '', '#gallery.q=chief');
      const el = await fixture<CaseStudyGallery>(html`<case-study-gallery></case-study-gallery>`);
      await ready(el);
      expect(el.query).to.equal('');
      q<HTMLButtonElement>(el, '[part="ahp-toggle"]').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#gallery.q=chief');
    });
  });
});
