/**
 * Issue 8, broken hosts (2 of 3): elements moved, detached and re-attached mid-load; properties
 * changed in rapid bursts. Helpers and hooks are in broken-hosts-shared.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ClinicalLeadershipData } from '../../src/clinical-leadership-data.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import { bundled, smallDataset } from './fixtures.js';
import { container, create, nextTask, settle, stateOf, until } from './harness.js';
import { $, fault, fold, PREFIX, providerWithWidgets, states, textOf, usable, useBrokenHostHooks } from './broken-hosts-shared.js';

describe('hardening: broken hosts', () => {
  useBrokenHostHooks();

  describe('elements moved, detached and re-attached mid-load', () => {
    it('a provider detached before its src arrives, then re-attached, loads and serves its widgets', async () => {
      fault();
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
      fault();
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
      fault();
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
      fault();
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
      fault();
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
      fault();
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
      fault();
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
      fault();
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
      fault();
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
      fault();
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
});
