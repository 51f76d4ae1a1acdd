/**
 * The years as a series (issue 31): dated snapshots of the board's record, the existing baseline
 * migrated as the first, each element over every snapshot (chart and table, no RAG), and the Word
 * paper's series.
 */
import { expect } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import { shadow, until } from '../helpers.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import { boardPaperInputFrom } from '../../src/framework-checklist/paper/board-paper.js';
import { boardPaperBlob } from '../../src/framework-checklist/paper/paper-download.js';
import { parseExport } from '../../src/framework-checklist/store/export.js';
import { SERIES_NOTE } from '../../src/framework-checklist/views/series-view.js';
import { newKey, seed, saved, mount, $, $$, settle, liveRegion, useChecklistHooks } from './shared.js';

useChecklistHooks();

const snap = (takenAt: string, answers: Record<string, string>) => ({ takenAt, answers: Object.fromEntries(Object.entries(answers).map(([id, status]) => [id, { status }])) });
/** Three snapshots a year apart: the latest is the baseline, the two before it `earlier`. */
const THREE = {
  ...snap('2026-04-01', { mentors: 'completed', networks: 'completed', 'talent-review': 'completed' }),
  earlier: [snap('2024-04-01', {}), snap('2025-04-01', { mentors: 'completed', networks: 'in-progress' })],
};

async function overTime(el: FrameworkChecklist): Promise<void> {
  el.view = 'series';
  await el.updateComplete;
  await until(() => !!shadow(el).querySelector('.series-view'), 'Over time view');
  await settle(el);
}

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('<framework-checklist> the years as a series', () => {
  it('shows three snapshots a year apart as a series per element: a chart and a table, no red/amber/green', async () => {
    const key = newKey();
    seed(key, {}, { schema: 2, baseline: THREE });
    const el = await mount(key);
    await overTime(el);
    await expect(el).to.be.accessible();
    expect($(el, '.series-view').textContent).to.contain('3 snapshots, from 1 April 2024 to 1 April 2026.');
    const sections = $$(el, '.series-element');
    expect(sections.map((s) => s.dataset.elementId)).to.deep.equal(['building-confidence', 'talent-management']);
    const rows = (s: HTMLElement) => [...s.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
    expect(rows(sections[0])).to.deep.equal([
      ['1 April 2024', '0 of 2 completed'], ['1 April 2025', '1 of 2 completed'], ['1 April 2026', '2 of 2 completed'],
    ]);
    expect(rows(sections[1])).to.deep.equal([['1 April 2024', '0 of 1 completed'], ['1 April 2025', '0 of 1 completed'], ['1 April 2026', '1 of 1 completed']]);
    // One point per snapshot on each chart; the chart is hidden from assistive technology (the table says it).
    expect(sections[0].querySelectorAll('svg circle')).to.have.length(3);
    expect(sections[0].querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    // No rating anywhere: the only words on colour are the note saying there is none.
    expect($(el, '.series-view').textContent).to.contain(SERIES_NOTE);
    expect($(el, '.series-view').textContent!.replace(SERIES_NOTE, '')).not.to.match(/\b(red|amber|green)\b/i);
  });

  it('keeps an existing baseline as the first snapshot when the next is taken, and removes only the latest', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '' } }, { schema: 2, baseline: snap('2025-03-12', { networks: 'in-progress' }) });
    const el = await mount(key);
    await overTime(el);
    expect($$(el, '.series-element tbody tr')).to.have.length(2); // one snapshot, two elements
    $(el, '[data-command="snapshot"]').click();
    await settle(el);
    const today = iso(new Date());
    expect(saved(key).baseline).to.deep.equal({ ...snap(today, { mentors: 'completed' }), earlier: [snap('2025-03-12', { networks: 'in-progress' })] });
    expect(liveRegion(el)).to.contain('The series has 2 snapshots.');
    expect($$(el, '.series-element')[0].querySelectorAll('tbody tr')).to.have.length(2);
    // The export carries the series, and reads it back.
    const back = parseExport(el.exportJson());
    expect(back.ok && back.baseline!.earlier!.map((s) => s.takenAt)).to.deep.equal(['2025-03-12']);
    el.saveBaseline(false);
    await settle(el);
    expect(saved(key).baseline).to.deep.equal(snap('2025-03-12', { networks: 'in-progress' }));
  });

  it('puts the series in the Word paper (word/document.xml)', async () => {
    const key = newKey();
    seed(key, {}, { schema: 2, baseline: THREE });
    const el = await mount(key);
    const input = boardPaperInputFrom(el.groups, new Map(), { date: new Date(2026, 5, 1), baseline: el.baseline });
    expect(input.series).to.deep.equal({
      dates: ['1 April 2024', '1 April 2025', '1 April 2026'],
      rows: [
        { title: 'Building confidence', cells: ['0 of 2 completed', '1 of 2 completed', '2 of 2 completed'] },
        { title: 'Talent management', cells: ['0 of 1 completed', '0 of 1 completed', '1 of 1 completed'] },
      ],
    });
    const xml = strFromU8(unzipSync(new Uint8Array(await (await boardPaperBlob(input)).arrayBuffer()))['word/document.xml']);
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'");
    expect(text).to.contain("Each element over time\n3 dated snapshots of the board's answers, oldest first.");
    expect(text).to.contain('Element\n1 April 2024\n1 April 2025\n1 April 2026\nBuilding confidence\n0 of 2 completed\n1 of 2 completed\n2 of 2 completed\n');
  });

  it('refuses a damaged earlier snapshot in a file, naming it', () => {
    const result = parseExport(JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 2, answers: {}, baseline: { ...THREE, earlier: [{ takenAt: 'last year', answers: {} }] } }));
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.errors[0]).to.contain('an earlier snapshot\'s date "last year" is not a real date');
  });
});
