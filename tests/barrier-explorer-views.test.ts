import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/barrier-explorer.js';
import '../src/clinical-leadership-data.js';
import type { BarrierExplorer, FilterChangeDetail } from '../src/barrier-explorer.js';
import type { SelectDetail } from '../src/internal/select-event.js';
import { captureWarnings } from './helpers.js';
import { barriers, elements, caseStudies, total, elementsOf, titlesWhere, root, $, $$, text, titles, countOf, showing, ready, explorer, tabTo, keyboardExplorer } from './barrier-explorer-helpers.js';

describe('<barrier-explorer>: views, case studies, sync-url', () => {
  describe('views', () => {
    it('switches view with the arrow keys on the view radios', async () => {
      const el = await keyboardExplorer();
      const radio = await tabTo(el, '#view-barriers');
      expect((radio as HTMLInputElement).checked).to.equal(true);
      expect(text(radio.closest('fieldset')!.querySelector('legend'))).to.equal('View');
      const changed = oneEvent(el, 'cl-filter-change');
      await sendKeys({ press: 'ArrowRight' });
      expect(((await changed) as CustomEvent<FilterChangeDetail>).detail.view).to.equal('elements');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#view-elements')!.checked).to.equal(true);
      expect($(el, '[part="list"]')).to.equal(null);
      expect($$(el, '[part="element-section"]')).to.have.length(elements.length);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.view).to.equal('barriers');
      expect(titles(el)).to.have.length(total);
    });

    it('applies the filters in the element view too', async () => {
      const el = await explorer(html`<barrier-explorer view="elements" elements="talent-management" levels="system"></barrier-explorer>`);
      expect($$(el, '.element__title').map(text)).to.deep.equal(['Talent management']);
      const shown = new Set($$(el, '.barrier-links button').map((b) => text(b).replace(' (show in the barrier list)', '')));
      expect([...shown].sort()).to.deep.equal(titlesWhere((b) => b.level === 'system' && elementsOf(b).has('talent-management')).sort());
    });

    it('opens a barrier in the list from the element view, with focus on it', async () => {
      const el = await explorer(html`<barrier-explorer view="elements"></barrier-explorer>`);
      const button = $$(el, '.barrier-links button')[0];
      const title = text(button).replace(' (show in the barrier list)', '');
      button.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(el.view).to.equal('barriers');
      const item = $$(el, '.barrier').find((b) => text(b.querySelector('.barrier__title')) === title)!;
      expect(item.querySelector('details')!.open).to.equal(true);
      expect(root(el).activeElement).to.equal(item.querySelector('summary'));
    });

    it('uses heading-level for titles and the levels below for sub-headings', async () => {
      const el = await explorer(html`<barrier-explorer heading-level="2"></barrier-explorer>`);
      expect($(el, '.barrier__title')!.localName).to.equal('h2');
      expect($(el, '.barrier__subheading')!.localName).to.equal('h3');
      expect($(el, '.enabler-group__title')!.localName).to.equal('h4');
      el.view = 'elements';
      await el.updateComplete;
      expect($(el, '.element__title')!.localName).to.equal('h2');
      expect($(el, '.element-enabler__title')!.localName).to.equal('h3');
      el.headingLevel = 99;
      await el.updateComplete;
      expect($(el, '.element__title')!.localName, 'a bad level falls back to 3').to.equal('h3');
    });
  });

  describe('case studies', () => {
    it('fires cl-select with the case study id', async () => {
      const el = await explorer(html`<barrier-explorer></barrier-explorer>`);
      const study = caseStudies.find((c) => c.barrierIds.length)!;
      const item = $(el, `.barrier[data-id="${study.barrierIds[0]}"]`)!;
      const button = [...item.querySelectorAll<HTMLButtonElement>('.case-study button')].find((b) => text(b) === study.name)!;
      expect(button.classList.contains('cl-link-button')).to.equal(true);
      const selected = oneEvent(el, 'cl-select');
      button.click();
      const event = (await selected) as CustomEvent<SelectDetail>;
      expect(event.detail).to.deep.equal({ kind: 'case-study', id: study.id });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('renders real links from case-study-href, and fires a cancelable cl-select on them', async () => {
      const el = await explorer(html`<barrier-explorer case-study-href="/leaders#{id}"></barrier-explorer>`);
      const links = $$<HTMLAnchorElement>(el, '.case-study a');
      const mentions = barriers.reduce((n, b) => n + caseStudies.filter((c) => c.barrierIds.includes(b.id)).length, 0);
      expect(links).to.have.length(mentions);
      expect($$(el, '.case-study button')).to.have.length(0);
      const study = caseStudies.find((c) => c.name === text(links[0]))!;
      expect(links[0].href).to.equal(new URL(`/leaders#${study.id}`, document.baseURI).href);
      el.addEventListener('cl-select', (e) => e.preventDefault(), { once: true });
      const before = location.href;
      links[0].click();
      expect(location.href, 'a cancelled cl-select stops navigation').to.equal(before);
    });

    it('never binds an unsafe case-study-href template', async () => {
      const warn = captureWarnings();
      const el = await explorer(html`<barrier-explorer case-study-href="javascript:window.__pwned=1//{id}"></barrier-explorer>`);
      warn.restore();
      expect($$(el, 'a').filter((a) => /^\s*javascript/i.test(a.getAttribute('href') ?? ''))).to.have.length(0);
      expect($$(el, '.case-study a')).to.have.length(0);
      expect($$(el, '.case-study button').length).to.be.greaterThan(0);
      expect(warn.messages.filter((m) => m.includes('case-study-href'))).to.have.length(1);
    });
  });

  describe('sync-url', () => {
    let saved: string;
    beforeEach(() => (saved = location.href));
    afterEach(() => history.replaceState(null, '', saved));

    it('restores view and filters from the hash, writes changes back and follows hashchange', async () => {
      history.replaceState(null, '', '#other.q=keep&explorer.view=elements&explorer.level=system');
      const el = await explorer(html`<barrier-explorer sync-url></barrier-explorer>`);
      expect(el.view).to.equal('elements');
      expect($<HTMLInputElement>(el, '#view-elements')!.checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#level-system')!.checked).to.equal(true);
      expect(countOf(el)).to.equal(showing(barriers.filter((b) => b.level === 'system').length));

      $(el, '#discipline-ahp')!.click();
      await el.updateComplete;
      const params = new URLSearchParams(location.hash.slice(1));
      expect(params.get('explorer.discipline')).to.equal('ahp');
      expect(params.get('explorer.level')).to.equal('system');
      expect(params.get('explorer.view')).to.equal('elements');
      expect(params.get('other.q'), 'other widgets’ keys are kept').to.equal('keep');

      const changed = oneEvent(el, 'cl-filter-change');
      location.hash = 'explorer.level=individual&explorer.q=confidence';
      const { detail } = (await changed) as CustomEvent<FilterChangeDetail>;
      expect(detail).to.deep.include({ view: 'barriers', levels: ['individual'], disciplines: [], query: 'confidence' });
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('confidence');
      expect($<HTMLInputElement>(el, '#discipline-ahp')!.checked).to.equal(false);
    });

    it('uses its own key and leaves the hash alone without sync-url', async () => {
      history.replaceState(null, '', '#bx.discipline=midwife&explorer.level=system');
      const el = await explorer(html`<div><barrier-explorer sync-url="bx"></barrier-explorer><barrier-explorer id="plain"></barrier-explorer></div>`);
      const plain = document.querySelector('#plain') as BarrierExplorer;
      await ready(plain);
      expect(el.disciplines).to.deep.equal(['midwife']);
      expect(el.levels).to.deep.equal([]);
      expect(plain.levels, 'no sync-url: the hash is not read').to.deep.equal([]);
      $(plain, '#level-organisational')!.click();
      await plain.updateComplete;
      expect(location.hash).to.equal('#bx.discipline=midwife&explorer.level=system');
    });
  });
});
