/**
 * Issue 8, broken hosts (1 of 3): a `src` that 404s, times out, fails on the network, answers HTML,
 * truncated or invalid JSON; storage blocked, full and absent for the checklist. Helpers and hooks
 * are in broken-hosts-shared.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { bundledCopy } from './fixtures.js';
import { container, create, nextTask, settle, stateOf, until } from './harness.js';
import { $, fault, fold, PREFIX, providerWithWidgets, states, textOf, usable, useBrokenHostHooks } from './broken-hosts-shared.js';

describe('hardening: broken hosts', () => {
  useBrokenHostHooks();

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
        fault();
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
      fault();
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
        fault();
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
        fault();
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
      fault(2);
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
        $<HTMLButtonElement>(el, '[data-command="json"]')!.click();
        await settle(el);
        expect(live(el)).to.contain('The download could not be started in this browser');
        $<HTMLButtonElement>(el, '[data-command="print"]')!.click();
        await settle(el);
        expect(live(el)).to.contain('cannot open the print dialog');
      } finally {
        URL.createObjectURL = createObjectURL;
        window.print = print;
      }
      expect(el.answers).to.deep.equal({ mentors: { status: 'completed', note: '' } });
    });
  });
});
