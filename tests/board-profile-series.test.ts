/**
 * <board-profile> dated snapshots as a series (issue 26, content-3 §9): the mix over every saved
 * snapshot as a chart and a table; snapshots that cannot be read are kept and offered as a download,
 * never dropped; two snapshots with the same name are told apart (compare picks by id).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/board-profile.js';
import type { BoardProfile } from '../src/board-profile.js';
import type { Seat } from '../src/board-profile/model.js';
import { seriesPoints } from '../src/board-profile/series.js';
import { fold, shadow, until } from './helpers.js';

const PREFIX = 'clinical-leadership-elements:board-profile:';
const $ = <T extends Element = HTMLElement>(el: BoardProfile, sel: string) => shadow(el).querySelector<T>(sel)!;
const $$ = (el: BoardProfile, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
let n = 0;
const newKey = () => `series-${Date.now()}-${n++}`;
const seat = (role: string, background: Seat['background'], membership: Seat['membership'] = 'voting'): Seat =>
  ({ id: `r${n++}`, role, membership, side: 'executive', background });
const snap = (id: string, label: string, savedAt: string, seats: Seat[]) => ({ id, label, savedAt, seats });

async function mountRecord(record: object): Promise<BoardProfile> {
  const key = newKey();
  localStorage.setItem(PREFIX + key, JSON.stringify(record));
  const el = await fixture<BoardProfile>(html`<board-profile storage-key=${key}></board-profile>`);
  await until(() => !shadow(el).querySelector('[part="loading"]'), 'board profile ready');
  return el;
}

const TODAY = [seat('Chief Executive', 'not-clinical'), seat('Medical Director', 'doctor'), seat('Chief Nurse', 'nurse'), seat('Chief AHP', 'ahp', 'attends')];
const RECORD = {
  schema: 2, foundationTrust: false, seats: TODAY,
  snapshots: [
    snap('s-3', 'Board', '2026-06-01T09:00:00.000Z', TODAY.slice(0, 3)),
    snap('s-1', 'Board', '2025-06-01T09:00:00.000Z', TODAY.slice(0, 1)),
    snap('s-2', 'Autumn board', '2025-11-01T09:00:00.000Z', TODAY.slice(0, 2)),
  ],
};

describe('<board-profile> snapshots as a series (issue 26)', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
  });

  it('orders every snapshot by date, then today', () => {
    const points = seriesPoints(RECORD.snapshots, TODAY, new Date('2026-12-07T10:00:00Z'));
    expect(points.map((p) => p.id)).to.deep.equal(['s-1', 's-2', 's-3', 'today']);
    expect(points.map((p) => p.counts.doctor)).to.deep.equal([0, 1, 1, 1]);
    expect(points.map((p) => p.total)).to.deep.equal([1, 2, 3, 4]);
  });

  it('shows the mix over every saved snapshot as a chart and a table, not a before-and-after headline', async () => {
    const el = await mountRecord(RECORD);
    await until(() => !!shadow(el).querySelector('[part="series"]'), 'series loaded');
    const series = $(el, '[part="series"]');
    const rows = [...series.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => fold(c.textContent)));
    expect(rows.map((r) => r[0])).to.deep.equal(['Board, 1 June 2025', 'Autumn board, 1 November 2025', 'Board, 1 June 2026', 'Today']);
    const head = [...series.querySelectorAll('thead th')].map((th) => fold(th.textContent));
    expect(head).to.deep.equal(['Snapshot', 'Doctor (or dentist)', 'Nurse', 'Allied health professional', 'Not clinical', 'All at the board']);
    expect(rows.map((r) => r[r.length - 1])).to.deep.equal(['1', '2', '3', '4']);
    const svg = series.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('at each of 3 snapshots and today');
    // One bar per snapshot and today, in each background's row; no red/amber/green rating.
    expect(svg.querySelectorAll('g')).to.have.length(4);
    expect(svg.querySelectorAll('g')[0].querySelectorAll('rect')).to.have.length(4);
    expect(fold(series.textContent)).not.to.match(/\b(red|amber|green)\b/i);
    await expect(el).to.be.accessible();
  });

  it('tells two snapshots with the same name apart, and compares with the one chosen (by id)', async () => {
    const el = await mountRecord(RECORD);
    const select = $<HTMLSelectElement>(el, '#compare-with');
    expect([...select.options].map((o) => [o.value, fold(o.textContent)])).to.deep.equal([
      ['', 'No comparison'],
      ['s-3', 'Board, saved 1 June 2026'],
      ['s-1', 'Board, saved 1 June 2025'],
      ['s-2', 'Autumn board, saved 1 November 2025'],
    ]);
    select.value = 's-1';
    select.dispatchEvent(new Event('change'));
    await until(() => !!shadow(el).querySelector('[part="compare"]'), 'compared');
    // s-1 had only the chief executive: today adds a doctor, a nurse and an AHP attending.
    expect(fold($(el, '[part="compare"]').textContent)).to.equal('Since Board (1 June 2025): +1 doctor voting; +1 nurse voting; +1 allied health professional attending.');
    select.value = 's-3';
    select.dispatchEvent(new Event('change'));
    await until(() => fold($(el, '[part="compare"]').textContent).includes('(1 June 2026)'), 'the other one');
    expect(fold($(el, '[part="compare"]').textContent)).to.equal('Since Board (1 June 2026): +1 allied health professional attending.');
  });

  it('gives same-named snapshots saved the same day their place, "(1 of 2)"', async () => {
    const el = await mountRecord({ ...RECORD, snapshots: [snap('a', 'Board', '2026-06-01T09:00:00.000Z', TODAY), snap('b', 'Board', '2026-06-01T15:00:00.000Z', TODAY)] });
    expect([...$<HTMLSelectElement>(el, '#compare-with').options].slice(1).map((o) => fold(o.textContent))).to.deep.equal([
      'Board, saved 1 June 2026 (1 of 2)', 'Board, saved 1 June 2026 (2 of 2)',
    ]);
  });

  it('keeps snapshots that cannot be read, says so, offers them as a download and saves them back untouched', async () => {
    const broken = { label: 'Broken board', savedAt: '2025-01-01T00:00:00.000Z', seats: [{ role: 'Chair', membership: 'boss' }] };
    const el = await mountRecord({ ...RECORD, snapshots: [...RECORD.snapshots, broken, 'not a snapshot'] });
    const notice = fold($(el, '.set-aside').textContent);
    expect(notice).to.contain('2 saved snapshots could not be read. They are kept as saved, set aside from the series');
    expect($$(el, '#compare-with option')).to.have.length(4); // the three readable ones and "No comparison"
    const clicked: string[] = [];
    const origin = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { clicked.push(this.download); };
    try {
      $(el, '[data-action="set-aside"]').click();
    } finally {
      HTMLAnchorElement.prototype.click = origin;
    }
    expect(clicked).to.deep.equal(['board-profile-unreadable-snapshots.json']);
    // A change is saved: the set-aside snapshots go with it, exactly as they were.
    $(el, '[data-action="add"]').click();
    const key = el.storageKey!;
    await until(() => JSON.parse(localStorage.getItem(PREFIX + key)!).seats.length === TODAY.length + 1, 'saved');
    expect(JSON.parse(localStorage.getItem(PREFIX + key)!).setAsideSnapshots).to.deep.equal([broken, 'not a snapshot']);
    expect(JSON.parse(el.exportJson()).setAsideSnapshots).to.deep.equal([broken, 'not a snapshot']);
  });

  it('undoes a loaded file whole: the snapshots and set-aside snapshots come back with the seats', async () => {
    const broken = { label: 'Broken', savedAt: 'x', seats: 'not seats' };
    const el = await mountRecord({ ...RECORD, ahpLead: 'attends', snapshots: [...RECORD.snapshots, broken] });
    const file = JSON.stringify({ format: 'clinical-leadership-elements/board-profile', schema: 2, foundationTrust: false, seats: TODAY.slice(0, 1), snapshots: [] });
    expect(el.importJson(file)).to.deep.equal([]);
    // Issue 24 changed this: a loaded file no longer deletes the saved snapshots (they were replaced by the file's).
    await until(() => JSON.parse(el.exportJson()).seats.length === 1, 'the file loaded');
    expect(JSON.parse(el.exportJson()).snapshots.map((s: { id: string }) => s.id)).to.deep.equal(['s-3', 's-1', 's-2']);
    expect(JSON.parse(el.exportJson()).setAsideSnapshots).to.deep.equal([broken]);
    expect(JSON.parse(el.exportJson()).ahpLead).to.equal(undefined);
    $(el, '[data-action="undo"]').click();
    await until(() => JSON.parse(el.exportJson()).seats.length === TODAY.length, 'undone');
    const back = JSON.parse(el.exportJson());
    expect(back.snapshots.map((s: { id: string }) => s.id)).to.deep.equal(['s-3', 's-1', 's-2']);
    expect(back.setAsideSnapshots).to.deep.equal([broken]);
    expect(back.ahpLead).to.equal('attends');
    expect(back.seats).to.have.length(TODAY.length);
  });

  it('removes the snapshot chosen, from the page and the store, and Undo (which takes the focus) puts it back in its place', async () => {
    const el = await mountRecord(RECORD);
    const key = el.storageKey!;
    const stored = () => JSON.parse(localStorage.getItem(PREFIX + key)!).snapshots.map((s: { id: string }) => s.id);
    expect($(el, '[data-action="remove-snapshot"]'), 'no Remove button before a snapshot is chosen').to.equal(null);
    const select = $<HTMLSelectElement>(el, '#compare-with');
    select.value = 's-1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const remove = $<HTMLButtonElement>(el, '[data-action="remove-snapshot"]');
    expect(fold(remove.textContent)).to.equal('Remove this snapshot: Board, saved 1 June 2025');
    remove.click();
    await until(() => shadow(el).activeElement === $(el, '[data-action="undo"]'), 'focus on Undo');
    expect(fold($(el, '.notice').textContent)).to.equal('Snapshot "Board" removed. Undo');
    expect([...$<HTMLSelectElement>(el, '#compare-with').options].map((o) => o.value)).to.deep.equal(['', 's-3', 's-2']);
    await until(() => stored().join() === 's-3,s-2', 'removed from the store');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[data-action="undo"]').click();
    await until(() => stored().join() === 's-3,s-1,s-2', 'back in the store, in its place');
    expect($<HTMLSelectElement>(el, '#compare-with').value).to.equal('s-1');
    expect(fold($(el, '.notice').textContent)).to.equal('Snapshot "Board" is back.');
    expect(shadow(el).activeElement).to.equal($(el, '#compare-with'));
  });
});
