/** src/internal/storage.ts: the adapter contract, the default localStorage adapter, the memory fallback and damaged records. */
import { expect, waitUntil } from '@open-wc/testing';
import {
  loadRecordFrom, localStorageAdapter, memoryAdapter, saveRecordTo, subscribeItem, type RecordCodec, type StorageAdapter,
} from '../src/internal/storage.js';

type Value = { n: number };
const codec: RecordCodec<Value> = {
  parse(raw) {
    try {
      const data = JSON.parse(raw) as { v?: number; n?: unknown };
      if (data.v !== 1 || typeof data.n !== 'number') return { ok: false, reason: 'it is not version 1', value: { n: 0 }, recovered: 0 };
      return { ok: true, value: { n: data.n } };
    } catch {
      return { ok: false, reason: 'it is not valid JSON', value: { n: 0 }, recovered: 0 };
    }
  },
  serialise: (value) => (value.n ? JSON.stringify({ v: 1, n: value.n }) : null),
};
const key = 'clinical-leadership-elements:test-storage';
const now = () => new Date('2026-03-12T09:00:00.000Z');

describe('shared storage', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
  });

  for (const [name, make] of [['localStorage', () => localStorageAdapter], ['memory', memoryAdapter]] as const) {
    it(`${name}: saves, loads and removes a versioned record`, async () => {
      const adapter: StorageAdapter = make();
      const empty = await loadRecordFrom(adapter, key, codec);
      expect([empty.loaded, empty.value]).to.deep.equal([true, undefined]);
      expect(await saveRecordTo(adapter, key, codec, { n: 3 }, now().toISOString())).to.equal(undefined);
      expect((await loadRecordFrom(adapter, key, codec)).value).to.deep.equal({ n: 3 });
      await saveRecordTo(adapter, key, codec, { n: 0 }, now().toISOString());
      expect(await adapter.load(key)).to.deep.equal({ raw: null });
    });

    it(`${name}: copies a damaged record aside and keeps the original text`, async () => {
      const adapter = make();
      await adapter.save(key, 'nonsense');
      const result = await loadRecordFrom(adapter, key, codec, now);
      expect(result.corrupt).to.deep.equal({ reason: 'it is not valid JSON', recovered: 0, asideKey: `${key}:corrupt-2026-03-12T09:00:00.000Z` });
      expect(await adapter.load(`${key}:corrupt-2026-03-12T09:00:00.000Z`)).to.deep.equal({ raw: 'nonsense' });
      expect(await adapter.load(key)).to.deep.equal({ raw: null });
    });
  }

  it('leaves a damaged record in place when the copy cannot be made', async () => {
    const store = memoryAdapter();
    await store.save(key, 'nonsense');
    const full: StorageAdapter = { ...store, save: async () => 'full' };
    const result = await loadRecordFrom(full, key, codec, now);
    expect([result.corrupt?.asideKey, (await store.load(key)).raw]).to.deep.equal([undefined, 'nonsense']);
  });

  it('reports an adapter that rejects instead of throwing', async () => {
    const broken: StorageAdapter = {
      load: () => Promise.reject(new DOMException('no', 'SecurityError')),
      save: () => Promise.reject(new DOMException('no', 'QuotaExceededError')),
      subscribe: () => () => {},
    };
    expect(await loadRecordFrom(broken, key, codec)).to.deep.equal({ loaded: false, problem: 'blocked' });
    expect(await saveRecordTo(broken, key, codec, { n: 1 }, 'x')).to.equal('full');
  });

  it('hears other tabs through the storage event and same-page saves by another source', async () => {
    const heard: string[] = [];
    const off = subscribeItem(key, () => heard.push('change'), 'me');
    window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
    window.dispatchEvent(new StorageEvent('storage', { key: `${key}:other`, storageArea: localStorage }));
    await localStorageAdapter.save(key, JSON.stringify({ v: 1, n: 1 }));
    await waitUntil(() => heard.length === 2);
    off();
    window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
    expect(heard).to.deep.equal(['change', 'change']);
  });
});
