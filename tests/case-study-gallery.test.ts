import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/case-study-gallery.js';
import '../src/clinical-leadership-data.js';
import { DEFAULT_DOCS_HREF, type CaseStudyGallery, type GalleryFilterChangeDetail } from '../src/case-study-gallery.js';
import type { CaseStudyCard } from '../src/case-study-card.js';
import type { ClinicalLeadershipData } from '../src/clinical-leadership-data.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { disciplineOf, indexDataset } from '../src/data/lookup.js';
import type { CaseStudy, Dataset } from '../src/data/schema.js';
import { captureWarnings, shadow, until } from './helpers.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const index = indexDataset(dataset);
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const total = dataset.caseStudies.length;

const status = (el: CaseStudyGallery) => shadow(el).querySelector<HTMLElement>('[role="status"][part="count"]')!;
const statusText = (el: CaseStudyGallery) => fold(status(el)?.textContent);
const cards = (el: CaseStudyGallery) => [...shadow(el).querySelectorAll('case-study-card')];
const shownNames = (el: CaseStudyGallery) =>
  [...shadow(el).querySelectorAll<CaseStudyCard>('.grid__item case-study-card')].map((c) => c.caseStudy!.name);
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const ready = (el: CaseStudyGallery) => until(() => !!shadow(el).querySelector('.layout, [part="error"], [part="count"]:not(.cl-visually-hidden)'), 'gallery ready');
const active = (el: Element) => shadow(el).activeElement as HTMLElement | null;

/** Case studies (from the bundled data) whose searchable text contains every word, and whose discipline is selected. */
function expected(query: string, disciplines: string[] = []): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return dataset.caseStudies
    .filter((c) => {
      const text = [c.name, c.role, c.organisation, c.summary, index.professions.get(c.professionId)!.label].join(' ').toLowerCase();
      const discipline = disciplineOf(index, c.professionId)!.id;
      return words.every((w) => text.includes(w)) && (disciplines.length === 0 || disciplines.includes(discipline));
    })
    .map((c) => c.name);
}
const countOf = (names: string[]) => `Showing ${names.length} of ${total} case studies`;

function ours(id: string, professionId: string, extra: Partial<CaseStudy> = {}): CaseStudy {
  return {
    id, name: `Person ${id}`, professionId, role: 'Director of Therapies', organisation: 'Example NHS Trust', asOf: '2024',
    summary: 'A journey into leadership.', journey: ['Step.'], barrierIds: [], enablerIds: [], sourceIds: ['nhsi-framework-2019'], ...extra,
  };
}

function clearHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

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
      expect(fold(coverage.textContent)).to.equal(
        `${caseStudiesIncluded} of the ${caseStudiesInCompendium} case studies in the compendium are included; add your own with a data file.`,
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
