/**
 * The saved-record kit against a store with revisions that behaves like the SharePoint list store (a
 * save without a revision is written over whatever is there): found in review, each case lost a
 * member's answer before the fix.
 */
import { expect } from '@open-wc/testing';
import { SavedRecord } from '../src/internal/record-store/controller.js';
import { boardCodec } from '../src/board-profile/saved.js';
import type { BoardRecord } from '../src/board-profile/storage.js';
import type { StorageAdapter } from '../src/internal/storage.js';
import { until } from './helpers.js';

const KEY = 'clinical-leadership-elements:board-profile:revisions';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seat = (id: string, role: string) => ({ id, role, membership: 'voting', side: 'executive', background: 'nurse' }) as BoardRecord['seats'][number];

/** One shared store, each client with its own delay; `offline` makes every call fail. */
function revisionStore() {
  const db = new Map<string, { raw: string; rev: number }>();
  const listeners = new Set<() => void>();
  let n = 0;
  const state = { offline: false };
  const client = (delay: number) => ({
    label: 'in the test store',
    async load(key: string) {
      await wait(delay);
      if (state.offline) throw new Error('offline');
      const v = db.get(key);
      return { raw: v?.raw ?? null, revision: String(v?.rev ?? 'none') };
    },
    async save(key: string, raw: string | null, options?: { revision?: string }) {
      await wait(delay);
      if (state.offline) throw new Error('offline');
      const v = db.get(key);
      if (options?.revision !== undefined && options.revision !== String(v?.rev ?? 'none')) return 'conflict' as const;
      if (raw === null) db.delete(key);
      else db.set(key, { raw, rev: ++n });
      setTimeout(() => listeners.forEach((f) => f()), 0);
      return { revision: String(n) };
    },
    subscribe(_key: string, f: () => void) {
      listeners.add(f);
      return () => listeners.delete(f);
    },
  }) as unknown as StorageAdapter;
  return { db, client, state, notify: () => listeners.forEach((f) => f()), put: (key: string, raw: string) => db.set(key, { raw, rev: ++n }) };
}

const host = () => Object.assign(document.createElement('div'), { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
const hooks = { changed() {}, conflict() {}, failed() {} };
const roles = (raw: string | undefined) => (raw ? (JSON.parse(raw).seats as { role: string }[]).map((s) => s.role).sort() : []);

describe('saved-record kit with a store that has revisions', () => {
  it('after setting a damaged record aside, two members opening it together both keep what they entered', async () => {
    for (let run = 0; run < 3; run++) {
      const store = revisionStore();
      store.put(KEY, JSON.stringify({ schema: 99, seats: [seat('x', 'Chair')] }));
      const [ha, hb] = [host(), host()];
      document.body.append(ha, hb);
      const a = new SavedRecord<BoardRecord>(ha as never, boardCodec, hooks);
      const b = new SavedRecord<BoardRecord>(hb as never, boardCodec, hooks);
      a.value = { foundationTrust: false, seats: [seat('seat-a', 'Chief nurse (A)')], snapshots: [] };
      b.value = { foundationTrust: false, seats: [seat('seat-b', 'Medical director (B)')], snapshots: [] };
      a.open(KEY, store.client(20));
      b.open(KEY, store.client(27 + run * 5));
      await until(() => roles(store.db.get(KEY)?.raw).length === 2, 'both seats stored', 5000);
      await wait(300);
      expect(roles(store.db.get(KEY)?.raw)).to.deep.equal(['Chief nurse (A)', 'Medical director (B)']);
      expect(a.value.seats.map((s) => s.role).sort()).to.deep.equal(['Chief nurse (A)', 'Medical director (B)']);
      expect([...store.db.keys()].some((k) => k.includes(':corrupt-')), 'the damaged record copied aside').to.equal(true);
      ha.remove();
      hb.remove();
    }
  });

  it('a first read that failed (offline when the page opened) is retried when the store says it is back', async () => {
    const store = revisionStore();
    store.state.offline = true;
    const h = host();
    document.body.append(h);
    const page = new SavedRecord<BoardRecord>(h as never, boardCodec, hooks);
    page.value = { foundationTrust: false, seats: [seat('seat-a', 'Chief nurse')], snapshots: [] };
    page.open(KEY, store.client(10));
    await until(() => !!page.problem, 'the failed read is a problem');
    store.state.offline = false;
    store.notify(); // what the list store does on the browser's online event
    await until(() => roles(store.db.get(KEY)?.raw).length === 1, 'saved once the store is back', 5000);
    expect(roles(store.db.get(KEY)?.raw)).to.deep.equal(['Chief nurse']);
    h.remove();
  });
});
