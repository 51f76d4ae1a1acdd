import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/barrier-explorer.js';
import '../src/clinical-leadership-data.js';
import type { BarrierExplorer, FilterChangeDetail } from '../src/barrier-explorer.js';
import type { Barrier, CaseStudy, Dataset, Discipline, Enabler, FrameworkElement, Source } from '../src/data/index.js';
import type { SelectDetail } from '../src/internal/select-event.js';
import { normaliseText } from '../src/internal/search.js';
import barriersFile from '../data/barriers.json';
import enablersFile from '../data/enablers.json';
import elementsFile from '../data/elements.json';
import disciplinesFile from '../data/disciplines.json';
import caseStudiesFile from '../data/case-studies.json';
import sourcesFile from '../data/sources.json';
import { dataset } from '../src/data/bundled-dataset.js';
import { captureWarnings, shadow, until } from './helpers.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
// Expectations come straight from the data files, not through the code under test.
const barriers = barriersFile as Barrier[];
const enablers = enablersFile as Enabler[];
const elements = elementsFile as FrameworkElement[];
const disciplines = disciplinesFile as Discipline[];
const caseStudies = caseStudiesFile as CaseStudy[];
const sources = sourcesFile as Source[];
const total = barriers.length;
const enablerById = new Map(enablers.map((e) => [e.id, e]));
const LEVEL_LABEL: Record<string, string> = { individual: 'Individual', organisational: 'Organisational', system: 'System' };

/** Framework elements that address a barrier: its own and those of its enablers (the explorer's rule). */
const elementsOf = (b: Barrier) => new Set([...b.elementIds, ...b.enablerIds.map((id) => enablerById.get(id)!.elementId)]);
const forDiscipline = (b: Barrier, d: string) => b.disciplineIds.length === 0 || b.disciplineIds.includes(d);
const titlesWhere = (test: (b: Barrier) => boolean) => barriers.filter(test).map((b) => b.title);

const root = (el: BarrierExplorer) => shadow(el);
const $ = <T extends Element = HTMLElement>(el: BarrierExplorer, selector: string) => root(el).querySelector(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: BarrierExplorer, selector: string) => [...root(el).querySelectorAll(selector)] as T[];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Titles of the barriers a user can see (filtered-out ones stay in the DOM, hidden). */
const titles = (el: BarrierExplorer) => $$(el, '.barrier:not([hidden]) .barrier__title').filter((h) => h.getClientRects().length > 0).map(text);
const countOf = (el: BarrierExplorer) => text($(el, '[part="count"]'));
const showing = (n: number) => `Showing ${n} of ${total} barriers`;

async function ready(el: BarrierExplorer): Promise<BarrierExplorer> {
  await until(() => !!el.shadowRoot?.querySelector('[part="count"], [role="alert"]'), 'explorer ready');
  await el.updateComplete;
  return el;
}

async function explorer(template: ReturnType<typeof html>): Promise<BarrierExplorer> {
  const host = await fixture(template);
  const el = (host.localName === 'barrier-explorer' ? host : host.querySelector('barrier-explorer')) as BarrierExplorer;
  return ready(el);
}

/** Presses Tab until the focused element in the explorer matches `selector`. */
async function tabTo(el: BarrierExplorer, selector: string, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const active = root(el).activeElement as HTMLElement | null;
    if (active?.matches(selector)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A focusable start point before the explorer, so tests reach every control by Tab alone. */
async function keyboardExplorer(attrs = ''): Promise<BarrierExplorer> {
  const host = await fixture(html`<div><button id="before">Before</button><barrier-explorer></barrier-explorer></div>`);
  const el = host.querySelector('barrier-explorer') as BarrierExplorer;
  for (const a of attrs.split(' ').filter(Boolean)) el.setAttribute(...(a.split('=') as [string, string]));
  await ready(el);
  (host.querySelector('#before') as HTMLElement).focus();
  return el;
}

describe('<barrier-explorer>', () => {
  describe('accessibility (axe) in each state and view', () => {
    it('is accessible while loading and when ready', async () => {
      const host = await fixture(html`<clinical-leadership-data src="/__test__/dataset.json?delay=400&explorer"><barrier-explorer></barrier-explorer></clinical-leadership-data>`);
      const el = host.querySelector('barrier-explorer') as BarrierExplorer;
      await el.updateComplete;
      expect(text($(el, '[part="loading"]'))).to.equal('Loading the barriers…');
      await expect(el).to.be.accessible();
      await ready(el);
      expect(countOf(el)).to.equal(`Showing all ${total} barriers`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with every barrier open', async () => {
      const el = await explorer(html`<barrier-explorer></barrier-explorer>`);
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      await expect(el).to.be.accessible();
    });

    it('is accessible filtered, with chips, and in the element view', async () => {
      const el = await explorer(html`<barrier-explorer levels="system" disciplines="ahp" query="board"></barrier-explorer>`);
      expect($$(el, '.cl-chip')).to.have.length(3);
      await expect(el).to.be.accessible();
      el.view = 'elements';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.levels = [];
      el.disciplines = [];
      el.query = '';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible with no result', async () => {
      const el = await explorer(html`<barrier-explorer query="zzzz nothing matches this"></barrier-explorer>`);
      expect(text($(el, '[part="empty"]'))).to.contain('No barriers match your filters.');
      await expect(el).to.be.accessible();
    });

    it('is accessible at 320px, filters closed and open', async () => {
      const el = await explorer(html`<div style="width: 320px"><barrier-explorer></barrier-explorer></div>`);
      await expect(el).to.be.accessible();
      $(el, '[part="filter-toggle"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible showing a data error', async () => {
      const warn = captureWarnings();
      const host = await fixture(html`<clinical-leadership-data src="/__test__/invalid.json"><barrier-explorer></barrier-explorer></clinical-leadership-data>`);
      const el = host.querySelector('barrier-explorer') as BarrierExplorer;
      await until(() => !!el.shadowRoot?.querySelector('[role="alert"]'), 'error shown');
      warn.restore();
      expect(text($(el, '[role="alert"]'))).to.contain('The barriers could not be shown');
      await expect(el).to.be.accessible();
    });
  });

  describe('the bundled data', () => {
    it('lists every bundled barrier with its level, disciplines and tags', async () => {
      const el = await explorer(html`<barrier-explorer></barrier-explorer>`);
      expect(titles(el)).to.deep.equal(barriers.map((b) => b.title));
      for (const b of barriers) {
        const item = $(el, `.barrier[data-id="${b.id}"]`)!;
        const meta = text(item.querySelector('.barrier__meta'));
        expect(meta, b.id).to.contain(`${LEVEL_LABEL[b.level]} level`);
        const labels = b.disciplineIds.map((id) => disciplines.find((d) => d.id === id)!.label);
        expect(meta, b.id).to.contain(`Disciplines: ${labels.length ? labels.join(', ') : 'All disciplines'}`);
        expect(meta.includes('Inferred from recommendations'), `${b.id} inferred`).to.equal(!!b.inferred);
      }
    });

    it('shows each barrier’s enablers by framework element, its case studies by name and its sources', async () => {
      const el = await explorer(html`<barrier-explorer></barrier-explorer>`);
      for (const b of barriers) {
        const item = $(el, `.barrier[data-id="${b.id}"]`)!;
        const details = item.querySelector('details')!;
        expect(details.open).to.equal(false);
        (details.querySelector('summary') as HTMLElement).click();
        await until(() => details.open, 'details open');
        expect(text(details)).to.contain(b.description);
        const expectedEnablers = b.enablerIds.map((id) => enablerById.get(id)!);
        expect([...details.querySelectorAll('.enabler__title')].map(text).sort(), b.id).to.deep.equal(expectedEnablers.map((e) => e.title).sort());
        // Grouped under their elements' titles, in the data set's element order.
        const groupTitles = [...details.querySelectorAll('.enabler-group__title')].map(text);
        const expectedGroups = elements.filter((x) => expectedEnablers.some((e) => e.elementId === x.id)).map((x) => x.title);
        expect(groupTitles, b.id).to.deep.equal(expectedGroups);
        for (const group of details.querySelectorAll('.enabler-group')) {
          const element = elements.find((x) => x.title === text(group.querySelector('.enabler-group__title')))!;
          for (const t of [...group.querySelectorAll('.enabler__title')].map(text)) {
            expect(enablers.find((e) => e.title === t)!.elementId).to.equal(element.id);
          }
        }
        for (const e of expectedEnablers) expect(text(details)).to.contain(`Who: ${e.actor[0].toUpperCase()}${e.actor.slice(1)}`);
        const names = caseStudies.filter((c) => c.barrierIds.includes(b.id)).map((c) => c.name);
        expect([...details.querySelectorAll('.case-study__name')].map(text), b.id).to.deep.equal(names);
        if (!names.length) expect(text(details)).to.contain('None of the case studies mentions it.');
        const cited = b.sourceIds.map((id) => sources.find((s) => s.id === id)!);
        expect([...details.querySelectorAll('.source cite')].map(text), b.id).to.deep.equal(cited.map((s) => s.title));
        for (const a of details.querySelectorAll<HTMLAnchorElement>('.source a')) expect(a.href).to.match(/^https?:\/\//);
      }
    });

    it('lists, in the element view, the five elements in data order with their enablers and the barriers they address', async () => {
      const el = await explorer(html`<barrier-explorer view="elements"></barrier-explorer>`);
      expect($$(el, '.element__title').map(text)).to.deep.equal(elements.map((e) => e.title));
      for (const section of $$(el, '[part="element-section"]')) {
        const element = elements.find((e) => e.title === text(section.querySelector('.element__title')))!;
        const own = enablers.filter((e) => e.elementId === element.id);
        const items = [...section.querySelectorAll('.element-enabler')];
        expect(items.map((i) => text(i.querySelector('.element-enabler__title')))).to.deep.equal(own.map((e) => e.title));
        items.forEach((item, i) => {
          const linked = [...item.querySelectorAll('.barrier-links button')].map((b) => text(b).replace(' (show in the barrier list)', ''));
          expect(linked, own[i].id).to.deep.equal(titlesWhere((b) => b.enablerIds.includes(own[i].id)));
        });
      }
    });
  });

  describe('filters, by keyboard alone', () => {
    it('filters by level', async () => {
      const el = await keyboardExplorer();
      await tabTo(el, '#level-system');
      await sendKeys({ press: 'Space' });
      const expected = titlesWhere((b) => b.level === 'system');
      await until(() => countOf(el) === showing(expected.length), 'level count');
      expect(titles(el)).to.deep.equal(expected);
      expect($<HTMLInputElement>(el, '#level-system')!.checked).to.equal(true);
    });

    it('filters by framework element', async () => {
      const el = await keyboardExplorer();
      await tabTo(el, '#element-practical-levers');
      await sendKeys({ press: 'Space' });
      const expected = titlesWhere((b) => elementsOf(b).has('practical-levers'));
      await until(() => countOf(el) === showing(expected.length), 'element count');
      expect(titles(el)).to.deep.equal(expected);
    });

    it('filters by discipline, counting barriers for all disciplines', async () => {
      const el = await keyboardExplorer();
      await tabTo(el, '#discipline-midwife');
      await sendKeys({ press: 'Space' });
      const expected = titlesWhere((b) => forDiscipline(b, 'midwife'));
      await until(() => countOf(el) === showing(expected.length), 'discipline count');
      expect(titles(el)).to.deep.equal(expected);
      expect(expected).to.include(barriers.find((b) => b.disciplineIds.length === 0)!.title);
    });

    it('filters by search text (titles and descriptions, forgiving)', async () => {
      const el = await keyboardExplorer();
      await tabTo(el, '#search');
      await sendKeys({ type: 'BOARD' });
      const expected = titlesWhere((b) => normaliseText(`${b.title} ${b.description}`).includes('board'));
      expect(expected.length).to.be.greaterThan(0).and.lessThan(total);
      await until(() => titles(el).length === expected.length, 'search results');
      expect(titles(el)).to.deep.equal(expected);
      await until(() => countOf(el) === showing(expected.length), 'search count after the pause');
    });

    it('combines groups with AND and options with OR', async () => {
      const el = await keyboardExplorer();
      for (const id of ['#level-organisational', '#level-system', '#element-practical-levers', '#discipline-ahp', '#discipline-psychologist']) {
        await tabTo(el, id);
        await sendKeys({ press: 'Space' });
      }
      const expected = titlesWhere(
        (b) => ['system', 'organisational'].includes(b.level) && (forDiscipline(b, 'ahp') || forDiscipline(b, 'psychologist')) && elementsOf(b).has('practical-levers'),
      );
      await until(() => countOf(el) === showing(expected.length), 'combined count');
      expect(titles(el)).to.deep.equal(expected);
      expect(expected.length).to.be.greaterThan(0);
    });

    it('shows each option’s count given the other choices', async () => {
      const el = await explorer(html`<barrier-explorer levels="system"></barrier-explorer>`);
      const label = text(root(el).querySelector('label[for="discipline-doctor"]'));
      const n = barriers.filter((b) => b.level === 'system' && forDiscipline(b, 'doctor')).length;
      expect(label).to.equal(`Doctor (${n})`);
    });
  });

  describe('count, live region and chips', () => {
    it('keeps one polite status region and words the count', async () => {
      const el = await explorer(html`<barrier-explorer></barrier-explorer>`);
      const status = $(el, '[role="status"]')!;
      expect(status.getAttribute('part')).to.equal('count');
      expect(countOf(el)).to.equal(`Showing all ${total} barriers`);
      $(el, '#level-individual')!.click();
      await el.updateComplete;
      expect($(el, '[role="status"]'), 'the same live region').to.equal(status);
      expect(countOf(el), 'a click is announced at once').to.equal(showing(barriers.filter((b) => b.level === 'individual').length));
      const search = $<HTMLInputElement>(el, '#search')!;
      search.value = 'zzzz';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([]);
      expect(countOf(el), 'typing waits for a pause').to.not.equal(showing(0));
      await until(() => countOf(el) === showing(0), 'announced after the pause');
      expect($(el, '[role="status"]')).to.equal(status);
    });

    it('shows selected filters as chips that remove their filter, keeping focus in the chips', async () => {
      const el = await explorer(html`<barrier-explorer levels="system" disciplines="ahp"></barrier-explorer>`);
      const chips = () => $$(el, '.cl-chip');
      expect(chips().map(text)).to.deep.equal(['Remove filter: System', 'Remove filter: Allied health professional']);
      chips()[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#level-system')!.checked).to.equal(false);
      expect(el.levels).to.deep.equal([]);
      expect(chips().map(text)).to.deep.equal(['Remove filter: Allied health professional']);
      expect(root(el).activeElement).to.equal(chips()[0]);
      expect(countOf(el)).to.equal(showing(barriers.filter((b) => forDiscipline(b, 'ahp')).length));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(chips()).to.have.length(0);
      expect(root(el).activeElement, 'focus on the count when no chip is left').to.equal($(el, '[part="count"]'));
      expect(countOf(el)).to.equal(`Showing all ${total} barriers`);
    });

    it('clears every filter with "Clear filters"', async () => {
      const el = await explorer(html`<barrier-explorer levels="system" elements="practical-levers" query="board"></barrier-explorer>`);
      const changed = oneEvent(el, 'cl-filter-change');
      ($$(el, '.clear-filters')[0] as HTMLElement).click();
      const { detail } = await changed;
      expect(detail).to.deep.include({ levels: [], elements: [], disciplines: [], query: '', count: total, total });
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
      expect($$(el, 'input[type="checkbox"]:checked')).to.have.length(0);
    });

    it('offers a one-click way back from an empty result', async () => {
      const el = await explorer(html`<barrier-explorer query="qqqq"></barrier-explorer>`);
      const empty = $(el, '[part="empty"]')!;
      expect(text(empty)).to.contain('Check the spelling or try fewer words, or remove a filter.');
      (empty.querySelector('button') as HTMLElement).click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(total);
      expect(root(el).activeElement).to.equal($(el, '[part="count"]'));
    });

    it('keeps an open barrier open while filters change', async () => {
      const el = await explorer(html`<barrier-explorer></barrier-explorer>`);
      const system = barriers.find((b) => b.level === 'system')!;
      const details = $<HTMLDetailsElement>(el, `.barrier[data-id="${system.id}"] details`)!;
      details.open = true;
      $(el, '#level-individual')!.click();
      await el.updateComplete;
      expect(titles(el)).to.not.include(system.title);
      $(el, '#level-individual')!.click();
      await el.updateComplete;
      expect(titles(el)).to.include(system.title);
      expect($<HTMLDetailsElement>(el, `.barrier[data-id="${system.id}"] details`)).to.equal(details);
      expect(details.open).to.equal(true);
    });

    it('suggests removing a filter when ticked boxes (not a search) leave nothing', async () => {
      const one = { ...clone(dataset.barriers[0]), level: 'system' as const };
      const el = await explorer(html`<barrier-explorer levels="individual" .barriers=${[one]}></barrier-explorer>`);
      expect(text($(el, '[part="empty"]'))).to.contain('Remove a filter to see more barriers.');
      expect(countOf(el)).to.equal('Showing 0 of 1 barrier');
    });

    it('fires cl-filter-change with the view, filters and counts', async () => {
      const el = await explorer(html`<barrier-explorer></barrier-explorer>`);
      const changed = oneEvent(el, 'cl-filter-change');
      $(el, '#discipline-ahp')!.click();
      const { detail } = (await changed) as CustomEvent<FilterChangeDetail>;
      expect(detail).to.deep.equal({
        view: 'barriers', levels: [], elements: [], disciplines: ['ahp'], query: '',
        count: barriers.filter((b) => forDiscipline(b, 'ahp')).length, total,
      });
    });

    it('takes filters from attributes (a single discipline’s view) and ignores unknown values', async () => {
      const el = await explorer(html`<barrier-explorer disciplines="ahp, no-such" levels="bogus"></barrier-explorer>`);
      expect($<HTMLInputElement>(el, '#discipline-ahp')!.checked).to.equal(true);
      expect($$(el, '.cl-chip').map(text)).to.deep.equal(['Remove filter: Allied health professional']);
      expect(countOf(el)).to.equal(showing(barriers.filter((b) => forDiscipline(b, 'ahp')).length));
    });
  });

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

  describe('bad data', () => {
    it('skips an untitled barrier and an unknown enabler link with one warning each, and says so', async () => {
      const good = clone(dataset.barriers[0]);
      good.enablerIds = [...good.enablerIds, 'no-such-enabler'];
      const untitled = { ...clone(dataset.barriers[1]), title: undefined };
      const warn = captureWarnings();
      const el = await explorer(html`<barrier-explorer .barriers=${[good, untitled] as Barrier[]}></barrier-explorer>`);
      $(el, '#level-system')!.click();
      await el.updateComplete;
      $(el, '#level-system')!.click();
      await el.updateComplete;
      warn.restore();
      expect(titles(el)).to.deep.equal([good.title]);
      expect(text($(el, '[part="note"]'))).to.equal('1 barrier could not be shown because its data is incomplete.');
      expect($(el, '[part="note"]')!.getAttribute('role'), 'a polite note, not an alert').to.equal(null);
      expect(countOf(el)).to.equal('Showing 1 barrier');
      const shown = $$(el, '.enabler__title').map(text);
      expect(shown).to.have.length(dataset.barriers[0].enablerIds.length);
      expect(warn.messages.filter((m) => m.includes("'no-such-enabler'"))).to.have.length(1);
      expect(warn.messages.filter((m) => m.includes('title is missing'))).to.have.length(1);
      expect(warn.messages).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('uses custom enablers given by property', async () => {
      const barrier = { ...clone(dataset.barriers[0]), enablerIds: ['own-enabler'] };
      const own = { id: 'own-enabler', title: 'Our own enabler', description: 'Local.', elementId: 'practical-levers', actor: 'organisation' as const, sourceIds: ['nhse-framework-page'] };
      const el = await explorer(html`<barrier-explorer .barriers=${[barrier]} .enablers=${[own]}></barrier-explorer>`);
      expect($$(el, '.enabler__title').map(text)).to.deep.equal(['Our own enabler']);
      expect(text($(el, '.enabler-group__title'))).to.equal('Practical levers');
    });

    it('never throws on nonsense property values', async () => {
      const warn = captureWarnings();
      const el = await explorer(html`<barrier-explorer></barrier-explorer>`);
      for (const value of ['nonsense', 42, [null, 'x', { id: 'Bad Id' }], null]) {
        (el as unknown as { barriers: unknown }).barriers = value;
        (el as unknown as { levels: unknown }).levels = value;
        await el.updateComplete;
        expect($(el, '[part="count"]'), String(value)).to.exist;
      }
      warn.restore();
      expect(titles(el), 'null falls back to the data set').to.have.length(total);
    });

    it('renders hostile strings as inert text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const data = clone(dataset) as Dataset;
      data.barriers[0].title = hostile;
      data.barriers[0].description = `${hostile}<script>window.__pwned=2</script>`;
      data.enablers.find((e) => e.id === data.barriers[0].enablerIds[0])!.title = hostile;
      data.caseStudies[0].name = hostile;
      data.caseStudies[0].barrierIds = [data.barriers[0].id];
      const host = await fixture(html`<clinical-leadership-data .data=${data}><barrier-explorer></barrier-explorer></clinical-leadership-data>`);
      const el = await ready(host.querySelector('barrier-explorer') as BarrierExplorer);
      const search = $<HTMLInputElement>(el, '#search')!;
      search.value = 'img src';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await aTimeout(50);
      expect($$(el, 'img, script')).to.have.length(0);
      expect(titles(el)).to.include(hostile);
      expect(text($(el, '.cl-chip'))).to.contain('img src');
      expect($$(el, '.enabler__title').map(text)).to.include(hostile);
      expect(text(root(el).querySelector('.case-study__name'))).to.equal(hostile);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });

  describe('layout', () => {
    it('collapses the filters behind "Show filters" at 320px without horizontal scrolling', async () => {
      const el = await explorer(html`<div style="width: 320px"><barrier-explorer></barrier-explorer></div>`);
      const toggle = $(el, '[part="filter-toggle"]')!;
      const panel = $(el, '[part="filters"]')!;
      expect(getComputedStyle(toggle).display).to.not.equal('none');
      expect(text(toggle)).to.equal('Show filters');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
      expect(getComputedStyle(panel).display).to.equal('none');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide filters');
      expect(getComputedStyle(panel).display).to.equal('block');
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.className).to.be.at.most(el.getBoundingClientRect().right + 1);
    });

    it('puts the filters in a side column when wide', async () => {
      const el = await explorer(html`<div style="width: 900px"><barrier-explorer></barrier-explorer></div>`);
      expect(getComputedStyle($(el, '[part="filter-toggle"]')!).display).to.equal('none');
      const panel = $(el, '[part="filters"]')!.getBoundingClientRect();
      const list = $(el, '[part="list"]')!.getBoundingClientRect();
      expect(panel.right).to.be.at.most(list.left);
      expect(Math.abs(panel.top - $(el, '[part="results"]')!.getBoundingClientRect().top)).to.be.lessThan(2);
    });

    it('renders and filters 1,000 barriers, a page at a time', async () => {
      const many = Array.from({ length: 1000 }, (_, i) => ({ ...clone(dataset.barriers[i % dataset.barriers.length]), id: `barrier-${i}`, title: `Barrier ${i}` }));
      const system = many.filter((b) => b.level === 'system');
      const el = await explorer(html`<barrier-explorer .barriers=${many}></barrier-explorer>`);
      expect(titles(el)).to.deep.equal(many.slice(0, 24).map((b) => b.title));
      expect(countOf(el)).to.equal('Showing 24 of 1,000 barriers');
      $(el, '#level-system')!.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(system.slice(0, 24).map((b) => b.title));
      expect(countOf(el)).to.equal(`Showing 24 of ${system.length} matching barriers (1,000 in all)`);

      const more = $<HTMLButtonElement>(el, '[part="show-more"]')!;
      expect(text(more)).to.equal('Show 24 more barriers');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(system.slice(0, 48).map((b) => b.title));
      expect(countOf(el)).to.equal(`Showing 48 of ${system.length} matching barriers (1,000 in all)`);
      expect(root(el).activeElement, 'focus stays on Show more').to.equal(more);
      await expect(el).to.be.accessible();

      // A filter change starts again from one page.
      $(el, '#level-system')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(24);
    });

    it('shows every match at once with page-size="0"', async () => {
      // 100 is four default pages: enough to show paging is off, small enough for dev-mode Lit in CI.
      const many = Array.from({ length: 100 }, (_, i) => ({ ...clone(dataset.barriers[i % dataset.barriers.length]), id: `barrier-${i}`, title: `Barrier ${i}` }));
      const el = await explorer(html`<barrier-explorer page-size="0" .barriers=${many}></barrier-explorer>`);
      expect(titles(el)).to.have.length(100);
      expect(countOf(el)).to.equal('Showing all 100 barriers');
      $(el, '#level-system')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(many.filter((b) => b.level === 'system').length);
      expect($(el, '[part="show-more"]')).to.equal(null);
    });
  });
});
