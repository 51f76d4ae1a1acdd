/**
 * Issue 8, broken hosts (3 of 3): a provider's data swapped, a widget moved between providers, a
 * provider replaced at run time; sync-url when the page forbids history changes. Helpers and
 * hooks are in broken-hosts-shared.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { Dataset } from '../../src/data/schema.js';
import type { ClinicalLeadershipData } from '../../src/clinical-leadership-data.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import { bundled, smallDataset } from './fixtures.js';
import { container, create, settle, stateOf, until } from './harness.js';
import { $, fault, providerWithWidgets, textOf, usable, useBrokenHostHooks } from './broken-hosts-shared.js';

describe('hardening: broken hosts', () => {
  useBrokenHostHooks();

  describe('a provider replaced at run time', () => {
    const variant = (label: string): Dataset => {
      const d = smallDataset();
      for (const c of d.caseStudies) c.summary = `${label}: ${c.summary}`;
      for (const b of d.barriers) b.title = `${label}: ${b.title}`;
      for (const p of d.checklistPrompts) p.text = `${label}: ${p.text}`;
      return d as unknown as Dataset;
    };

    it('swapping .data (good, other, invalid, good) updates every widget each time', async () => {
      fault();
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
      fault();
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
      fault();
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
      fault();
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
      fault();
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
    fault();
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
