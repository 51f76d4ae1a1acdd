import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/barrier-explorer.js';
import '../src/clinical-leadership-data.js';
import type { BarrierExplorer } from '../src/barrier-explorer.js';
import type { Barrier, Dataset } from '../src/data/index.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { captureWarnings, clone } from './helpers.js';
import { total, root, $, $$, text, titles, countOf, ready, explorer } from './barrier-explorer-helpers.js';

describe('<barrier-explorer>: bad data, layout', () => {
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
