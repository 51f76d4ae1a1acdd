/**
 * Shared pieces of the broken-hosts suites (issue 8): the helpers and the hooks every
 * broken-hosts-*.test.ts file registers. Each case ends in a usable widget with a clear message,
 * nothing reaches the host page, and checklist answers are never lost.
 */
import { expect } from '@open-wc/testing';
import { loadBundledDataset } from '../../src/data/bundled.js';
import { loadValidators } from '../../src/internal/lazy-validation.js';
import type { ClinicalLeadershipData } from '../../src/clinical-leadership-data.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import { bundled } from './fixtures.js';
import {
  cleanupHosts, create, deepText, errorBlockProblems, installTrap, muteWarnings, nextTask, settle, stateOf, until,
  watchPageErrors, type PageErrors, type Trap, type WidgetState,
} from './harness.js';

export const PREFIX = 'clinical-leadership-elements:checklist:';
export const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const textOf = (el: Element) => fold(deepText(el));
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

let trap: Trap;
let page: PageErrors;
let warnings: ReturnType<typeof muteWarnings>;
let faults = 0;

/** Counts fault cases, for the line each file logs at the end. */
export const fault = (n = 1) => {
  faults += n;
};

/** A provider (attributes, properties) around one of each widget. */
export function providerWithWidgets(props: Partial<ClinicalLeadershipData> = {}, attrs: Record<string, string> = {}) {
  const provider = create<ClinicalLeadershipData>('clinical-leadership-data', props, attrs);
  const card = create<CaseStudyCard>('case-study-card', {}, { 'case-id': bundled.caseStudies[0].id });
  const gallery = create<CaseStudyGallery>('case-study-gallery');
  const checklist = create<FrameworkChecklist>('framework-checklist');
  const explorer = create<BarrierExplorer>('barrier-explorer');
  provider.append(card, gallery, checklist, explorer);
  return { provider, card, gallery, checklist, explorer, widgets: [card, gallery, checklist, explorer] as HTMLElement[] };
}

/** Every widget's state, for one assertion that names them all. */
export const states = (els: Element[]): Record<string, WidgetState> => Object.fromEntries(els.map((el) => [el.localName, stateOf(el)]));

/** The widget works: a ready one answers an interaction, an error one shows an accessible message. */
export async function usable(el: HTMLElement): Promise<void> {
  const state = stateOf(el);
  expect(state, `<${el.localName}> settled`).to.be.oneOf(['ready', 'empty', 'error']);
  expect(errorBlockProblems(el)).to.deep.equal([]);
  if (state !== 'ready') return;
  switch (el.localName) {
    case 'case-study-card': {
      const details = $<HTMLDetailsElement>(el, 'details');
      if (details) {
        $<HTMLElement>(el, 'summary')!.click();
        await until(() => details.open, 'the card opens');
        details.open = false;
      }
      break;
    }
    case 'case-study-gallery': {
      const g = el as CaseStudyGallery;
      const input = $<HTMLInputElement>(g, '#search')!;
      input.value = 'zzzz-no-such-words';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(g);
      expect(stateOf(g), 'gallery filters').to.equal('empty');
      $<HTMLButtonElement>(g, '[part~="empty"] .clear')!.click();
      await settle(g);
      expect(stateOf(g)).to.equal('ready');
      break;
    }
    case 'framework-checklist': {
      const c = el as FrameworkChecklist;
      const radio = $<HTMLInputElement>(c, 'input[type="radio"][value="in-progress"]')!;
      radio.click();
      await settle(c);
      expect(c.getAnswer(radio.dataset.promptId!).status, 'checklist answers').to.equal('in-progress');
      break;
    }
    case 'barrier-explorer': {
      const x = el as BarrierExplorer;
      x.query = 'zzzz-no-such-words';
      await settle(x);
      expect(stateOf(x), 'explorer filters').to.equal('empty');
      x.query = '';
      await settle(x);
      expect(stateOf(x)).to.equal('ready');
      break;
    }
  }
}

/**
 * Registers the hooks of the broken-hosts suites (call inside the top-level describe): the trap
 * and page-error listeners for the whole file, warnings muted per test, and after each test the
 * hosts and checklist storage cleared and nothing reached the host page.
 */
export function useBrokenHostHooks(): void {
  before(async () => {
    trap = installTrap();
    page = watchPageErrors();
    // Loaded first, so widgets render at once: these tests check what they render, not the
    // loading (tests/lazy-validation.test.ts does).
    await loadBundledDataset();
    await loadValidators();
  });
  beforeEach(() => {
    warnings = muteWarnings();
    page.clear();
  });
  afterEach(async () => {
    await nextTask(20);
    warnings.restore();
    cleanupHosts();
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
    expect(page.all, 'nothing reached the host page').to.deep.equal([]);
    expect(trap.hits).to.deep.equal([]);
  });
  after(() => {
    page.stop();
    trap.restore();
    console.log(`broken hosts: ${faults} fault cases`);
  });
}
