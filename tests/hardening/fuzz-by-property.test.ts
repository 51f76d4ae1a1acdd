/**
 * Issue 8, fuzzing (1 of 2): fast-check generates data sets (valid, nearly valid, garbage; see
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
 * This file: the generator and validateDataset, then every widget by property; the provider route
 * is in fuzz-provider.test.ts, the shared pieces in fuzz-shared.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import '../../src/index.js';
import { validateDataset } from '../../src/data/validate.js';
import { BarrierSchema, CaseStudySchema, ChecklistPromptSchema, EnablerSchema, FrameworkElementSchema } from '../../src/data/schema.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import {
  applyPartBreak, deepFreeze, garbage, HOSTILE, partBreak, real, text, validDataset, type Kind,
} from './arbitraries.js';
import { bundled, type Mutable } from './fixtures.js';
import {
  container, create, type WidgetState,
} from './harness.js';
import { Tally, budget, check, config, count, describeValue, heading, keptRecords, params, run, same, useFuzzHooks, valid } from './fuzz-shared.js';

describe('hardening: fuzzing every widget', () => {
  useFuzzHooks();

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
});
