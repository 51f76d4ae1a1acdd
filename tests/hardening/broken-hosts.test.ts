/**
 * Issue 8, broken hosts: a `src` that 404s, times out, fails on the network, answers HTML,
 * truncated or invalid JSON; storage blocked, full and absent for the checklist; elements moved,
 * detached and re-attached mid-load; properties changed in rapid bursts; a provider's data swapped,
 * a widget moved between providers, a provider replaced. Each case ends in a usable widget with a
 * clear message, nothing reaches the host page, and checklist answers are never lost.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { loadBundledDataset } from '../../src/data/bundled.js';
import { loadValidators } from '../../src/internal/lazy-validation.js';
import type { Dataset } from '../../src/data/schema.js';
import type { ClinicalLeadershipData } from '../../src/clinical-leadership-data.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { bundled, bundledCopy, smallDataset } from './fixtures.js';
import {
  cleanupHosts, container, create, deepText, errorBlockProblems, installTrap, muteWarnings, nextTask, settle, stateOf, until,
  watchPageErrors, type PageErrors, type Trap, type WidgetState,
} from './harness.js';

const PREFIX = 'clinical-leadership-elements:checklist:';
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const textOf = (el: Element) => fold(deepText(el));
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

let trap: Trap;
let page: PageErrors;
let warnings: ReturnType<typeof muteWarnings>;
let faults = 0;

/** A provider (attributes, properties) around one of each widget. */
function providerWithWidgets(props: Partial<ClinicalLeadershipData> = {}, attrs: Record<string, string> = {}) {
  const provider = create<ClinicalLeadershipData>('clinical-leadership-data', props, attrs);
  const card = create<CaseStudyCard>('case-study-card', {}, { 'case-id': bundled.caseStudies[0].id });
  const gallery = create<CaseStudyGallery>('case-study-gallery');
  const checklist = create<FrameworkChecklist>('framework-checklist');
  const explorer = create<BarrierExplorer>('barrier-explorer');
  provider.append(card, gallery, checklist, explorer);
  return { provider, card, gallery, checklist, explorer, widgets: [card, gallery, checklist, explorer] as HTMLElement[] };
}

/** Every widget's state, for one assertion that names them all. */
const states = (els: Element[]): Record<string, WidgetState> => Object.fromEntries(els.map((el) => [el.localName, stateOf(el)]));

/** The widget works: a ready one answers an interaction, an error one shows an accessible message. */
async function usable(el: HTMLElement): Promise<void> {
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

describe('hardening: broken hosts', () => {
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

  describe('a src that fails', () => {
    const cases: Array<{ name: string; src: string; timeout?: number; message: RegExp; errors?: RegExp }> = [
      { name: '404s', src: '/__test__/missing.json', message: /The data at \/__test__\/missing\.json could not be loaded \(404 Not Found\)\./ },
      { name: 'times out', src: '/__test__/dataset.json?delay=2000', timeout: 300, message: /did not arrive within 0\.3 seconds\./ },
      { name: 'fails on the network', src: 'http://127.0.0.1:9/data.json', message: /could not be loaded \(network error or blocked by the browser\)\./ },
      { name: 'returns an HTML page', src: '/__test__/page.html', message: /is not valid JSON \(it looks like a web page\)\./ },
      { name: 'returns truncated JSON', src: '/__test__/truncated.json', message: /\/__test__\/truncated\.json is not valid JSON\./ },
      { name: 'returns JSON that is not a data set', src: '/__test__/invalid.json', message: /is not a valid clinical leadership data set\./, errors: /caseStudies\[0\] 'x': role is missing/ },
      { name: 'is empty (no src, no data)', src: '', message: /No data was given: set the src attribute or the data property\./ },
    ];
    for (const c of cases) {
      it(`${c.name}: every widget shows the reason, and recovers when the src is fixed`, async () => {
        faults++;
        const host = container();
        const { provider, widgets } = providerWithWidgets({}, { src: c.src, ...(c.timeout ? { timeout: String(c.timeout) } : {}) });
        host.append(provider);
        await until(() => provider.state.status === 'error', `the provider gives up on ${c.src}`, 6000);
        await settle(host);
        expect(states([provider, ...widgets])).to.deep.equal({
          'clinical-leadership-data': 'error', 'case-study-card': 'error', 'case-study-gallery': 'error', 'framework-checklist': 'error', 'barrier-explorer': 'error',
        });
        for (const el of [provider, ...widgets]) {
          expect(textOf(el), `<${el.localName}> says why`).to.match(c.message);
          if (c.errors) expect(textOf(el), `<${el.localName}> lists the problems`).to.match(c.errors);
          await usable(el);
        }
        provider.timeout = 10_000;
        provider.src = '/__test__/dataset.json';
        await until(() => provider.state.status === 'ready', 'the provider recovers');
        await settle(host);
        for (const el of widgets) {
          expect(stateOf(el), `<${el.localName}> recovers`).to.equal('ready');
          await usable(el);
        }
      });
    }

    it('given a Promise as .data (a missing await), says so instead of showing an empty data set', async () => {
      faults++;
      const host = container();
      const { provider, widgets } = providerWithWidgets({ data: Promise.resolve(bundledCopy()) as never });
      host.append(provider);
      await settle(host);
      // Today a Promise (or a Map, a Date, an Error) is read as an object with no lists: a valid,
      // empty data set. The page then says "There are no case studies to show" with no hint why.
      expect(provider.state.status, 'a Promise is not a data set').to.equal('error');
      for (const el of widgets) expect(stateOf(el), `<${el.localName}>`).to.equal('error');
    });
  });

  describe('checklist storage', () => {
    const elements: FrameworkElement[] = [{ id: 'confidence', title: 'Building confidence', summary: 'S.', sourceIds: ['s'] }];
    const prompts: ChecklistPrompt[] = ['mentors', 'networks', 'talent', 'board'].map((id) => ({
      id, elementId: 'confidence', text: `Prompt ${id}?`, enablerIds: [], sourceIds: ['s'], authored: 'organisation' as const,
    }));
    let key = '';
    let n = 0;
    beforeEach(() => {
      key = `hardening-${Date.now()}-${++n}`;
    });

    const saved = () => {
      const raw = localStorage.getItem(PREFIX + key);
      return raw === null ? null : (JSON.parse(raw).answers as Record<string, { status: string; note: string }>);
    };
    async function mountChecklist(): Promise<{ host: HTMLElement; el: FrameworkChecklist }> {
      const host = container();
      const el = create<FrameworkChecklist>('framework-checklist', { prompts, elements }, { 'storage-key': key });
      host.append(el);
      await settle(host);
      return { host, el };
    }
    async function choose(el: FrameworkChecklist, id: string, status: string): Promise<void> {
      $<HTMLInputElement>(el, `#p-${id}-${status}`)!.click();
      await settle(el);
    }
    async function write(el: FrameworkChecklist, id: string, note: string): Promise<void> {
      const area = $<HTMLTextAreaElement>(el, `#p-${id}-note`)!;
      area.value = note;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(el);
    }
    /** What the person sees: each prompt's checked status and note. */
    const shown = (el: FrameworkChecklist) =>
      Object.fromEntries(
        prompts.map((p) => [p.id, { status: $<HTMLInputElement>(el, `input[name="p-${p.id}-status"]:checked`)?.value, note: $<HTMLTextAreaElement>(el, `#p-${p.id}-note`)!.value }]),
      );
    const notice = (el: FrameworkChecklist) => fold(el.shadowRoot!.querySelector('[part~="notice"]')?.textContent);
    const live = (el: FrameworkChecklist) => fold($(el, '[part~="status"]')?.textContent);

    type Breakage = { name: string; message: RegExp; apply: () => () => void };
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    const stubGetter = (get: () => unknown) => () => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get });
      return () => Object.defineProperty(window, 'localStorage', original);
    };
    const breakages: Breakage[] = [
      {
        name: 'blocked (reading localStorage throws SecurityError)',
        message: /This browser is blocking storage for this page/,
        apply: stubGetter(() => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        }),
      },
      {
        name: 'full (setItem throws QuotaExceededError)',
        message: /This browser's storage for this site is full/,
        apply: () => {
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
          return () => (Storage.prototype.setItem = setItem);
        },
      },
      { name: 'absent (localStorage is undefined)', message: /This browser offers no storage to this page/, apply: stubGetter(() => undefined) },
    ];

    for (const b of breakages) {
      it(`${b.name} from the start: the widget says so, works, and exports every answer`, async () => {
        faults++;
        const restore = b.apply();
        try {
          const { el } = await mountChecklist();
          expect(stateOf(el)).to.equal('ready');
          expect(notice(el)).to.contain('Your answers will not be saved in this browser');
          expect(notice(el)).to.match(b.message);
          await choose(el, 'mentors', 'completed');
          await write(el, 'networks', 'Owner: director of AHPs');
          expect(shown(el).mentors.status).to.equal('completed');
          expect(JSON.parse(el.exportJson()).answers).to.deep.equal({
            mentors: { status: 'completed', note: '' },
            networks: { status: 'not-started', note: 'Owner: director of AHPs' },
          });
          expect(el.exportCsv()).to.contain('Owner: director of AHPs');
        } finally {
          restore();
        }
      });

      it(`${b.name} mid-session, then restored: no answer is ever lost`, async () => {
        faults++;
        const { host, el } = await mountChecklist();
        await choose(el, 'mentors', 'completed');
        await write(el, 'mentors', 'Evidence: mentoring scheme');
        expect(saved()).to.deep.equal({ mentors: { status: 'completed', note: 'Evidence: mentoring scheme' } });

        const restore = b.apply();
        let restored = false;
        try {
          await choose(el, 'networks', 'in-progress');
          expect(live(el), 'the failure is announced').to.contain('Your answers could not be saved in this browser');
          expect(live(el)).to.match(b.message);
          await write(el, 'networks', 'Next step: join the regional network');
          await choose(el, 'talent', 'not-applicable');
          expect(notice(el), 'the notice says answers are not being saved').to.contain('Your answers will not be saved in this browser');
          const expected = {
            mentors: { status: 'completed', note: 'Evidence: mentoring scheme' },
            networks: { status: 'in-progress', note: 'Next step: join the regional network' },
            talent: { status: 'not-applicable', note: '' },
          };
          expect(el.answers).to.deep.equal(expected);
          expect(JSON.parse(el.exportJson()).answers).to.deep.equal(expected);

          // Detached and re-attached (a CMS re-rendering the region) while storage is still broken.
          el.remove();
          await nextTask();
          host.append(el);
          await settle(host);
          expect(el.answers, 'kept across re-attachment').to.deep.equal(expected);

          restore();
          restored = true;
          await nextTask();
          host.append(el); // a re-attachment after storage is back must not replace unsaved answers with the old record
          await settle(host);
          expect(el.answers, 'kept when storage comes back').to.deep.equal(expected);
          expect(shown(el)).to.deep.equal({
            mentors: { status: 'completed', note: 'Evidence: mentoring scheme' },
            networks: { status: 'in-progress', note: 'Next step: join the regional network' },
            talent: { status: 'not-applicable', note: '' },
            board: { status: 'not-started', note: '' },
          });
          expect(JSON.parse(el.exportJson()).answers).to.deep.equal(expected);

          await choose(el, 'board', 'in-progress');
          expect(saved(), 'everything is saved with the next change').to.deep.equal({ ...expected, board: { status: 'in-progress', note: '' } });
          expect(notice(el)).to.contain('Your answers are saved in this browser');
        } finally {
          if (!restored) restore();
        }
      });
    }

    it('a blocked download or print dialog is announced, not thrown', async () => {
      faults += 2;
      const { el } = await mountChecklist();
      await choose(el, 'mentors', 'completed');
      const createObjectURL = URL.createObjectURL;
      const print = window.print;
      URL.createObjectURL = () => {
        throw new DOMException('Blocked', 'SecurityError');
      };
      window.print = () => {
        throw new DOMException('Blocked', 'NotAllowedError');
      };
      try {
        $<HTMLButtonElement>(el, '[data-action="json"]')!.click();
        await settle(el);
        expect(live(el)).to.contain('The download could not be started in this browser');
        $<HTMLButtonElement>(el, '[data-action="print"]')!.click();
        await settle(el);
        expect(live(el)).to.contain('cannot open the print dialog');
      } finally {
        URL.createObjectURL = createObjectURL;
        window.print = print;
      }
      expect(el.answers).to.deep.equal({ mentors: { status: 'completed', note: '' } });
    });
  });

  describe('elements moved, detached and re-attached mid-load', () => {
    it('a provider detached before its src arrives, then re-attached, loads and serves its widgets', async () => {
      faults++;
      const host = container();
      const { provider, widgets } = providerWithWidgets({}, { src: '/__test__/dataset.json?delay=300' });
      host.append(provider);
      await settle(host);
      expect(provider.state.status).to.equal('loading');
      for (const el of widgets) expect(stateOf(el), `<${el.localName}> while loading`).to.equal('loading');
      provider.remove();
      await nextTask(450); // the aborted answer would have arrived by now
      expect(provider.state.status, 'nothing settles while detached').to.equal('loading');
      host.append(provider);
      await until(() => provider.state.status === 'ready', 'loaded after re-attachment');
      await settle(host);
      for (const el of widgets) await usable(el);
      expect(states(widgets)).to.deep.equal({ 'case-study-card': 'ready', 'case-study-gallery': 'ready', 'framework-checklist': 'ready', 'barrier-explorer': 'ready' });
    });

    it('a provider moved to another part of the page mid-load still loads', async () => {
      faults++;
      const a = container();
      const b = container();
      const { provider, widgets } = providerWithWidgets({}, { src: '/__test__/custom.json?delay=200' });
      a.append(provider);
      await settle(a);
      b.append(provider); // a move: disconnected and connected in one go
      await until(() => provider.state.status === 'ready', 'loaded after the move');
      await settle(b);
      expect(textOf(widgets[0]), 'the card shows the provider’s data').to.contain('From src:');
      for (const el of widgets) await usable(el);
    });

    it('widgets moved out of a loading provider use the bundled data set; moved into a ready one, use its data', async () => {
      faults++;
      const loading = providerWithWidgets({}, { src: '/__test__/dataset.json?delay=400' });
      const custom = create<ClinicalLeadershipData>('clinical-leadership-data', {}, { src: '/__test__/custom.json' });
      const bare = container();
      const other = container();
      other.append(custom);
      container().append(loading.provider);
      await until(() => custom.state.status === 'ready', 'the other provider is ready');
      const [card, gallery, checklist, explorer] = loading.widgets;
      bare.append(card, checklist); // out of any provider: the bundled data set
      custom.append(gallery, explorer); // into a ready provider
      await settle(bare);
      await settle(other);
      await until(() => [card, checklist, gallery, explorer].every((w) => stateOf(w) === 'ready'), 'all ready');
      expect(textOf(card)).to.contain(bundled.caseStudies[0].summary);
      expect(textOf(card)).not.to.contain('From src:');
      expect(textOf(gallery.shadowRoot!.querySelector('case-study-card')!)).to.contain('From src:');
      for (const el of [card, gallery, checklist, explorer]) await usable(el);
      await nextTask(500); // the first provider's answer arrives; nobody listens any more
      expect(textOf(card)).not.to.contain('From src:');
    });

    it('a widget detached while its provider loads, re-attached after, shows the loaded data', async () => {
      faults++;
      const host = container();
      const { provider, card, widgets } = providerWithWidgets({}, { src: '/__test__/custom.json?delay=200' });
      host.append(provider);
      await settle(host);
      card.remove();
      await until(() => provider.state.status === 'ready', 'loaded');
      provider.append(card);
      await settle(host);
      expect(stateOf(card)).to.equal('ready');
      expect(textOf(card)).to.contain('From src:');
      for (const el of widgets) await usable(el);
    });

    it('a provider detached for good mid-load never settles late, throws nothing, and its widgets wait quietly', async () => {
      faults++;
      const host = container();
      const { provider, widgets } = providerWithWidgets({}, { src: '/__test__/dataset.json?delay=150' });
      host.append(provider);
      await settle(host);
      host.remove();
      await nextTask(400);
      expect(provider.state.status).to.equal('loading');
      for (const el of widgets) expect(stateOf(el)).to.equal('loading');
    });
  });

  describe('properties changed in rapid bursts', () => {
    it('a card given 60 ids and objects in one go shows the last', async () => {
      faults++;
      const host = container();
      const card = create<CaseStudyCard>('case-study-card');
      host.append(card);
      const ids = bundled.caseStudies.map((c) => c.id);
      for (let i = 0; i < 60; i++) {
        card.caseId = ids[i % ids.length];
        card.caseStudy = i % 3 === 0 ? ({ ...bundled.caseStudies[i % ids.length], name: `Burst ${i}` } as never) : i % 3 === 1 ? ({ bad: true } as never) : undefined;
        if (i % 7 === 0) await nextTask();
      }
      card.caseStudy = undefined;
      card.caseId = ids[1];
      await settle(host);
      expect(fold($(card, '[part~="heading"]')?.textContent)).to.equal(bundled.caseStudies[1].name);
      await usable(card);
    });

    it('a provider whose src changes ten times ends with the last answer, never a stale one', async () => {
      faults++;
      const host = container();
      const { provider, card, widgets } = providerWithWidgets();
      host.append(provider);
      const burst = [
        '/__test__/missing.json?delay=400', '/__test__/page.html?delay=350', '/__test__/dataset.json?delay=300', '/__test__/truncated.json?delay=250',
        '/__test__/invalid.json?delay=200', '/__test__/missing.json?delay=150', '/__test__/dataset.json?delay=100', '/__test__/page.html?delay=50',
        '/__test__/missing.json', '/__test__/custom.json?delay=120',
      ];
      for (const [i, src] of burst.entries()) {
        provider.src = src;
        if (i % 3 === 0) await nextTask();
      }
      await until(() => provider.state.status === 'ready', 'the last src wins');
      await nextTask(500); // every earlier answer has arrived by now
      await settle(host);
      expect(provider.state.status).to.equal('ready');
      expect(textOf(card)).to.contain('From src:');
      for (const el of widgets) await usable(el);

      // And the other way round: a slow good answer must not replace a later failure.
      provider.src = '/__test__/dataset.json?delay=300';
      await nextTask();
      provider.src = '/__test__/missing.json';
      await until(() => provider.state.status === 'error', 'the failure shows');
      await nextTask(450);
      await settle(host);
      expect(provider.state.status).to.equal('error');
      for (const el of widgets) expect(stateOf(el), `<${el.localName}>`).to.equal('error');
    });

    it('.data set while a src loads wins, and unsetting it goes back to the src', async () => {
      faults++;
      const host = container();
      const { provider, card, widgets } = providerWithWidgets({}, { src: '/__test__/custom.json?delay=250' });
      host.append(provider);
      const data = smallDataset();
      data.caseStudies[0].summary = 'From .data.';
      provider.data = data as never;
      await settle(host);
      expect(textOf(card)).to.contain('From .data.');
      await nextTask(400);
      await settle(host);
      expect(textOf(card), 'the src answer does not replace .data').to.contain('From .data.');
      provider.data = undefined;
      await until(() => provider.state.status === 'ready' && textOf(card).includes('From src:'), 'back to the src', 4000);
      for (const el of widgets) await usable(el);
    });

    it('gallery and explorer filters changed 200 times end on the last filter', async () => {
      faults++;
      const host = container();
      const gallery = create<CaseStudyGallery>('case-study-gallery');
      const explorer = create<BarrierExplorer>('barrier-explorer');
      host.append(gallery, explorer);
      await settle(host);
      const queries = ['', 'director', 'zzz', 'physio', 'trust', 'board', 'nhs'];
      for (let i = 0; i < 200; i++) {
        gallery.query = queries[i % queries.length];
        gallery.disciplines = i % 2 ? ['ahp'] : ['nurse', 'midwife'];
        gallery.ahpOnly = i % 5 === 0;
        explorer.query = queries[(i + 3) % queries.length];
        explorer.levels = i % 2 ? ['system'] : [];
        explorer.view = i % 3 ? 'barriers' : 'elements';
        if (i % 17 === 0) await nextTask();
      }
      gallery.query = '';
      gallery.disciplines = ['ahp'];
      explorer.query = '';
      explorer.levels = ['individual'];
      explorer.view = 'barriers';
      await settle(host);
      const ahps = bundled.caseStudies.filter((c) => bundled.professions.find((p) => p.id === c.professionId)?.disciplineId === 'ahp');
      expect(fold($(gallery, '[part~="count"]')?.textContent)).to.equal(`Showing ${ahps.length} of ${bundled.caseStudies.length} case studies`);
      const individual = bundled.barriers.filter((b) => b.level === 'individual');
      expect(fold($(explorer, '[part~="count"]')?.textContent)).to.equal(`Showing ${individual.length} of ${bundled.barriers.length} barriers`);
      expect(explorer.shadowRoot!.querySelectorAll('[part~="barrier"]:not([hidden])').length).to.equal(individual.length);
      await usable(gallery);
    });

    it('checklist answers clicked and typed 150 times in a burst are all kept and saved', async () => {
      faults++;
      const host = container();
      const key = `burst-${Date.now()}`;
      const checklist = create<FrameworkChecklist>('framework-checklist', {}, { 'storage-key': key });
      host.append(checklist);
      await settle(host);
      const ids = bundled.checklistPrompts.map((p) => p.id);
      const statuses = ['in-progress', 'completed', 'not-applicable', 'not-started'];
      const expected: Record<string, { status: string; note: string }> = {};
      for (let i = 0; i < 150; i++) {
        const id = ids[(i * 7) % ids.length];
        const status = statuses[i % statuses.length];
        $<HTMLInputElement>(checklist, `#p-${id}-${status}`)!.click();
        const area = $<HTMLTextAreaElement>(checklist, `#p-${id}-note`)!;
        area.value = i % 4 ? `Note ${i}` : '';
        area.dispatchEvent(new Event('input', { bubbles: true }));
        expected[id] = { status, note: area.value };
        if (i % 11 === 0) await nextTask();
      }
      await settle(host);
      for (const [id, answer] of Object.entries(expected)) if (answer.status === 'not-started' && !answer.note) delete expected[id];
      expect(checklist.answers).to.deep.equal(expected);
      expect(JSON.parse(localStorage.getItem(PREFIX + key)!).answers).to.deep.equal(expected);
    });
  });

  describe('a provider replaced at run time', () => {
    const variant = (label: string): Dataset => {
      const d = smallDataset();
      for (const c of d.caseStudies) c.summary = `${label}: ${c.summary}`;
      for (const b of d.barriers) b.title = `${label}: ${b.title}`;
      for (const p of d.checklistPrompts) p.text = `${label}: ${p.text}`;
      return d as unknown as Dataset;
    };

    it('swapping .data (good, other, invalid, good) updates every widget each time', async () => {
      faults++;
      const host = container();
      const { provider, card, gallery, checklist, explorer, widgets } = providerWithWidgets({ data: variant('Alpha') });
      host.append(provider);
      await settle(host);
      const everywhere = (label: string) => {
        expect(textOf(card), 'card').to.contain(`${label}:`);
        expect(textOf(gallery), 'gallery').to.contain(`${label}:`);
        expect(textOf(checklist), 'checklist').to.contain(`${label}:`);
        expect(textOf(explorer), 'explorer').to.contain(`${label}:`);
      };
      everywhere('Alpha');
      provider.data = variant('Beta');
      await settle(host);
      everywhere('Beta');
      expect(textOf(card)).not.to.contain('Alpha:');
      provider.data = { caseStudies: [{ id: 'x' }] } as never;
      await settle(host);
      for (const el of widgets) {
        expect(stateOf(el), `<${el.localName}> with invalid data`).to.equal('error');
        expect(textOf(el)).not.to.contain('Beta:'); // no stale data beside the error
        await usable(el);
      }
      provider.data = variant('Gamma');
      await settle(host);
      everywhere('Gamma');
      for (const el of widgets) await usable(el);
    });

    it('a widget moved from one provider to another shows the second one’s data', async () => {
      faults++;
      const host = container();
      const a = providerWithWidgets({ data: variant('Alpha') });
      const b = create<ClinicalLeadershipData>('clinical-leadership-data', { data: variant('Beta') });
      host.append(a.provider, b);
      await settle(host);
      for (const el of a.widgets) {
        b.append(el);
        await settle(host);
        expect(textOf(el), `<${el.localName}> moved`).to.contain('Beta:');
        expect(textOf(el)).not.to.contain('Alpha:');
        await usable(el);
      }
    });

    it('a provider replaced by a new element (and by a failing one) hands over its widgets', async () => {
      faults++;
      const host = container();
      const first = providerWithWidgets({ data: variant('Alpha') });
      host.append(first.provider);
      await settle(host);
      const failing = create<ClinicalLeadershipData>('clinical-leadership-data', {}, { src: '/__test__/missing.json' });
      failing.append(...first.widgets);
      first.provider.replaceWith(failing);
      await until(() => failing.state.status === 'error', 'the new provider fails');
      await settle(host);
      for (const el of first.widgets) {
        expect(stateOf(el), `<${el.localName}>`).to.equal('error');
        expect(textOf(el)).to.contain('could not be loaded (404 Not Found)');
      }
      const second = create<ClinicalLeadershipData>('clinical-leadership-data', { data: variant('Beta') });
      second.append(...first.widgets);
      failing.replaceWith(second);
      await settle(host);
      for (const el of first.widgets) {
        expect(textOf(el), `<${el.localName}>`).to.contain('Beta:');
        await usable(el);
      }
    });

    it('a widget taken out of every provider falls back to the bundled data set, and back in uses the provider again', async () => {
      faults++;
      const host = container();
      const outside = container();
      const { provider, widgets } = providerWithWidgets({ data: variant('Alpha') });
      host.append(provider);
      await settle(host);
      for (const el of widgets) {
        outside.append(el);
        await settle(outside);
        await until(() => stateOf(el) === 'ready', `<${el.localName}> ready on the bundled data`);
        expect(textOf(el), `<${el.localName}> outside`).not.to.contain('Alpha:');
        provider.append(el);
        await settle(host);
        expect(textOf(el), `<${el.localName}> back inside`).to.contain('Alpha:');
      }
    });

    it('nested providers: the nearest wins, and removing it hands the widget to the outer one', async () => {
      faults++;
      const host = container();
      const outer = create<ClinicalLeadershipData>('clinical-leadership-data', { data: variant('Outer') });
      const inner = create<ClinicalLeadershipData>('clinical-leadership-data', { data: variant('Inner') });
      const card = create<CaseStudyCard>('case-study-card', {}, { 'case-id': bundled.caseStudies[0].id });
      inner.append(card);
      outer.append(inner);
      host.append(outer);
      await settle(host);
      expect(textOf(card)).to.contain('Inner:');
      inner.replaceWith(card);
      await settle(host);
      expect(textOf(card)).to.contain('Outer:');
      await usable(card);
    });
  });

  it('a gallery and an explorer with sync-url keep filtering when the page forbids history changes', async () => {
    faults++;
    const host = container();
    const replaceState = history.replaceState;
    history.replaceState = () => {
      throw new DOMException('Blocked by the sandbox', 'SecurityError');
    };
    try {
      const gallery = create<CaseStudyGallery>('case-study-gallery', {}, { 'sync-url': '' });
      const explorer = create<BarrierExplorer>('barrier-explorer', {}, { 'sync-url': '' });
      host.append(gallery, explorer);
      await settle(host);
      $<HTMLButtonElement>(gallery, '[part~="ahp-toggle"]')!.click();
      $<HTMLInputElement>(explorer, 'input[name="level"][value="system"]')!.click();
      await settle(host);
      expect($(gallery, '[part~="ahp-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(explorer.levels).to.deep.equal(['system']);
      for (const el of [gallery, explorer]) await usable(el);
    } finally {
      history.replaceState = replaceState;
    }
  });
});
