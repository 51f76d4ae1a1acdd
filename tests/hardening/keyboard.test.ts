/**
 * Issue 8, keyboard-only journeys with real key presses (sendKeys: Tab, Shift+Tab, Space, Enter,
 * arrows, Escape):
 * - the gallery: filter to AHPs and open a journey;
 * - the checklist: set three statuses and a note, then export (the download is intercepted);
 * - the explorer: filter by one framework element and open a barrier.
 * After every key press the focus is inside the widget (never lost to `document.body`) and shows
 * the NHS focus style: the yellow #ffeb3b as an outline, box-shadow or background (see `focus` in
 * src/internal/styles.ts, and the checkboxes' in src/internal/form-styles.ts).
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { loadBundledDataset } from '../../src/data/bundled.js';
import { loadValidators } from '../../src/internal/lazy-validation.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import { bundled } from './fixtures.js';
import {
  cleanupHosts, container, create, deepActiveElement, describeElement, installTrap, nextTask, nhsFocusStyle, settle, stateOf, until,
  watchPageErrors, type PageErrors, type Trap,
} from './harness.js';

const PREFIX = 'clinical-leadership-elements:checklist:';
type Key = 'Tab' | 'Shift+Tab' | 'Space' | 'Enter' | 'Escape' | 'ArrowDown' | 'ArrowUp' | 'ArrowLeft' | 'ArrowRight';

let trap: Trap;
let page: PageErrors;
let presses = 0;

/** True when `node` is `widget` or inside it, through any number of shadow roots. */
function within(widget: Element, node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === widget) return true;
  return false;
}

/** A widget between two focusable page buttons, so Tab alone reaches everything and never leaves the page. */
async function journey<T extends HTMLElement>(tag: string, attrs: Record<string, string> = {}): Promise<{ el: T; log: string[] }> {
  const host = container();
  const before = create<HTMLButtonElement>('button', { textContent: 'Before the widget' }, { id: 'before' });
  const el = create<T>(tag, {}, attrs);
  const after = create<HTMLButtonElement>('button', { textContent: 'After the widget' }, { id: 'after' });
  host.append(before, el, after);
  await settle(host);
  await until(() => stateOf(el) === 'ready', `<${tag}> ready`);
  before.focus();
  return { el, log: [] };
}

/**
 * Presses one key, lets the widget settle, and checks the focus: inside the widget, not on
 * `body`, and drawn in the NHS focus style. `log` collects the path for failure messages.
 */
async function press(el: HTMLElement, key: Key | { type: string }, log: string[]): Promise<Element> {
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys(typeof key === 'string' ? { press: key } : key);
  presses++;
  await settle(el);
  const active = deepActiveElement();
  const step = `${typeof key === 'string' ? key : `type "${key.type}"`} → ${describeElement(active)}`;
  log.push(step);
  const path = () => `\n  ${log.slice(-12).join('\n  ')}`;
  expect(active, `focus lost to body after ${step}${path()}`).to.not.equal(document.body);
  expect(active, `focus lost after ${step}${path()}`).to.not.equal(null);
  expect(within(el, active), `focus left <${el.localName}> after ${step}${path()}`).to.equal(true);
  expect(nhsFocusStyle(active!), `no visible NHS focus style on ${describeElement(active)} after ${step}${path()}`).to.be.a('string');
  return active!;
}

/** Tabs (or Shift+Tabs) until `found` holds for the focused element; every step is checked. */
async function tabTo(el: HTMLElement, found: (active: Element) => boolean, log: string[], key: 'Tab' | 'Shift+Tab' = 'Tab', max = 120): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const active = await press(el, key, log);
    if (found(active)) return active;
  }
  throw new Error(`${key} never reached the target:\n  ${log.slice(-15).join('\n  ')}`);
}

describe('hardening: keyboard-only journeys', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 1000 });
    trap = installTrap();
    page = watchPageErrors();
    // Loaded first, so widgets render at once: these tests check what they render, not the
    // loading (tests/lazy-validation.test.ts does).
    await loadBundledDataset();
    await loadValidators();
  });
  afterEach(() => {
    cleanupHosts();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
    expect(page.all).to.deep.equal([]);
  });
  after(() => {
    page.stop();
    trap.restore();
    console.log(`keyboard journeys: ${presses} key presses checked`);
  });

  it('gallery: filter to AHPs and open a journey', async () => {
    const { el, log } = await journey<CaseStudyGallery>('case-study-gallery');
    const toggle = await tabTo(el, (a) => a.matches('[part~="ahp-toggle"]'), log);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await press(el, 'Space', log);
    expect(toggle.getAttribute('aria-pressed'), 'AHPs only is on').to.equal('true');
    expect(el.ahpOnly).to.equal(true);
    const cards = () => [...el.shadowRoot!.querySelectorAll<CaseStudyCard>('[part~="list"] case-study-card')];
    const ahps = bundled.caseStudies.filter((c) => bundled.professions.find((p) => p.id === c.professionId)?.disciplineId === 'ahp');
    expect(cards().map((c) => c.caseStudy?.name)).to.deep.equal(ahps.map((c) => c.name));
    const count = el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();
    expect(count).to.equal(`Showing ${ahps.length} of ${bundled.caseStudies.length} case studies`);

    // On to the first card's "Read …'s journey" and open it.
    const summary = await tabTo(el, (a) => a.localName === 'summary' && within(cards()[0], a), log);
    await press(el, 'Enter', log);
    const card = cards()[0];
    await until(() => card.open, 'the journey opens');
    expect(summary.closest('details')!.open).to.equal(true);
    expect(card.shadowRoot!.querySelector('[part~="tag-ahp"]'), 'an AHP').to.not.equal(null);
    expect(card.shadowRoot!.querySelector('.journey')!.checkVisibility(), 'the journey shows').to.equal(true);

    // Back to the toggle with Shift+Tab, and turn the filter off again.
    await tabTo(el, (a) => a === toggle, log, 'Shift+Tab');
    await press(el, 'Enter', log);
    expect(el.ahpOnly).to.equal(false);
    expect(cards()).to.have.length(bundled.caseStudies.length);
  });

  it('checklist: set three statuses and a note, then export', async () => {
    const key = `keyboard-${Date.now()}`;
    const { el, log } = await journey<FrameworkChecklist>('framework-checklist', { 'storage-key': key });
    const [first, second, third] = bundled.checklistPrompts;
    const radio = (a: Element, id: string) => a instanceof HTMLInputElement && a.type === 'radio' && a.dataset.promptId === id;

    await tabTo(el, (a) => radio(a, first.id), log);
    await press(el, 'ArrowDown', log); // In progress
    await press(el, 'ArrowDown', log); // Completed
    expect(el.getAnswer(first.id).status).to.equal('completed');
    await tabTo(el, (a) => a.localName === 'textarea' && (a as HTMLTextAreaElement).dataset.promptId === first.id, log);
    const note = 'Owner: Director of AHPs';
    for (const ch of note) await press(el, { type: ch }, log);
    expect(el.getAnswer(first.id).note).to.equal(note);

    await tabTo(el, (a) => radio(a, second.id), log);
    await press(el, 'ArrowRight', log); // In progress
    expect(el.getAnswer(second.id).status).to.equal('in-progress');
    await tabTo(el, (a) => radio(a, third.id), log);
    await press(el, 'ArrowUp', log); // wraps round to Not applicable
    expect(el.getAnswer(third.id).status).to.equal('not-applicable');

    // Back up to "Download answers (JSON)", and download.
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return createObjectURL.call(URL, blob);
    };
    try {
      await tabTo(el, (a) => a.matches('[data-command="json"]'), log, 'Shift+Tab');
      const stoppedBefore = trap.stopped.length;
      await press(el, 'Enter', log);
      expect(blobs, 'one file downloaded').to.have.length(1);
      expect(trap.stopped.slice(stoppedBefore).join(), 'the <a download> was clicked').to.match(/^download framework-checklist-keyboard-\d+-\d{4}-\d{2}-\d{2}\.json$/);
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    const exported = JSON.parse(await blobs[0].text());
    expect(exported.answers).to.deep.equal({
      [first.id]: { status: 'completed', note },
      [second.id]: { status: 'in-progress', note: '' },
      [third.id]: { status: 'not-applicable', note: '' },
    });
    expect(JSON.parse(localStorage.getItem(PREFIX + key)!).answers, 'and saved').to.deep.equal(exported.answers);

    // "Clear all answers", then Escape: nothing cleared, focus back on the button.
    const clear = await tabTo(el, (a) => a.matches('[data-command="clear"]'), log);
    await press(el, 'Enter', log);
    expect(deepActiveElement()?.matches('.panel'), 'the confirmation takes focus').to.equal(true);
    await press(el, 'Escape', log);
    expect(deepActiveElement(), 'Escape returns to the button').to.equal(clear);
    expect(el.answers).to.deep.equal(exported.answers);
  });

  it('explorer: filter by one framework element and open a barrier', async () => {
    const { el, log } = await journey<BarrierExplorer>('barrier-explorer');
    // The view switch first: arrows move between the views, and back.
    await tabTo(el, (a) => a.matches('input[name="view"]'), log);
    await press(el, 'ArrowRight', log);
    expect(el.shadowRoot!.querySelector('[part~="elements"]'), 'the element view').to.not.equal(null);
    await press(el, 'ArrowLeft', log);
    expect(el.shadowRoot!.querySelector('[part~="list"]'), 'the barrier list').to.not.equal(null);

    const element = bundled.elements[2];
    const box = await tabTo(el, (a) => a.matches(`#element-${element.id}`), log);
    await press(el, 'Space', log);
    expect((box as HTMLInputElement).checked).to.equal(true);
    expect(el.elements).to.deep.equal([element.id]);
    const byElement = (id: string) => {
      const b = bundled.barriers.find((x) => x.id === id)!;
      return b.elementIds.includes(element.id) || b.enablerIds.some((e) => bundled.enablers.find((x) => x.id === e)?.elementId === element.id);
    };
    const visible = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="barrier"]:not([hidden])')];
    expect(visible.length).to.be.greaterThan(0).and.lessThan(bundled.barriers.length);
    for (const item of visible) expect(byElement(item.dataset.id!), `${item.dataset.id} matches the element`).to.equal(true);

    const summary = await tabTo(el, (a) => a.localName === 'summary', log);
    const item = summary.closest<HTMLElement>('[part~="barrier"]')!;
    expect(item.hidden).to.equal(false);
    expect(byElement(item.dataset.id!)).to.equal(true);
    await press(el, 'Enter', log);
    expect(summary.closest('details')!.open, 'the barrier opens').to.equal(true);
    expect(item.querySelector('.barrier__description')!.checkVisibility()).to.equal(true);
    await press(el, 'Enter', log);
    expect(summary.closest('details')!.open, 'and closes').to.equal(false);
    await nextTask();
  });
});
