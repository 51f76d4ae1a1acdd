/**
 * One behaviour suite for every filtering widget (as Shoelace's runFormControlBaseTests): what
 * src/internal/filter-controller.ts does, run against <case-study-gallery> and <barrier-explorer>
 * by tests/filter-behaviour-*.test.ts. It covers the cases where the two used to disagree:
 * `sync-url="false"`, keys with capitals or underscores, the empty hash, the typing pause, the
 * count sentences and the chip selector.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { TYPING_PAUSE_MS } from '../src/internal/filter-controller.js';
import type { Noun } from '../src/internal/filter-text.js';
import { clearHash, eventsDuring, fold, navigateHash, shadow, until } from './helpers.js';

/** The filter properties both widgets have. */
export interface FilterWidget extends LitElement {
  disciplines: string[];
  query: string;
  pageSize: number;
  syncUrl: string | boolean | null;
}

export interface FilterBehaviourConfig {
  tag: 'case-study-gallery' | 'barrier-explorer';
  defaultKey: string;
  noun: Noun;
  /** Records in the bundled data set. */
  total: number;
  /** Two disciplines with checkboxes and matches in the bundled data, e.g. `['ahp', 'midwife']`. */
  disciplines: [string, string];
  /** Matches in the bundled data for these disciplines (any of them) and search text, by the data files. */
  countFor(disciplines: string[], query?: string): number;
  /** The chip's `data-chip` for a discipline. */
  disciplineChip(id: string): string;
  /** "Clear filters" among the selected filters. */
  clearSelector: string;
  /** The property that takes records instead of the data set's. */
  recordsProperty: string;
  /** `n` valid records for that property; those with `i % 10 === 0` (and only they) match the search "northern". */
  records(n: number): unknown[];
  /** How many records the user can see. */
  shown(el: FilterWidget): number;
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const active = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const countOf = (el: Element) => fold(q(el, '[part="count"]')?.textContent);

export function runFilterBehaviourTests(config: FilterBehaviourConfig): void {
  const { tag, defaultKey, noun, total } = config;
  const [first, second] = config.disciplines;
  const showing = (n: number, of = total) => `Showing ${n} of ${of} ${of === 1 ? noun.one : noun.many}`;

  async function mount(attrs: Record<string, string> = {}, props: Record<string, unknown> = {}): Promise<FilterWidget> {
    const el = document.createElement(tag) as FilterWidget;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    Object.assign(el, props);
    const host = await fixture<HTMLDivElement>('<div></div>');
    host.append(el);
    await until(() => !!el.shadowRoot?.querySelector('[part="count"]:not(.cl-visually-hidden)') && countOf(el) !== '', `${tag} ready`);
    await el.updateComplete;
    return el;
  }
  const tick = async (el: FilterWidget, id: string) => {
    q<HTMLInputElement>(el, `#discipline-${id}`)!.click();
    await el.updateComplete;
  };
  const type = (el: FilterWidget, value: string) => {
    const search = q<HTMLInputElement>(el, '#search')!;
    search.value = value;
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const params = () => new URLSearchParams(location.hash.slice(1));

  describe(`<${tag}>: shared filter behaviour`, () => {
    afterEach(clearHash);

    describe('sync-url: one grammar', () => {
      // The hash holds values under three keys; which one the widget reads shows which key it uses.
      const cases: Array<[string | null, string | undefined]> = [
        [null, undefined],
        ['', defaultKey],
        ['true', defaultKey],
        ['false', undefined],
        ['FALSE', undefined],
        ['leaders', 'leaders'],
        ['Leaders', 'leaders'],
        [' leaders ', 'leaders'],
        ['my_view', defaultKey],
        ['a=b&c', defaultKey],
      ];
      for (const [attr, key] of cases) {
        it(`sync-url=${attr === null ? '(absent)' : JSON.stringify(attr)} ${key ? `syncs under "${key}"` : 'is off'}`, async () => {
          history.replaceState(null, '', `#${defaultKey}.q=by-default&leaders.q=by-leaders`);
          const el = await mount(attr === null ? {} : { 'sync-url': attr });
          expect(el.query).to.equal(key === undefined ? '' : `by-${key === defaultKey ? 'default' : key}`);
          const before = location.hash;
          await tick(el, first);
          if (key === undefined) expect(location.hash, 'an unsynced widget leaves the hash alone').to.equal(before);
          else expect(params().get(`${key}.discipline`)).to.equal(first);
        });
      }

      it('takes the key from the property too (true, false, a word)', async () => {
        const el = await mount({}, { syncUrl: true });
        await tick(el, first);
        expect(params().get(`${defaultKey}.discipline`)).to.equal(first);
        clearHash();
        el.syncUrl = false;
        await tick(el, second);
        expect(location.hash).to.equal('');
        el.syncUrl = 'Board';
        await tick(el, second);
        expect(params().get('board.discipline')).to.equal(first);
      });
    });

    describe('the URL hash', () => {
      it('restores filters on the first update, without an event', async () => {
        history.replaceState(null, '', `#${defaultKey}.discipline=${first}&${defaultKey}.q=lead`);
        let el!: FilterWidget;
        const events = await eventsDuring(document, 'cl-filter-change', async () => (el = await mount({ 'sync-url': '' })));
        expect(el.disciplines).to.deep.equal([first]);
        expect(el.query).to.equal('lead');
        expect(q<HTMLInputElement>(el, '#search')!.value).to.equal('lead');
        expect(q<HTMLInputElement>(el, `#discipline-${first}`)!.checked).to.equal(true);
        expect(countOf(el)).to.equal(showing(config.countFor([first], 'lead')));
        expect(events).to.have.length(0);
      });

      it('writes each change, keeps what it does not own, and leaves nothing when unfiltered', async () => {
        history.replaceState(null, '', '#other.x=1');
        const el = await mount({ 'sync-url': '' });
        await tick(el, first);
        expect(params().get(`${defaultKey}.discipline`)).to.equal(first);
        expect(params().get('other.x')).to.equal('1');
        type(el, '  lead ');
        await el.updateComplete;
        expect(params().get(`${defaultKey}.q`), 'the search is trimmed in the link').to.equal('lead');
        q<HTMLButtonElement>(el, config.clearSelector)!.click();
        await el.updateComplete;
        expect(location.hash).to.equal('#other.x=1');
      });

      it('follows back and forward, and ignores plain anchors and other widgets’ values', async () => {
        const el = await mount({ 'sync-url': 'leaders' });
        const changed = oneEvent(el, 'cl-filter-change');
        await navigateHash(`leaders.discipline=${second}`);
        expect((await changed).detail).to.deep.include({ disciplines: [second], query: '', count: config.countFor([second]), total });
        expect(q<HTMLInputElement>(el, `#discipline-${second}`)!.checked).to.equal(true);
        const ignored = await eventsDuring(el, 'cl-filter-change', async () => {
          await navigateHash('section-2');
          await navigateHash('other.q=x');
          await el.updateComplete;
        });
        expect(ignored, 'no event').to.have.length(0);
        expect(el.disciplines, 'a plain anchor or another key leaves the filters alone').to.deep.equal([second]);
      });

      it('clears the filters when the hash becomes empty (the back button to the plain page)', async () => {
        history.replaceState(null, '', `#${defaultKey}.discipline=${first}&${defaultKey}.q=lead`);
        const el = await mount({ 'sync-url': '' });
        expect(el.disciplines).to.deep.equal([first]);
        const changed = oneEvent(el, 'cl-filter-change');
        await navigateHash('');
        expect((await changed).detail).to.deep.include({ disciplines: [], query: '', count: total, total });
        expect(q<HTMLInputElement>(el, '#search')!.value).to.equal('');
        expect(countOf(el)).to.equal(`Showing all ${total} ${noun.many}`);
      });

      it('does nothing when the hash already matches what is shown', async () => {
        const el = await mount({ 'sync-url': '' });
        await tick(el, first);
        const events = await eventsDuring(el, 'cl-filter-change', async () => {
          await navigateHash(`other.y=2&${defaultKey}.discipline=${first}`);
          await el.updateComplete;
        });
        expect(events).to.have.length(0);
        expect(el.disciplines).to.deep.equal([first]);
      });

      it('takes at most 200 characters of search text from the hash', async () => {
        history.replaceState(null, '', `#${defaultKey}.q=${'a'.repeat(300)}`);
        const el = await mount({ 'sync-url': '' });
        expect(el.query).to.have.length(200);
      });

      it('stops following the hash when removed, and follows it again when put back', async () => {
        const el = await mount({ 'sync-url': '' });
        const parent = el.parentElement!;
        el.remove();
        await navigateHash(`${defaultKey}.q=while-away`);
        expect(el.query).to.equal('');
        parent.append(el);
        await navigateHash(`${defaultKey}.q=back`);
        await el.updateComplete;
        expect(el.query).to.equal('back');
      });
    });

    describe('the live count', () => {
      it(`waits ${TYPING_PAUSE_MS} ms after typing, and speaks at once after a click`, async () => {
        const el = await mount();
        const status = q(el, '[part="count"]')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(countOf(el)).to.equal(`Showing all ${total} ${noun.many}`);
        const start = performance.now();
        type(el, 'zzzz-nothing');
        await el.updateComplete;
        expect(config.shown(el), 'the results change at once').to.equal(0);
        expect(countOf(el), 'not announced while typing').to.equal(`Showing all ${total} ${noun.many}`);
        await until(() => countOf(el) === showing(0), 'announced after the pause');
        expect(performance.now() - start).to.be.at.least(TYPING_PAUSE_MS - 5);
        expect(q(el, '[part="count"]'), 'the same live region').to.equal(status);
        q<HTMLButtonElement>(el, config.clearSelector)!.click();
        await el.updateComplete;
        expect(countOf(el), 'a click is announced at once').to.equal(`Showing all ${total} ${noun.many}`);
      });

      it('says all, some, none, one and no records in the same words', async () => {
        const el = await mount();
        expect(countOf(el)).to.equal(`Showing all ${total} ${noun.many}`);
        await tick(el, first);
        expect(countOf(el)).to.equal(showing(config.countFor([first])));
        const one = await mount({}, { [config.recordsProperty]: config.records(1) });
        expect(countOf(one)).to.equal(`Showing 1 ${noun.one}`);
        type(one, 'zzzz-nothing');
        await until(() => countOf(one) === showing(0, 1), 'none of one');
        const none = await mount({}, { [config.recordsProperty]: [] });
        expect(countOf(none)).to.equal(`There are no ${noun.many} to show`);
      });
    });

    describe('paging', () => {
      it('shows a page, adds one with "Show more" (focus stays), and starts again when the filters change', async function () {
        this.timeout(60000);
        const el = await mount({}, { [config.recordsProperty]: config.records(1000) });
        expect(config.shown(el)).to.equal(24);
        expect(countOf(el)).to.equal(`Showing 24 of 1,000 ${noun.many}`);
        type(el, 'northern');
        await until(() => countOf(el) === `Showing 24 of 100 matching ${noun.many} (1,000 in all)`, 'paged count');
        const more = q<HTMLButtonElement>(el, '[part="show-more"]')!;
        expect(fold(more.textContent)).to.equal(`Show 24 more ${noun.many}`);
        more.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(config.shown(el)).to.equal(48);
        expect(countOf(el)).to.equal(`Showing 48 of 100 matching ${noun.many} (1,000 in all)`);
        expect(active(el), 'focus stays on Show more').to.equal(more);
        type(el, 'northern ');
        await el.updateComplete;
        expect(config.shown(el), 'back to one page').to.equal(24);
      });

      it('shows every match at once with page-size="0"', async () => {
        const el = await mount({ 'page-size': '0' }, { [config.recordsProperty]: config.records(30) });
        expect(config.shown(el)).to.equal(30);
        expect(q(el, '[part="show-more"]')).to.equal(null);
        el.pageSize = 10;
        await el.updateComplete;
        expect(config.shown(el)).to.equal(10);
        expect(fold(q(el, '[part="show-more"]')!.textContent)).to.equal(`Show 10 more ${noun.many}`);
      });
    });

    describe('chips and "Clear filters"', () => {
      it('moves focus to the next chip, then the previous one, then the count', async () => {
        const el = await mount();
        el.disciplines = [first, second];
        el.query = 'lead';
        await el.updateComplete;
        const chips = () => [...shadow(el).querySelectorAll<HTMLElement>('.cl-chip')];
        expect(chips().map((c) => c.dataset.chip)).to.deep.equal([config.disciplineChip(first), config.disciplineChip(second), chips()[2].dataset.chip]);
        expect(fold(chips()[2].textContent)).to.equal('Remove filter: Search: “lead”');
        chips()[0].click();
        await el.updateComplete;
        expect(el.disciplines).to.deep.equal([second]);
        expect(active(el)?.dataset.chip, 'the next chip').to.equal(config.disciplineChip(second));
        chips()[1].click();
        await el.updateComplete;
        expect(el.query).to.equal('');
        expect(active(el)?.dataset.chip, 'the last chip gone: the previous one').to.equal(config.disciplineChip(second));
        chips()[0].focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(chips()).to.have.length(0);
        expect(active(el), 'no chip left: the count').to.equal(q(el, '[part="count"]'));
      });

      it('"Clear filters" clears every filter, says so, and puts focus on the count', async () => {
        const el = await mount({ 'sync-url': '' });
        el.disciplines = [first];
        el.query = 'lead';
        await el.updateComplete;
        const changed = oneEvent(el, 'cl-filter-change');
        q<HTMLButtonElement>(el, config.clearSelector)!.click();
        const event = await changed;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail).to.deep.include({ disciplines: [], query: '', count: total, total });
        expect(q<HTMLInputElement>(el, '#search')!.value).to.equal('');
        expect(shadow(el).querySelectorAll('input[type="checkbox"]:checked')).to.have.length(0);
        expect(q(el, '[part="selected"]')).to.equal(null);
        expect(countOf(el)).to.equal(`Showing all ${total} ${noun.many}`);
        expect(active(el)).to.equal(q(el, '[part="count"]'));
      });
    });

    it('fires one typed cl-filter-change per change', async () => {
      const el = await mount();
      const counts: number[] = [];
      // Typed by the one HTMLElementEventMap entry: no cast needed for what every widget sends.
      el.addEventListener('cl-filter-change', (e) => counts.push(e.detail.count));
      await tick(el, first);
      await tick(el, second);
      expect(counts).to.deep.equal([config.countFor([first]), config.countFor([first, second])]);
    });
  });
}
