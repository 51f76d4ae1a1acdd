import { expect, fixture, html } from '@open-wc/testing';
import '../src/barrier-explorer.js';
import '../src/clinical-leadership-data.js';
import type { BarrierExplorer } from '../src/barrier-explorer.js';
import { captureWarnings, until } from './helpers.js';
import { barriers, enablers, elements, disciplines, caseStudies, sources, total, enablerById, LEVEL_LABEL, titlesWhere, $, $$, text, titles, countOf, ready, explorer } from './barrier-explorer-helpers.js';

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

    it('says "no barriers" once, ending alike, when the data set has none (issue 26)', async () => {
      const el = await explorer(html`<barrier-explorer .barriers=${[]} .enablers=${[]}></barrier-explorer>`);
      expect(countOf(el)).to.equal('There are no barriers to show');
      expect(text($(el, '[part="empty"]'))).to.equal(countOf(el));
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
});
