import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { drawnAt, forcedColours } from '../forced-colours.js';
import { shadow, until } from '../helpers.js';
import '../../src/framework-checklist.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import { newKey, seed, saved, mount, mountAll, prompts, elements, $, $$, settle, liveRegion, useChecklistHooks } from './shared.js';

useChecklistHooks();

async function show(el: FrameworkChecklist, view: string, ready: string): Promise<HTMLElement> {
  el.view = view;
  await el.updateComplete;
  await until(() => !!shadow(el).querySelector(ready), `${view} view`);
  await settle(el);
  return $(el, '#view-panel');
}

const today = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const shift = (days: number) => iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days));
const act = (what: string, owner: string, due: string, priority = '') => ({ what, owner, due, priority });

describe('<framework-checklist> views', () => {
  it('switches views with tabs: one tab stop, arrow keys, Home and End, and the panel labelled by its tab', async () => {
    const el = await mount(newKey());
    const tabs = $$(el, '[role="tab"]');
    // Issue 31 adds "Over time" (the snapshots as a series) before Compare.
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['Answer', 'Summary', 'Action plan', 'Paper details', 'Over time', 'Compare']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    expect($(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-answer');
    tabs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.view).to.equal('summary');
    expect(el.getAttribute('view')).to.equal('summary');
    expect(shadow(el).activeElement!.id).to.equal('tab-summary');
    expect($(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-summary');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.view).to.equal('compare');
    await sendKeys({ press: 'ArrowRight' }); // wraps round
    await settle(el);
    expect(el.view).to.equal('answer');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.view).to.equal('answer');
    el.view = 'no-such-view';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.view).to.equal('answer');
  });

  it('Summary: a check-answers list per element, "Not answered" shown, and Change goes back to the prompt', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'Two coaches', action: act('Renew contracts', 'Chief nurse', '2027-05-01', 'medium') } });
    const el = await mount(key);
    const panel = await show(el, 'summary', '.summary-list');
    expect([...panel.querySelectorAll('.summary-list-group h2')].map((h) => h.textContent)).to.deep.equal(['Building confidence', 'Talent management']);
    const rows = [...panel.querySelectorAll('.summary-list-row')].map((r) => [r.querySelector('dt')!.textContent!.trim(), r.querySelector('.summary-list-value')!.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(rows[0][1]).to.equal('Completed Two coaches Action: Renew contracts; owner: Chief nurse; due 1 May 2027; medium priority');
    expect(rows[1][1]).to.equal('Not answered');
    expect(rows[2][1]).to.equal('Not answered');
    await expect(el).to.be.accessible();
    const change = panel.querySelector<HTMLAnchorElement>('[data-change="networks"]')!;
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change the answer to: Do leaders have networks beyond the trust?');
    change.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.view).to.equal('answer');
    expect(shadow(el).activeElement!.id).to.equal('p-networks-not-started');
  });

  it('Action plan: every action by due date, overdue ones marked, grouped by owner or element on request', async () => {
    const key = newKey();
    seed(key, {
      mentors: { status: 'in-progress', note: '', action: act('Later one', 'Chief nurse', shift(30), 'low') },
      networks: { status: 'not-started', note: '', action: act('Undated one', '', '') },
      'talent-review': { status: 'not-started', note: '', action: act('Late one', 'Medical director', shift(-3), 'high') },
    });
    const el = await mount(key);
    const panel = await show(el, 'plan', '.plan-view');
    expect(panel.querySelector('.plan-count')!.textContent).to.equal('3 actions, 1 overdue, sorted by due date.');
    const rows = () => [...panel.querySelectorAll('tbody tr')].map((r) => r.querySelector('.plan-what')!.textContent);
    expect(rows()).to.deep.equal(['Late one', 'Later one', 'Undated one']);
    const late = panel.querySelector('tbody tr')!;
    expect(late.querySelector('.plan-overdue')!.textContent).to.equal('Overdue');
    expect(panel.querySelectorAll('.plan-overdue').length).to.equal(1);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#plan-by-owner').click();
    await el.updateComplete;
    expect([...panel.querySelectorAll('.plan-group')].map((h) => h.textContent)).to.deep.equal(['Chief nurse', 'Medical director', 'No owner']);
    $<HTMLInputElement>(el, '#plan-by-element').click();
    await el.updateComplete;
    expect([...panel.querySelectorAll('.plan-group')].map((h) => h.textContent)).to.deep.equal(['Talent management', 'Building confidence']);
    await expect(el).to.be.accessible();
    // Change goes back to the action's first field.
    panel.querySelector<HTMLAnchorElement>('.plan-change')!.click();
    await until(() => shadow(el).activeElement?.id === 'p-talent-review-action-what', 'focus on the action');
  });

  it('progress bars keep their fill in forced colours (issue 29)', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '' } }); // 1 of 3 overall, 1 of 2 in the first element
    const el = await mount(key);
    const bars = $$<HTMLProgressElement>(el, 'progress.bar').filter((b) => b.value > 0 && b.value < b.max);
    expect(bars.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Overall progress', 'Building confidence progress']);
    await forcedColours(true);
    try {
      for (const bar of bars) {
        const box = bar.getBoundingClientRect();
        // Done is drawn from the start; the rest is not: the two ends must differ, as on screen.
        expect(await drawnAt(box, 0.1), `${bar.getAttribute('aria-label')}: filled part unlike the empty part`).not.to.equal(await drawnAt(box, 0.9));
      }
      await expect(el).to.be.accessible();
    } finally {
      await forcedColours(false);
    }
  });

  it('Action plan with no actions says so, accessibly', async () => {
    const el = await mount(newKey());
    const panel = await show(el, 'plan', '.plan-view');
    expect(panel.textContent).to.contain('There are no actions yet.');
    await expect(el).to.be.accessible();
  });

  it('Baseline: saves today’s answers with a date, and shows the change per element since then', async () => {
    const key = newKey();
    seed(key, { 'talent-review': { status: 'completed', note: '' }, mentors: { status: 'completed', note: '' } }, {
      baseline: { takenAt: '2026-03-12', answers: { mentors: { status: 'completed' } } },
    });
    const el = await mount(key);
    const panel = await show(el, 'summary', '.baseline');
    expect([...panel.querySelectorAll('.baseline-changes li')].map((li) => li.textContent)).to.deep.equal([
      'Building confidence: 1 → 1 of 2 completed; no status moved',
      'Talent management: 0 → 1 of 1 completed; 1 status moved: 1 Not started → Completed',
    ]);
    expect(panel.textContent).to.contain('Baseline taken on 12 March 2026. Since the baseline of 12 March 2026:');
    await expect(el).to.be.accessible();
    $(el, '[data-command="baseline"]').click();
    await el.updateComplete;
    // Issue 31: a new baseline keeps the one before it as an earlier snapshot (nothing of the series is lost).
    const before = { takenAt: '2026-03-12', answers: { mentors: { status: 'completed' } } };
    expect(saved(key).baseline).to.deep.equal({ takenAt: iso(new Date()), answers: { mentors: { status: 'completed' }, 'talent-review': { status: 'completed' } }, earlier: [before] });
    expect(liveRegion(el)).to.contain('Baseline saved');
    expect(panel.querySelector('.baseline-changes li')!.textContent).to.equal('Building confidence: 1 → 1 of 2 completed; no status moved');
    expect(panel.textContent).to.contain(`Since the baseline of ${today.getDate()} ${today.toLocaleString('en-GB', { month: 'long' })} ${today.getFullYear()}:`);
    // The baseline is in the export and survives a reload.
    expect(JSON.parse(el.exportJson()).baseline.takenAt).to.equal(iso(new Date()));
    $(el, '[data-command="remove-baseline"]').click();
    await el.updateComplete;
    expect(saved(key).baseline).to.deep.equal(before); // only the latest snapshot goes
    expect(liveRegion(el)).to.contain('Latest snapshot removed; the baseline is now 12 March 2026.');
    $(el, '[data-command="remove-baseline"]').click();
    await el.updateComplete;
    expect(saved(key).baseline).to.equal(undefined);
    expect(panel.textContent).to.contain("Save today's answers as a baseline");
    await expect(el).to.be.accessible();
  });

  it('renders the print summary only for printing, yet before the browser\'s own Print lays out the page (issue 29: load time)', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'Seen' } });
    // mountAll, not mount: mount waits with settled(), which asks for everything, the print summary too
    const { checklists: [el] } = await mountAll(html`<framework-checklist storage-key=${key} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
    await until(() => !!shadow(el).querySelector('#p-mentors-completed'), 'prompts rendered');
    await el.loadChunk('print', () => import('../../src/framework-checklist/views/print-summary.js')); // its code, as the page loads it when idle
    await el.updateComplete;
    expect(shadow(el).querySelector('.summary'), 'no summary rendered while the page loads').to.equal(null);
    window.dispatchEvent(new Event('beforeprint')); // what the browser's menu or Ctrl+P sends first
    await el.updateComplete; // microtasks only: done before the browser goes on to lay out the printout
    expect($(el, '.summary').textContent).to.contain('Can clinicians get a mentor or coach?');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints the action plan after the summary, in true black', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'in-progress', note: '', action: act('Renew contracts', 'Chief nurse', '2027-05-01', 'medium') } });
    const el = await mount(key, { heading: 'Board self-assessment' });
    await el.printReady();
    const plan = $(el, '.summary .summary-plan');
    expect(plan.querySelector('h3')!.textContent).to.equal('Action plan');
    expect([...plan.querySelectorAll('tbody td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Renew contracts Building confidence: Can clinicians get a mentor or coach?', 'Chief nurse', '1 May 2027', 'Medium',
    ]);
    expect(plan.querySelector('a')).to.equal(null); // no Change links on paper
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.summary')).display).to.equal('block');
      expect(getComputedStyle(plan.querySelector('.plan-prompt')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '.form')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    el.printPreview = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
