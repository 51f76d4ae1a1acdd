/**
 * The filter controller's pure parts and one host of its own: the sync-url grammar, the count
 * sentence, the list converter, and a chip key that needs CSS.escape. The widget behaviour is in
 * filter-behaviour.ts, run against both filtering widgets.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, type PropertyValues } from 'lit';
import { FilterController } from '../src/internal/filter-controller.js';
import { hashQuery, MAX_QUERY_LENGTH, syncKey } from '../src/internal/filter-url.js';
import { cleanList, listConverter } from '../src/internal/filter-list.js';
import { countText, showMoreText } from '../src/internal/filter-text.js';
import { shadow } from './helpers.js';

const cases = { one: 'case study', many: 'case studies' };
const barriers = { one: 'barrier', many: 'barriers' };

describe('filter controller: pure parts', () => {
  it('reads sync-url with one grammar', () => {
    const table: Array<[unknown, string | undefined]> = [
      [null, undefined], [undefined, undefined], [false, undefined], ['false', undefined], [' False ', undefined],
      [true, 'gallery'], ['', 'gallery'], ['true', 'gallery'], ['TRUE', 'gallery'],
      ['leaders', 'leaders'], ['Leaders', 'leaders'], [' board-2026 ', 'board-2026'],
      ['my_view', 'gallery'], ['2nd', 'gallery'], ['a=b&c', 'gallery'], ['x'.repeat(41), 'gallery'], [42, 'gallery'],
    ];
    for (const [value, key] of table) expect(syncKey(value, 'gallery'), JSON.stringify(value)).to.equal(key);
  });

  it('caps search text from the hash', () => {
    expect(hashQuery(undefined)).to.equal('');
    expect(hashQuery('x'.repeat(500))).to.have.length(MAX_QUERY_LENGTH);
  });

  it('words the count the same for every noun', () => {
    for (const [noun, one, many] of [[cases, 'case study', 'case studies'], [barriers, 'barrier', 'barriers']] as const) {
      expect(countText(noun, 5, 5, false)).to.equal(`Showing all 5 ${many}`);
      expect(countText(noun, 3, 5, true)).to.equal(`Showing 3 of 5 ${many}`);
      expect(countText(noun, 5, 5, true), 'filtered, all matching').to.equal(`Showing 5 of 5 ${many}`);
      expect(countText(noun, 0, 5, true)).to.equal(`Showing 0 of 5 ${many}`);
      expect(countText(noun, 1, 1, false)).to.equal(`Showing 1 ${one}`);
      expect(countText(noun, 1, 1, true)).to.equal(`Showing 1 of 1 ${one}`);
      expect(countText(noun, 0, 0, false), 'no full stop, like every count').to.equal(`There are no ${many} to show`);
      expect(countText(noun, 1000, 1000, false, 24)).to.equal(`Showing 24 of 1,000 ${many}`);
      expect(countText(noun, 312, 1000, true, 48)).to.equal(`Showing 48 of 312 matching ${many} (1,000 in all)`);
      expect(countText(noun, 1200, 1200, false)).to.equal(`Showing all 1,200 ${many}`);
      expect(showMoreText(noun, 1)).to.equal(`Show 1 more ${one}`);
      expect(showMoreText(noun, 1000)).to.equal(`Show 1,000 more ${many}`);
    }
  });

  it('cleans attribute lists the same for every widget', () => {
    expect(cleanList(' ahp, nurse,,ahp ')).to.deep.equal(['ahp', 'nurse']);
    expect(cleanList(['ahp', 3, ' midwife ', null])).to.deep.equal(['ahp', 'midwife']);
    expect(cleanList(`ok,${'x'.repeat(81)}`)).to.deep.equal(['ok']);
    expect(cleanList(undefined)).to.deep.equal([]);
    expect(cleanList(42)).to.deep.equal([]);
    expect(listConverter.fromAttribute(null)).to.deep.equal([]);
    expect(listConverter.fromAttribute(' a, b,a')).to.deep.equal(['a', 'b']);
  });
});

interface ChipState {
  chips: string[];
}

/** The smallest host: chips whose keys need escaping in a selector. */
class ChipHost extends LitElement {
  static override properties = { chips: { attribute: false } };
  chips: string[] = [];
  syncUrl = null;
  pageSize = 24;
  filters = new FilterController<ChipState>(this, {
    defaultKey: 'chips',
    noun: { one: 'chip', many: 'chips' },
    hash: { fromHash: () => ({ chips: [] }), toHash: () => ({}) },
    cleared: { chips: [] },
    resets: [],
    shown: () => ({ state: { chips: this.chips }, filtered: this.chips.length > 0, count: this.chips.length, total: 3, onPage: this.chips.length }),
  });
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.filters.willUpdate(changed);
  }
  protected override render() {
    return html`${this.chips.map(
      (key, i) => html`<button class="cl-chip" data-chip=${key} @click=${() => this.filters.removeChip(i, { chips: this.chips.filter((c) => c !== key) })}>${key}</button>`,
    )}<p part="count" tabindex="-1">${this.filters.statusText}</p>`;
  }
}
customElements.define('filter-chip-host', ChipHost);

describe('filter controller: chips', () => {
  it('moves focus to the next chip even when its key needs escaping in a selector', async () => {
    const el = await fixture<ChipHost>(html`<filter-chip-host></filter-chip-host>`);
    el.chips = ['plain', 'a"quote] b', 'back\\slash'];
    await el.updateComplete;
    const chip = (key: string) => [...shadow(el).querySelectorAll<HTMLElement>('.cl-chip')].find((c) => c.dataset.chip === key)!;
    chip('plain').click();
    await el.updateComplete;
    expect(el.chips).to.deep.equal(['a"quote] b', 'back\\slash']);
    expect(shadow(el).activeElement).to.equal(chip('a"quote] b'));
    chip('a"quote] b').click();
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(chip('back\\slash'));
    expect(el.filters.statusText).to.equal('Showing 1 of 3 chips');
  });
});
