/**
 * <board-profile> accessibility findings of issue 29, each asserted as a screen reader or a
 * keyboard meets it: unique names for repeated seats (in the browser's accessibility tree), the
 * table's scroll wrapper a tab stop only while it scrolls, each check's heading before its status,
 * and the chart's text at least 12 px at 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import '../src/board-profile.js';
import type { BoardProfile } from '../src/board-profile.js';
import type { Seat } from '../src/board-profile/model.js';
import { fold, shadow, until } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: BoardProfile, sel: string) => shadow(el).querySelector<T>(sel)!;
const $$ = (el: BoardProfile, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
let n = 0;
const seat = (role: string, background: Seat['background'] = 'not-clinical', side: Seat['side'] = 'non-executive'): Seat =>
  ({ id: `a${n++}`, role, membership: 'voting', side, background });
const BOARD = (): Seat[] => [
  seat('Chair'),
  seat('Chief Executive', 'not-clinical', 'executive'),
  seat('Non-executive Director', 'doctor'),
  seat('Non-executive Director'),
  seat('Non-executive Director'),
  seat('Non-executive Director', 'not-known'),
  { ...seat('Chief Nurse', 'nurse', 'executive'), registration: 'nursing' },
];

async function mount(seats: Seat[], width?: number, ft = true): Promise<BoardProfile> {
  const el = await fixture<BoardProfile>(html`<board-profile ?foundation-trust=${ft} style=${width ? `width:${width}px` : ''} .seats=${seats}></board-profile>`);
  await until(() => !!shadow(el).querySelector('[part="summary"]'), 'board profile ready');
  return el;
}

interface AxNode { role: string; name: string; children?: AxNode[] }
const walk = (node: AxNode, out: AxNode[] = []): AxNode[] => {
  out.push(node);
  for (const child of node.children ?? []) walk(child, out);
  return out;
};

/** The chart's label text as drawn on screen: its CSS size times the SVG's scale. */
const drawnTextPx = (el: BoardProfile, sel: string) => {
  const text = $<SVGTextElement>(el, sel);
  const scale = text.ownerSVGElement!.getScreenCTM()!.a;
  return parseFloat(getComputedStyle(text).fontSize) * scale;
};

describe('<board-profile> accessibility (issue 29)', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('names seats with the same role uniquely, as a screen reader hears them: groups and their Remove buttons', async () => {
    const el = await mount(BOARD());
    expect($$(el, '.seat__legend').map((l) => fold(l.textContent)).slice(2, 6)).to.deep.equal([
      'Non-executive Director 1 of 4', 'Non-executive Director 2 of 4', 'Non-executive Director 3 of 4', 'Non-executive Director 4 of 4',
    ]);
    const nodes = walk((await a11ySnapshot({})) as unknown as AxNode);
    // Chromium joins the visible "Remove" and the visually hidden ": <seat>" with a space.
    const removes = nodes.filter((x) => x.role === 'button' && x.name.startsWith('Remove')).map((x) => x.name.replace(/\s+:/, ':'));
    expect(removes).to.include('Remove: Non-executive Director 2 of 4');
    expect(new Set(removes).size).to.equal(removes.length);
    expect(removes).to.have.length(7);
    // Every control named after its seat (Move up, Move down, Remove, Terms and tenure) is unique.
    const perSeat = nodes.filter((x) => / : /.test(x.name)).map((x) => `${x.role} ${x.name}`);
    expect(perSeat.length).to.be.greaterThan(20);
    expect(new Set(perSeat).size).to.equal(perSeat.length);
    // The groups: each seat's fieldset is named by its first child, the legend (the snapshot folds
    // groups away, so this reads the DOM the name comes from).
    for (const fieldset of $$(el, '.seat fieldset')) expect(fieldset.firstElementChild!.tagName).to.equal('LEGEND');
    // A seat with a unique role keeps its plain name.
    expect(removes).to.include('Remove: Chair');
  });

  it('makes the table wrapper a tab stop only while it scrolls', async () => {
    const wide = await mount(BOARD(), 1000);
    await until(() => $(wide, '.table-wrap').scrollWidth <= $(wide, '.table-wrap').clientWidth, 'table fits');
    await new Promise((r) => requestAnimationFrame(r));
    expect($(wide, '.table-wrap').hasAttribute('tabindex')).to.equal(false);
    expect($(wide, '.table-wrap').getAttribute('role')).to.equal('region');

    const narrow = await mount(BOARD(), 320);
    await until(() => $(narrow, '.table-wrap').getAttribute('tabindex') === '0', 'scrolling table is a tab stop');
    expect($(narrow, '.table-wrap').scrollWidth).to.be.greaterThan($(narrow, '.table-wrap').clientWidth);
    // Widening the same element takes the stop away again.
    narrow.style.width = '1000px';
    await until(() => !$(narrow, '.table-wrap').hasAttribute('tabindex'), 'no stop once it fits');
  });

  it("puts each check's heading before its kind and status, so moving by headings meets the heading first", async () => {
    const el = await mount(BOARD());
    for (const check of $$(el, '.check')) {
      const first = check.firstElementChild!;
      expect(first.matches('h1, h2, h3, h4, h5, h6'), fold(check.textContent)).to.equal(true);
      const kind = check.querySelector('.check__kind')!;
      expect(first.compareDocumentPosition(kind) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    }
    const law = $(el, '[data-check="statutory-seats"]');
    expect(fold(law.textContent).indexOf('The two statutory clinical executive seats')).to.be.lessThan(fold(law.textContent).indexOf('Law'));
    await expect(el).to.be.accessible();
  });

  it('draws the chart text at 12 px or more at 320 px (it was 7.5 px)', async () => {
    const el = await mount(BOARD(), 320);
    await until(() => drawnTextPx(el, '[part="chart"] text.label') >= 12, 'chart redrawn at its width', 3000).catch(() => undefined);
    expect(drawnTextPx(el, '[part="chart"] text.label')).to.be.at.least(12);
    expect(drawnTextPx(el, '[part="chart"] text.value')).to.be.at.least(12);
    // Nothing is cut off: every label fits inside the drawing.
    const svg = $<SVGSVGElement>(el, '[part="chart"] svg');
    for (const text of svg.querySelectorAll('text')) expect(text.getBBox().x).to.be.at.least(0);
    expect(svg.getBoundingClientRect().width).to.be.at.most(320);
    const wide = await mount(BOARD(), 900);
    await new Promise((r) => setTimeout(r, 50));
    expect(drawnTextPx(wide, '[part="chart"] text.label')).to.be.within(12, 14);
  });

  it('fits a seat with its terms open, and the series, in 320 px without sideways scrolling of the page', async () => {
    const seats = BOARD().map((s, i) => (i === 2 ? { ...s, firstAppointed: '2019-01-01', termEnds: '2027-01-01', shared: true } : s));
    const el = await mount(seats, 320);
    const summary = $(el, '.seat:nth-child(3) .terms-details summary');
    summary.click();
    await until(() => !!shadow(el).querySelector('.seat:nth-child(3) [id$="-end-year"]'), 'terms open');
    await until(() => !!shadow(el).querySelector('[part="terms"]'), 'terms view');
    const right = el.getBoundingClientRect().right;
    for (const node of shadow(el).querySelectorAll<HTMLElement>('.seat input, .seat select, .seat button, .seat legend, [part="terms"] select, [part="terms"] p')) {
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(right + 0.5);
    }
    await expect(el).to.be.accessible();
  });
});
