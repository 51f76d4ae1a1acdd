/**
 * Issue 8, fuzzing (2 of 2): every widget through a provider. What the suites check, the runs and
 * the seed are described in fuzz-by-property.test.ts; the shared pieces are in fuzz-shared.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { validateDataset } from '../../src/data/validate.js';
import type { ClinicalLeadershipData } from '../../src/clinical-leadership-data.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import {
  anyDataset, HOSTILE, real,
} from './arbitraries.js';
import { bundled } from './fixtures.js';
import {
  container, create, settle, stateOf,
} from './harness.js';
import { Tally, budget, check, count, describeValue, expectedThroughProvider, heading, pageErrors, params, run, safely, same, useFuzzHooks } from './fuzz-shared.js';

describe('hardening: fuzzing every widget', () => {
  useFuzzHooks();

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
        problems.push(...failures.map((f) => `${name}: ${f.split('\n')[0]}`), ...pageErrors().all.map((e) => `${name}: ${e.split('\n')[0]}`));
        pageErrors().clear();
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
