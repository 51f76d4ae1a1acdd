/**
 * Issue 8, fuzzing: fast-check generates data sets (valid, nearly valid, garbage; see
 * arbitraries.ts) and feeds them to every widget, by property and through a provider. Whatever it
 * is given, no uncaught exception or unhandled rejection reaches the page, no payload runs, and
 * each widget ends in the state an independent oracle (the schema, run here) predicts:
 *
 * - ready: the content (card article, gallery list, checklist sections, explorer barriers);
 * - empty: the content frame with nothing in it (`[part~="empty"]`, or no records at all);
 * - error: `[part~="error"]` with role="alert", a title and a message, instead of the content.
 * (See `stateOf` in harness.ts.) Loading is never a final state.
 *
 * Runs per widget and route: 1,000 by default; `FUZZ_RUNS=5000 npm test` for more, and
 * `FUZZ_SEED=<seed>` to replay a failure (both read from /__test__/config.json, served by
 * tests/server/middleware.mjs). One element per widget is reused across runs.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import '../../src/index.js';
import { loadBundledDataset } from '../../src/data/bundled.js';
import { loadValidators } from '../../src/internal/lazy-validation.js';
import { validateDataset } from '../../src/data/validate.js';
import { BarrierSchema, CaseStudySchema, ChecklistPromptSchema, EnablerSchema, FrameworkElementSchema, type Dataset } from '../../src/data/schema.js';
import type { ClinicalLeadershipData } from '../../src/clinical-leadership-data.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import {
  anyDataset, applyPartBreak, deepFreeze, garbage, HOSTILE, partBreak, real, text, validDataset, type Kind,
} from './arbitraries.js';
import { bundled, type Mutable } from './fixtures.js';
import {
  cleanupHosts, container, create, errorBlockProblems, installTrap, markupProblems, muteWarnings, settle, stateOf,
  watchPageErrors, type PageErrors, type Trap, type WidgetState,
} from './harness.js';

interface Config {
  fuzzRuns: number;
  fuzzSeed: number | null;
}
let config: Config = { fuzzRuns: 1000, fuzzSeed: null };
let trap: Trap;
let page: PageErrors;
let warnings: ReturnType<typeof muteWarnings>;

/** fast-check parameters: the configured runs, and the seed when one is given (a failure report prints its seed). */
const params = () => ({ numRuns: config.fuzzRuns, ...(config.fuzzSeed !== null ? { seed: config.fuzzSeed } : {}) });

/** Milliseconds allowed for one fuzz test: generous per run on a slow machine. */
const budget = (perRun: number) => 30_000 + config.fuzzRuns * perRun;

const safely = <T>(f: () => T, fallback: T): T => {
  try {
    return f();
  } catch {
    return fallback;
  }
};

const valid = <S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | undefined =>
  safely(() => {
    const r = v.safeParse(schema, value);
    return r.success ? r.output : undefined;
  }, undefined);

/** Valid records of a list, as a widget that skips bad ones and repeated ids would keep them; `throws` when the list cannot even be read. */
type Kept = { kept: number; problems: number } | 'not a list' | 'throws';
function keptRecords(schema: v.GenericSchema, list: unknown): Kept {
  return safely<Kept>(
    () => {
      if (!Array.isArray(list)) return 'not a list' as const;
      let kept = 0;
      let problems = 0;
      const seen = new Set<string>();
      list.forEach((item: unknown) => {
        const out = valid(schema, item) as { id: string } | undefined;
        if (!out || seen.has(out.id)) problems++;
        else {
          seen.add(out.id);
          kept++;
        }
      });
      return { kept, problems };
    },
    'throws' as const,
  );
}

/** What a ready widget lists: it must match the data it was given, never an earlier run's. */
const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')?.textContent ?? '';
const count = (el: Element, selector: string) => el.shadowRoot!.querySelectorAll(selector).length;
function same(what: string, actual: unknown, expected: unknown, context: () => string): void {
  if (actual !== expected) throw new Error(`${what}: ${String(actual)} instead of ${String(expected)}, given ${context()}`);
}

/**
 * What each widget inside a provider shows for a data set: errors everywhere when it is not valid
 * (`undefined`); otherwise the card is ready when it finds its id, and the lists are ready or empty.
 */
function expectedThroughProvider(d: Dataset | undefined, caseId: string): Record<string, WidgetState> {
  const list = (n: number): WidgetState => (!d ? 'error' : n ? 'ready' : 'empty');
  return {
    'clinical-leadership-data': d ? 'ready' : 'error',
    'case-study-card': d?.caseStudies.some((c) => c.id === caseId) ? 'ready' : 'error',
    'case-study-gallery': list(d?.caseStudies.length ?? 0),
    'framework-checklist': list(d?.checklistPrompts.length ?? 0),
    'barrier-explorer': list(d?.barriers.length ?? 0),
  };
}

/** Tallies for the report line each test logs. */
class Tally {
  private readonly start = performance.now();
  kinds: Record<string, number> = {};
  states: Record<string, number> = {};
  add(kind: Kind, state: string): void {
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    this.states[state] = (this.states[state] ?? 0) + 1;
  }
  line(what: string): string {
    const f = (o: Record<string, number>) => Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ');
    const seconds = ((performance.now() - this.start) / 1000).toFixed(1);
    return `fuzz ${what}: ${Object.values(this.kinds).reduce((a, b) => a + b, 0)} runs (${f(this.kinds)}) → ${f(this.states)} in ${seconds} s`;
  }
}

/** After a run: settled, in an expected state, errors accessible, nothing injected, nothing ran, nothing thrown. */
async function check(host: HTMLElement, widget: Element, expected: WidgetState[], describe: () => string): Promise<WidgetState> {
  const failures = await settle(host);
  const state = stateOf(widget);
  const where = `<${widget.localName}> given ${describe()}`;
  if (!expected.includes(state)) throw new Error(`${where}: expected ${expected.join(' or ')}, got ${state}\n${widget.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 400)}`);
  const problems = [...errorBlockProblems(widget), ...markupProblems(widget), ...failures, ...page.all, ...trap.hits];
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
  return state;
}

function describeValue(value: unknown): string {
  return safely(
    () => {
      const json = JSON.stringify(value, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
      return json === undefined ? String(value) : json.length > 300 ? `${json.slice(0, 300)}…` : json;
    },
    safely(() => Object.prototype.toString.call(value), 'an unreadable value'),
  );
}

/** fast-check's report with the failing run's own error, which it otherwise leaves in `cause`. */
async function run<T>(property: fc.IAsyncProperty<T>, parameters: fc.Parameters<T>): Promise<void> {
  try {
    await fc.assert(property, parameters);
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (cause) (error as Error).message += `\nCaused by: ${String((cause as Error)?.stack ?? cause)}`;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------

describe('hardening: fuzzing every widget', () => {
  before(async () => {
    const response = await fetch('/__test__/config.json');
    if (response.ok) config = { ...config, ...((await response.json()) as Partial<Config>) };
    trap = installTrap();
    page = watchPageErrors();
    // Loaded first, so widgets render at once: these tests check what they render, not the
    // loading (tests/lazy-validation.test.ts does).
    await loadBundledDataset();
    await loadValidators();
  });
  /** Everything trapped or thrown over the whole file: each run fails on its own, and nothing late is lost. */
  const seen: string[] = [];
  beforeEach(() => {
    warnings = muteWarnings();
  });
  afterEach(() => {
    warnings.restore();
    cleanupHosts();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    seen.push(...trap.hits.splice(0), ...page.all);
    page.clear();
  });
  after(() => {
    page.stop();
    trap.restore();
    expect(seen.map((e) => e.split('\n')[0]), 'nothing ran or reached the page').to.deep.equal([]);
  });

  it('generates valid data sets that the validator accepts (the generator is sound)', () => {
    fc.assert(
      fc.property(validDataset, (d) => {
        const result = validateDataset(d);
        if (!result.ok) throw new Error(result.errors.join('; '));
      }),
      { numRuns: 300, ...(config.fuzzSeed !== null ? { seed: config.fuzzSeed } : {}) },
    );
  });

  it('never throws from validateDataset, whatever it is given (including hostile objects)', () => {
    for (const [name, make] of HOSTILE) {
      let threw: unknown;
      try {
        validateDataset(make());
      } catch (error) {
        threw = error;
      }
      expect(threw, `validateDataset(${name}) threw`).to.equal(undefined);
    }
    fc.assert(
      fc.property(garbage, (g) => {
        validateDataset(real(g));
      }),
      { numRuns: 500 },
    );
  });

  describe('by property', () => {
    it(`<case-study-card>.caseStudy`, async function () {
      this.timeout(budget(40));
      const host = container('none');
      const card = create<CaseStudyCard>('case-study-card', {}, { variant: 'full' });
      host.append(card);
      const tally = new Tally();
      const input = fc.oneof(
        { weight: 4, arbitrary: validDataset.map((d) => ({ kind: 'valid' as Kind, value: deepFreeze(d.caseStudies[0]) as unknown })) },
        { weight: 4, arbitrary: fc.tuple(validDataset, partBreak).map(([d, b]) => ({ kind: 'nearly valid' as Kind, value: applyPartBreak(d.caseStudies[0] ?? {}, b) })) },
        { weight: 2, arbitrary: garbage.map((value) => ({ kind: 'garbage' as Kind, value })) },
      );
      await run(
        fc.asyncProperty(input, async ({ kind, value: generated }) => {
          const value = real(generated);
          card.caseStudy = value as never;
          const out = valid(CaseStudySchema, value);
          tally.add(kind, await check(host, card, out ? ['ready'] : ['error'], () => describeValue(value)));
          if (out) same('the card names', heading(card), out.name, () => describeValue(value));
        }),
        params(),
      );
      console.log(tally.line('card by property'));
    });

    it(`<case-study-gallery>.caseStudies (with filters)`, async function () {
      this.timeout(budget(60));
      const host = container('none');
      const gallery = create<CaseStudyGallery>('case-study-gallery', { pageSize: 6 });
      host.append(gallery);
      const tally = new Tally();
      const list = fc.oneof(
        { weight: 4, arbitrary: validDataset.map((d) => ({ kind: 'valid' as Kind, value: deepFreeze(d.caseStudies) as unknown })) },
        { weight: 4, arbitrary: fc.tuple(validDataset, partBreak).map(([d, b]) => ({ kind: 'nearly valid' as Kind, value: applyPartBreak(d.caseStudies, b) })) },
        { weight: 2, arbitrary: garbage.map((value) => ({ kind: 'garbage' as Kind, value })) },
      );
      const filters = fc.record({
        query: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: text }),
        disciplines: fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom('ahp', 'nurse', 'doctor', 'other', 'nobody'), { maxLength: 3 }) }),
      });
      await run(
        fc.asyncProperty(list, filters, async ({ kind, value: generated }, f) => {
          const value = real(generated);
          gallery.caseStudies = value as never;
          gallery.query = f.query;
          gallery.disciplines = f.disciplines;
          const filtered = f.query.trim() !== '' || f.disciplines.length > 0;
          const any: WidgetState[] = filtered ? ['ready', 'empty'] : ['ready'];
          let expected: WidgetState[];
          let problems = false;
          if (value === undefined || value === null) expected = any; // falls back to the data set's case studies
          else {
            const kept = keptRecords(CaseStudySchema, value);
            if (kept === 'not a list' || kept === 'throws') expected = ['error'];
            else if (kept.kept === 0) expected = kept.problems ? ['error'] : ['empty'];
            else {
              expected = any;
              problems = kept.problems > 0;
            }
          }
          const state = await check(host, gallery, expected, () => `${describeValue(value)} and filters ${JSON.stringify(f)}`);
          if (state === 'ready' && !filtered && value !== undefined && value !== null) {
            const kept = keptRecords(CaseStudySchema, value) as { kept: number };
            same('cards shown', count(gallery, '[part~="list"] case-study-card'), Math.min(6, kept.kept), () => describeValue(value));
          }
          if (state !== 'error') {
            const block = gallery.shadowRoot!.querySelector('[part~="error"]') !== null;
            if (block !== problems) throw new Error(`gallery given ${describeValue(value)}: a note about left-out records is ${block ? '' : 'not '}shown`);
          }
          tally.add(kind, state);
        }),
        params(),
      );
      console.log(tally.line('gallery by property'));
    });

    it(`<framework-checklist>.prompts / .extraPrompts / .elements`, async function () {
      this.timeout(budget(60));
      const host = container('none');
      const checklist = create<FrameworkChecklist>('framework-checklist');
      host.append(checklist);
      const tally = new Tally();
      type Input = { prompts: unknown; elements: unknown; extraPrompts: unknown };
      const parts = (d: Mutable): Input => ({ prompts: d.checklistPrompts, elements: d.elements, extraPrompts: d.checklistPrompts.length > 3 ? d.checklistPrompts.splice(0, 2) : undefined });
      const input = fc.oneof(
        { weight: 4, arbitrary: validDataset.map((d) => ({ kind: 'valid' as Kind, value: deepFreeze(parts(d)) })) },
        {
          weight: 4,
          arbitrary: fc.tuple(validDataset, partBreak, fc.constantFrom<keyof Input>('prompts', 'elements', 'extraPrompts')).map(([d, b, which]) => {
            const value = parts(d);
            value[which] = applyPartBreak(value[which] ?? [], b);
            return { kind: 'nearly valid' as Kind, value };
          }),
        },
        {
          weight: 2,
          arbitrary: fc.tuple(garbage, garbage, fc.option(garbage, { nil: undefined })).map(([prompts, elements, extraPrompts]) => ({ kind: 'garbage' as Kind, value: { prompts, elements, extraPrompts } })),
        },
      );
      const PromptList = v.pipe(v.array(ChecklistPromptSchema), v.maxLength(2000));
      const ElementList = v.pipe(v.array(FrameworkElementSchema), v.maxLength(200));
      await run(
        fc.asyncProperty(input, async ({ kind, value: generated }) => {
          const value = { prompts: real(generated.prompts), elements: real(generated.elements), extraPrompts: real(generated.extraPrompts) };
          Object.assign(checklist, value);
          const prompts = value.prompts === undefined ? bundled.checklistPrompts : valid(PromptList, value.prompts);
          const extra = value.extraPrompts === undefined ? [] : valid(PromptList, value.extraPrompts);
          const elements = value.elements === undefined ? bundled.elements : valid(ElementList, value.elements);
          let expected: WidgetState[];
          if (!prompts || !extra || !elements) expected = ['error'];
          else {
            const ids = [...prompts, ...extra].map((p) => p.id);
            expected = new Set(ids).size !== ids.length ? ['error'] : ids.length ? ['ready'] : ['empty'];
          }
          const state = await check(host, checklist, expected, () => describeValue(value));
          if (state === 'ready') same('prompts shown', count(checklist, '[part~="element"] [part~="prompt"]'), prompts!.length + extra!.length, () => describeValue(value));
          tally.add(kind, state);
        }),
        params(),
      );
      console.log(tally.line('checklist by property'));
    });

    it(`<barrier-explorer>.barriers / .enablers (with filters)`, async function () {
      this.timeout(budget(60));
      const host = container('none');
      const explorer = create<BarrierExplorer>('barrier-explorer');
      host.append(explorer);
      const tally = new Tally();
      type Input = { barriers: unknown; enablers: unknown };
      const parts = (d: Mutable, withEnablers: boolean): Input => ({ barriers: d.barriers, enablers: withEnablers ? d.enablers : undefined });
      const input = fc.oneof(
        { weight: 4, arbitrary: fc.tuple(validDataset, fc.boolean()).map(([d, e]) => ({ kind: 'valid' as Kind, value: deepFreeze(parts(d, e)) })) },
        {
          weight: 4,
          arbitrary: fc.tuple(validDataset, fc.boolean(), partBreak, fc.constantFrom<keyof Input>('barriers', 'enablers')).map(([d, e, b, which]) => {
            const value = parts(d, e);
            value[which] = applyPartBreak(value[which] ?? [], b);
            return { kind: 'nearly valid' as Kind, value };
          }),
        },
        { weight: 2, arbitrary: fc.tuple(garbage, fc.option(garbage, { nil: undefined })).map(([barriers, enablers]) => ({ kind: 'garbage' as Kind, value: { barriers, enablers } })) },
      );
      const filters = fc.record({
        view: fc.constantFrom('barriers', 'elements', 'nonsense'),
        query: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: text }),
        levels: fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom('system', 'individual', 'x'), { maxLength: 2 }) }),
        elements: fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...bundled.elements.map((e) => e.id), 'x'), { maxLength: 2 }) }),
        disciplines: fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom('ahp', 'nurse', 'x'), { maxLength: 2 }) }),
      });
      await run(
        fc.asyncProperty(input, filters, async ({ kind, value: generated }, f) => {
          const value = { barriers: real(generated.barriers), enablers: real(generated.enablers) };
          Object.assign(explorer, value, f);
          const filtered = f.query.trim() !== '' || [...f.levels, ...f.elements, ...f.disciplines].some((x) => x !== 'x');
          const any: WidgetState[] = filtered ? ['ready', 'empty'] : ['ready'];
          let expected: WidgetState[];
          const barriers = value.barriers ?? undefined; // null falls back to the data set, like undefined
          const enablersReadable = value.enablers === undefined || keptRecords(EnablerSchema, value.enablers) !== 'throws';
          if (barriers === undefined) expected = enablersReadable ? any : ['error'];
          else {
            const kept = keptRecords(BarrierSchema, barriers);
            if (kept === 'throws' || !enablersReadable) expected = ['error'];
            else if (kept === 'not a list' || kept.kept === 0) expected = ['empty'];
            else expected = any;
          }
          const state = await check(host, explorer, expected, () => `${describeValue(value)} and filters ${JSON.stringify(f)}`);
          if (state !== 'error' && f.view !== 'elements') {
            const kept = barriers === undefined ? bundled.barriers.length : ((keptRecords(BarrierSchema, barriers) as { kept?: number }).kept ?? 0);
            // The list is paged (page-size, 24 by default) and holds only matches (plus open, hidden ones).
            const shown = count(explorer, '[part~="barrier"]:not([hidden])');
            if (filtered) {
              if (shown > Math.min(24, kept)) throw new Error(`barriers shown: ${shown}, more than a page of ${kept}, given ${describeValue(value)}`);
            } else same('barriers shown (the first page)', shown, Math.min(24, kept), () => describeValue(value));
          }
          tally.add(kind, state);
        }),
        params(),
      );
      console.log(tally.line('explorer by property'));
    });
  });

  describe('through a provider', () => {
    it('turns every hostile value given as .data into an error in every widget, never an exception', async () => {
      const host = container('none');
      const provider = create<ClinicalLeadershipData>('clinical-leadership-data', { data: bundled });
      const widgets = [
        create('case-study-card', {}, { 'case-id': bundled.caseStudies[0].id }), create('case-study-gallery'), create('framework-checklist'), create('barrier-explorer'),
      ];
      provider.append(...widgets);
      host.append(provider);
      await settle(host);
      const problems: string[] = [];
      for (const [name, make] of HOSTILE) {
        const value = make();
        const d = safely(() => validateDataset(value), { ok: false as const, errors: [] });
        provider.data = value as never;
        const failures = await settle(host);
        const expected = expectedThroughProvider(d.ok ? d.value : undefined, bundled.caseStudies[0].id);
        for (const el of [provider, ...widgets]) {
          const state = stateOf(el);
          if (state !== expected[el.localName]) problems.push(`${name}: <${el.localName}> is ${state}, not ${expected[el.localName]}`);
        }
        problems.push(...failures.map((f) => `${name}: ${f.split('\n')[0]}`), ...page.all.map((e) => `${name}: ${e.split('\n')[0]}`));
        page.clear();
        provider.data = bundled; // back to good data between values
        await settle(host);
      }
      expect(problems).to.deep.equal([]);
    });

    it('every widget, with the provider given valid, nearly valid and garbage data sets', async function () {
      this.timeout(budget(120));
      const host = container('none');
      const provider = create<ClinicalLeadershipData>('clinical-leadership-data');
      const card = create<CaseStudyCard>('case-study-card', {}, { variant: 'full' });
      const gallery = create<CaseStudyGallery>('case-study-gallery', { pageSize: 6 });
      const checklist = create<FrameworkChecklist>('framework-checklist');
      const explorer = create<BarrierExplorer>('barrier-explorer');
      provider.append(card, gallery, checklist, explorer);
      host.append(provider);
      const tallies = { card: new Tally(), gallery: new Tally(), checklist: new Tally(), explorer: new Tally(), provider: new Tally() };
      await run(
        fc.asyncProperty(anyDataset, async ({ kind, data: generated }) => {
          const data = real(generated);
          const firstId = safely(() => {
            const id = (data as { caseStudies?: Array<{ id?: unknown }> }).caseStudies?.[0]?.id;
            return typeof id === 'string' && id ? id : 'rachel-mckeown';
          }, 'rachel-mckeown');
          card.caseId = firstId;
          provider.data = data as never;
          const result = safely(() => validateDataset(data), { ok: false as const, errors: ['validateDataset threw'] });
          const expected = expectedThroughProvider(result.ok ? result.value : undefined, firstId);
          const what = () => `${kind} data ${describeValue(data)}`;
          tallies.provider.add(kind, await check(host, provider, [expected['clinical-leadership-data']], what));
          tallies.card.add(kind, await check(host, card, [expected['case-study-card']], what));
          tallies.gallery.add(kind, await check(host, gallery, [expected['case-study-gallery']], what));
          tallies.checklist.add(kind, await check(host, checklist, [expected['framework-checklist']], what));
          tallies.explorer.add(kind, await check(host, explorer, [expected['barrier-explorer']], what));
          const d = result.ok ? result.value : undefined;
          if (d) {
            const shown = d.caseStudies.find((c) => c.id === firstId);
            if (shown) same('the card names', heading(card), shown.name, what);
            if (d.caseStudies.length) same('cards shown', count(gallery, '[part~="list"] case-study-card'), Math.min(6, d.caseStudies.length), what);
            same('prompts shown', count(checklist, '[part~="element"] [part~="prompt"]'), d.checklistPrompts.length, what);
            same('barriers in the list', count(explorer, '[part~="barrier"]'), d.barriers.length, what);
          }
        }),
        params(),
      );
      for (const [name, tally] of Object.entries(tallies)) console.log(tally.line(`${name} through a provider`));
    });
  });
});
