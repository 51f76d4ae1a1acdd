/** Every id in every widget's shadow root is unique, in every state and view (a duplicate id names the wrong thing). */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { shadow, until } from './helpers.js';

function duplicates(root: ShadowRoot): string[] {
  const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}
const settled = (el: Element) => until(() => !!el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]') && !!el.shadowRoot.textContent?.trim(), `${el.localName} ready`);

describe('unique ids inside every widget', () => {
  it('the card, compact and open, and full', async () => {
    for (const variant of ['compact', 'full']) {
      const el = await fixture(html`<case-study-card case-id="rachel-mckeown" variant=${variant} open></case-study-card>`);
      await settled(el);
      expect(duplicates(shadow(el)), variant).to.deep.equal([]);
    }
  });

  it('the gallery', async () => {
    const el = await fixture(html`<case-study-gallery></case-study-gallery>`);
    await settled(el);
    expect(duplicates(shadow(el))).to.deep.equal([]);
  });

  it('the explorer, in the list and in the element view, with every barrier open', async () => {
    const el = await fixture(html`<barrier-explorer></barrier-explorer>`);
    await settled(el);
    for (const d of shadow(el).querySelectorAll('details')) d.open = true;
    expect(duplicates(shadow(el)), 'list view').to.deep.equal([]);
    shadow(el).querySelector<HTMLInputElement>('input[type="radio"][value="elements"]')!.click();
    await until(() => !!shadow(el).querySelector('[part="elements"]'), 'element view');
    expect(duplicates(shadow(el)), 'element view').to.deep.equal([]);
  });

  it('the checklist and the board profile (with an example board)', async () => {
    const checklist = await fixture(html`<framework-checklist></framework-checklist>`);
    await settled(checklist);
    for (const d of shadow(checklist).querySelectorAll('details')) d.open = true;
    expect(duplicates(shadow(checklist))).to.deep.equal([]);
    const board = await fixture(html`<board-profile foundation-trust></board-profile>`);
    await settled(board);
    shadow(board).querySelector<HTMLButtonElement>('[data-action="example"]')!.click();
    await until(() => !!shadow(board).querySelector('[part="summary"]'), 'example board');
    expect(duplicates(shadow(board))).to.deep.equal([]);
  });

  it('the provider in its error state', async () => {
    const el = await fixture(html`<clinical-leadership-data .data=${{ caseStudies: 'nope' }}></clinical-leadership-data>`);
    await until(() => !!shadow(el).querySelector('[part~="error"]'), 'provider error');
    expect(duplicates(shadow(el))).to.deep.equal([]);
  });
});
