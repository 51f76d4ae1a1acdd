/**
 * <board-profile> with two windows on one record (issue 24, found in review): an Undo offered before
 * another window changed the record is withdrawn (it would put back a record that no longer is), and
 * two windows saving a snapshot at the same moment both keep theirs (snapshot ids never collide).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/board-profile.js';
import type { BoardProfile } from '../src/board-profile.js';
import { addSnapshot } from '../src/board-profile/storage.js';
import { fold, shadow, until } from './helpers.js';

const PREFIX = 'clinical-leadership-elements:board-profile:';
let n = 0;
const seat = (id: string, role: string) => ({ id, role, membership: 'voting', side: 'executive', background: 'nurse' });

async function twoWindows(record: object): Promise<[BoardProfile, BoardProfile, () => { seats: { role: string }[]; snapshots: { id: string; label: string }[] }]> {
  const key = `two-windows-${Date.now()}-${n++}`;
  localStorage.setItem(PREFIX + key, JSON.stringify(record));
  const mount = async () => {
    const el = await fixture<BoardProfile>(html`<board-profile storage-key=${key}></board-profile>`);
    await until(() => !shadow(el).querySelector('[part="loading"]'), 'board profile ready');
    return el;
  };
  return [await mount(), await mount(), () => JSON.parse(localStorage.getItem(PREFIX + key)!)];
}

describe('<board-profile> two windows on one record', () => {
  it("withdraws a seat's Undo once another window changed the record, so the other window's seat is never undone", async () => {
    const [a, b, stored] = await twoWindows({ schema: 2, updatedAt: '2026-01-01T00:00:00.000Z', foundationTrust: false, seats: [seat('s1', 'Chair'), seat('s2', 'Chief nurse')], snapshots: [] });
    const roles = () => stored().seats.map((s) => s.role);
    shadow(a).querySelector<HTMLElement>('[data-seat-id="s2"] [data-action="remove"]')!.click();
    await until(() => !roles().includes('Chief nurse') && b.getSeats().length === 1, 'the removal saved and heard');
    expect(shadow(a).querySelector('[data-action="undo"]'), 'Undo offered after the removal').not.to.equal(null);

    shadow(b).querySelector<HTMLButtonElement>('[data-action="add"]')!.click();
    await b.updateComplete;
    const rows = shadow(b).querySelectorAll<HTMLElement>('[data-seat-id]');
    const role = rows[rows.length - 1].querySelector<HTMLInputElement>('[id$="-role"]')!;
    role.value = 'AHP lead';
    role.dispatchEvent(new Event('change'));
    await until(() => a.getSeats().some((s) => s.role === 'AHP lead'), 'A hears B');
    await a.updateComplete;
    expect(shadow(a).querySelector('[data-action="undo"]'), 'Undo withdrawn').to.equal(null);
    expect(fold(shadow(a).querySelector('.notice')?.textContent)).to.equal('Removed Chief nurse.');
    expect(roles()).to.deep.equal(['Chair', 'AHP lead']);
    await expect(a).to.be.accessible();
  });

  it('keeps both snapshots when two windows save one at the same moment', async () => {
    const [a, b, stored] = await twoWindows({ schema: 2, updatedAt: '2026-01-01T00:00:00.000Z', foundationTrust: false, seats: [seat('s1', 'Chair')], snapshots: [] });
    const button = (el: BoardProfile) => shadow(el).querySelector<HTMLButtonElement>('[data-action="snapshot"]');
    await until(() => !!button(a) && !!button(b), 'the snapshot buttons');
    shadow(a).querySelector<HTMLInputElement>('#snapshot-label')!.value = 'From A';
    shadow(b).querySelector<HTMLInputElement>('#snapshot-label')!.value = 'From B';
    button(a)!.click();
    button(b)!.click();
    await until(() => stored().snapshots.length === 2, 'both snapshots stored');
    expect(stored().snapshots.map((s) => s.label).sort()).to.deep.equal(['From A', 'From B']);
    await until(() => shadow(a).querySelectorAll('#compare-with option').length === 3 && shadow(b).querySelectorAll('#compare-with option').length === 3, 'both on both pages');
  });

  it('gives a new snapshot an id no other page makes, even from the same list at the same moment', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const [, one] = addSnapshot([], 'May board', [], now)!;
    const [, two] = addSnapshot([], 'May board', [], now)!;
    expect(one).not.to.equal(two);
  });
});
