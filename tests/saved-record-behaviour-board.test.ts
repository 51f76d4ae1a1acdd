/**
 * The saved-record behaviour suite (./saved-record-behaviour.ts) against <board-profile>: items are
 * seats (found by role), values their professional background. Then what only the board profile
 * has: a loaded file keeps the saved snapshots and Undo puts back seats, snapshots and the switch.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/board-profile.js';
import type { BoardProfile } from '../src/board-profile.js';
import type { StorageAdapter } from '../src/internal/storage.js';
import { fold, shadow, until } from './helpers.js';
import { runSavedRecordBehaviourTests } from './saved-record-behaviour.js';

const BACKGROUNDS = ['doctor', 'nurse', 'ahp'];
const PREFIX = 'clinical-leadership-elements:board-profile:';

async function mount(key: string, adapter?: StorageAdapter): Promise<BoardProfile> {
  const el = await fixture<BoardProfile>(html`<board-profile .adapter=${adapter} storage-key=${key}></board-profile>`);
  await until(() => !shadow(el).querySelector('[part="loading"]'), 'the board profile is ready', 5000);
  return el;
}

const rowOf = (el: LitElement, role: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[data-seat-id]')].find((r) => r.querySelector<HTMLInputElement>('[id$="-role"]')?.value === role);

function set(row: HTMLElement, selector: string, value: string): void {
  const input = row.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
}

runSavedRecordBehaviourTests({
  tag: 'board-profile',
  prefix: PREFIX,
  mount,
  items: ['Chief Nurse', 'Medical Director'],
  async edit(el: LitElement, role: string, variant: number) {
    let row = rowOf(el, role);
    if (!row) {
      shadow(el).querySelector<HTMLButtonElement>('[data-action="add"]')!.click();
      await el.updateComplete;
      const rows = shadow(el).querySelectorAll<HTMLElement>('[data-seat-id]');
      row = rows[rows.length - 1];
      set(row, '[id$="-role"]', role);
      await el.updateComplete;
      row = rowOf(el, role)!;
    }
    set(row, '[id$="-background"]', BACKGROUNDS[variant]);
    await el.updateComplete;
  },
  shown: (el, role) => (el as BoardProfile).getSeats().find((s) => s.role === role)?.background,
  stored: (raw, role) => (raw ? JSON.parse(raw).seats?.find((s: { role: string }) => s.role === role)?.background : undefined),
  value: (variant) => BACKGROUNDS[variant],
  record: (values, newer) => JSON.stringify({
    schema: newer ? 99 : 1,
    updatedAt: '2026-01-02T03:04:05.000Z',
    foundationTrust: false,
    seats: Object.entries(values).map(([role, v], i) => ({ id: `seeded-${i}`, role, membership: 'voting', side: 'executive', background: BACKGROUNDS[v] })),
    snapshots: [],
  }),
  confirmImport: '[data-action="confirm-import"]',
  undo: '[data-action="undo"]',
});

describe('<board-profile>: where the seats are saved (issue 28)', () => {
  it("says the seats are saved where the adapter keeps them, not only in this browser", async () => {
    const items = new Map<string, string>();
    const adapter: StorageAdapter = {
      label: "in this site's SharePoint list \"Clinical leadership answers\"",
      load: async (key) => ({ raw: items.get(key) ?? null }),
      save: async (key, raw) => void (raw === null ? items.delete(key) : items.set(key, raw)),
      subscribe: () => () => {},
    };
    const intro = (el: LitElement) => fold(shadow(el).querySelector('[part="intro"]')?.textContent);
    const listed = await mount(`board-where-${Date.now()}`, adapter);
    expect(intro(listed)).to.contain("seats are saved in this site's SharePoint list \"Clinical leadership answers\".");
    expect(intro(listed)).not.to.contain('only in this browser');
    const unlabelled = await mount(`board-where-${Date.now()}-b`, { ...adapter, label: undefined });
    expect(intro(unlabelled)).to.contain("seats are saved where this page's store keeps them.");
    const local = await mount(`board-where-${Date.now()}-c`);
    expect(intro(local)).to.contain('seats are saved only in this browser.');
  });
});

describe('<board-profile>: loading a file (issue 24)', () => {
  it('keeps the saved snapshots, says what happens to the foundation-trust switch, and Undo puts back seats, snapshots and the switch', async () => {
    const key = `board-import-${Date.now()}`;
    const el = await mount(key);
    el.importJson(JSON.stringify({
      format: 'clinical-leadership-elements/board-profile', schema: 1, foundationTrust: true,
      seats: [{ id: 'a', role: 'Chair', membership: 'voting', side: 'non-executive', background: 'not-clinical' }],
      snapshots: [{ label: 'March 2026 board', savedAt: '2026-03-01T10:00:00.000Z', seats: [] }],
    }));
    await el.updateComplete;
    const before = JSON.parse(localStorage.getItem(PREFIX + key)!);
    expect(before.snapshots).to.have.length(1);
    const file = JSON.stringify({
      format: 'clinical-leadership-elements/board-profile', schema: 1, foundationTrust: false,
      seats: [{ id: 'b', role: 'Chief Executive', membership: 'voting', side: 'executive', background: 'not-clinical' }],
      snapshots: [{ label: 'June 2026 board', savedAt: '2026-06-01T10:00:00.000Z', seats: [] }],
    });
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const data = new DataTransfer();
    data.items.add(new File([file], 'board.json', { type: 'application/json' }));
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !!shadow(el).querySelector('[data-action="confirm-import"]'), 'the preview');
    const preview = fold(shadow(el).querySelector('[data-action="confirm-import"]')!.parentElement!.textContent);
    expect(preview).to.contain('1 snapshot from the file will be added; your 1 saved snapshot is kept.');
    expect(preview).to.contain('The foundation-trust switch will be turned off.');
    shadow(el).querySelector<HTMLButtonElement>('[data-action="confirm-import"]')!.click();
    await el.updateComplete;
    const loaded = JSON.parse(localStorage.getItem(PREFIX + key)!);
    expect(loaded.seats.map((s: { role: string }) => s.role)).to.deep.equal(['Chief Executive']);
    expect(loaded.snapshots.map((s: { label: string }) => s.label).sort()).to.deep.equal(['June 2026 board', 'March 2026 board']);
    expect(loaded.foundationTrust).to.equal(false);
    shadow(el).querySelector<HTMLButtonElement>('[data-action="undo"]')!.click();
    await el.updateComplete;
    const undone = JSON.parse(localStorage.getItem(PREFIX + key)!);
    expect(undone.seats).to.deep.equal(before.seats);
    expect(undone.snapshots).to.deep.equal(before.snapshots);
    expect(undone.foundationTrust).to.equal(true);
    expect(el.foundationTrust).to.equal(true);
  });
});
