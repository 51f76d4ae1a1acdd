import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/barrier-explorer.js';
import '../src/clinical-leadership-data.js';
import type { FilterChangeDetail } from '../src/barrier-explorer.js';
import { normaliseText } from '../src/internal/search.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { clone, until } from './helpers.js';
import { barriers, total, elementsOf, forDiscipline, titlesWhere, root, $, $$, text, titles, countOf, showing, explorer, tabTo, keyboardExplorer } from './barrier-explorer-helpers.js';

describe('<barrier-explorer>: filters, count, live region and chips', () => {
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
});
