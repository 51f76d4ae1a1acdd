/**
 * The board's other frameworks (issue 31): filtering the checklist by a CQC well-led quality
 * statement or an LCF domain, a provider's map replacing the bundled one, and, per element, what
 * the evidence may serve ("our mapping, not CQC's or NHS England's") in the Summary and the paper.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import { shadow, until } from '../helpers.js';
import { dataset } from '../../src/data.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { FrameworkMap } from '../../src/data/schema.js';
import { boardPaperInputFrom } from '../../src/framework-checklist/paper/board-paper.js';
import { boardPaperBlob } from '../../src/framework-checklist/paper/paper-download.js';
import { $, $$, settle, liveRegion, useChecklistHooks } from './shared.js';

useChecklistHooks();

async function bundled(): Promise<FrameworkChecklist> {
  const el = await fixture<FrameworkChecklist>(html`<framework-checklist></framework-checklist>`);
  await until(() => !!shadow(el).querySelector('#framework-filter'), 'the framework filter');
  await settle(el);
  return el;
}

const shownIds = (el: FrameworkChecklist) => $$(el, '.prompt').map((p) => p.dataset.promptId);

async function choose(el: FrameworkChecklist, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, '#framework-filter');
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await settle(el);
}

describe('<framework-checklist> and the board\'s other frameworks', () => {
  it('filters by a quality statement to the prompts mapped to it, says the mapping is ours, and clears', async () => {
    const el = await bundled();
    await expect(el).to.be.accessible();
    const groups = $$<HTMLOptGroupElement>(el, '#framework-filter optgroup').map((g) => g.label);
    expect(groups).to.deep.equal([
      'CQC single assessment framework: well-led quality statements (CQC, 2024)',
      'NHS leadership competency framework for board members (NHS England, February 2024)',
    ]);
    const cqc = dataset.frameworkMaps[0];
    const expected = cqc.mappings.find((m) => m.itemId === 'governance-management-sustainability')!.promptIds;
    await choose(el, 'cqc-well-led-2024:governance-management-sustainability');
    expect(el.frameworkFilter).to.equal('cqc-well-led-2024:governance-management-sustainability');
    expect(shownIds(el).sort()).to.deep.equal([...expected].sort());
    expect($(el, '.framework-filter-count').textContent).to.contain(`${expected.length} prompts are mapped to this quality statement (our mapping, not cqc's or nhs england's)`);
    expect(liveRegion(el)).to.equal(`${expected.length} prompts shown (our mapping, not cqc's or nhs england's).`);
    // Progress still counts every prompt.
    expect($(el, '.overall-text').textContent).to.contain(`of ${dataset.checklistPrompts.length}`);
    await expect(el).to.be.accessible();
    await choose(el, 'nhs-lcf-2024:governance-and-assurance');
    expect(shownIds(el).sort()).to.deep.equal([...dataset.frameworkMaps[1].mappings.find((m) => m.itemId === 'governance-and-assurance')!.promptIds].sort());
    await choose(el, '');
    expect(shownIds(el)).to.have.length(dataset.checklistPrompts.length);
  });

  it('uses a provider\'s map instead of the bundled one', async () => {
    const data = structuredClone(dataset);
    const ours: FrameworkMap = {
      id: 'trust-board-assurance-2027', name: 'Our board assurance framework', publisher: 'Anytown NHS Foundation Trust', version: '2027', date: '2027-04',
      itemNoun: 'risk', items: [{ id: 'workforce-risk', label: 'Principal risk 3: workforce', sourceIds: [data.sources[0].id] }],
      mappings: [{ itemId: 'workforce-risk', promptIds: ['find-future-leaders', 'every-clinical-profession'], elementIds: [], ours: true }],
      sourceIds: [data.sources[0].id],
    };
    data.frameworkMaps = [ours];
    const provider = await fixture(html`<clinical-leadership-data .data=${data}><framework-checklist></framework-checklist></clinical-leadership-data>`);
    const el = provider.querySelector('framework-checklist')!;
    await until(() => !!shadow(el).querySelector('#framework-filter'), 'the framework filter');
    await settle(el);
    expect($$(el, '#framework-filter optgroup').map((g) => g.getAttribute('label'))).to.deep.equal(['Our board assurance framework (Anytown NHS Foundation Trust, 2027)']);
    expect($$(el, '#framework-filter option').map((o) => o.textContent!.trim())).to.deep.equal(['Every prompt', 'Principal risk 3: workforce']);
    await choose(el, 'trust-board-assurance-2027:workforce-risk');
    expect(shownIds(el)).to.deep.equal(['find-future-leaders', 'every-clinical-profession']);
  });

  it('offers no filter when the data set has no maps (an older data file)', async () => {
    const data = structuredClone(dataset) as Partial<typeof dataset>;
    delete data.frameworkMaps;
    const provider = await fixture(html`<clinical-leadership-data .data=${data}><framework-checklist></framework-checklist></clinical-leadership-data>`);
    const el = provider.querySelector('framework-checklist')!;
    await until(() => $$(el, '.prompt').length > 0, 'the prompts');
    await settle(el);
    expect(shadow(el).querySelector('#framework-filter')).to.equal(null);
  });

  it('says per element, in the Summary and the Word paper, which frameworks its evidence may serve, as our mapping', async () => {
    const el = await bundled();
    el.view = 'summary';
    await until(() => !!shadow(el).querySelector('.summary-view'), 'summary');
    await settle(el);
    const block = $(el, '.summary-list-group .may-serve');
    expect(block.textContent!.replace(/\s+/g, ' ')).to.contain("This evidence may also serve (our mapping, not cqc's or nhs england's)");
    expect(block.textContent).to.contain('CQC single assessment framework: well-led quality statements (CQC, 2024): ');
    expect(block.textContent).to.contain('Capable, compassionate, and inclusive leaders');
    await expect(el).to.be.accessible();
    const input = boardPaperInputFrom(el.groups, new Map(), { date: new Date(2026, 5, 1), maps: el.frameworkMaps });
    const xml = strFromU8(unzipSync(new Uint8Array(await (await boardPaperBlob(input)).arrayBuffer()))['word/document.xml']);
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expect(text).to.contain("This evidence may also serve (our mapping, not CQC's or NHS England's): CQC single assessment framework: well-led quality statements (CQC, 2024): ");
    expect(text).to.contain('NHS leadership competency framework for board members (NHS England, February 2024): ');
  });
});
