/**
 * Saving a versioned record in the browser, shared by the widgets that keep what a person entered
 * (the framework checklist, the board profile). Storage may be blocked (touching
 * `window.localStorage` throws `SecurityError`), full (`setItem` throws `QuotaExceededError`),
 * absent, or shared with another tab. Every access is wrapped; nothing here throws.
 *
 * Two layers:
 * - {@link StorageAdapter}: where text is kept. Async (`load`, `save`, `subscribe`) so a page can
 *   plug in IndexedDB, a SharePoint list or a test double. {@link localStorageAdapter} is the
 *   default; {@link memoryAdapter} is the fallback when the browser refuses storage.
 * - {@link RecordCodec} + {@link loadRecord} / {@link loadRecordFrom}: a versioned record read from
 *   that text. Text that cannot be read (not JSON, an unknown version, invalid content) is never
 *   thrown away: it is copied aside to `<key>:corrupt-<ISO time>` and what could be read is kept.
 *   If the copy cannot be made (storage full), the original is left untouched and `corrupt.asideKey`
 *   is undefined: the caller must not write the key until the person acts (clears or imports).
 *
 * The localStorage layer and the record reading live in local-storage.ts (re-exported here), so a
 * widget that never takes an adapter (the board profile) imports that module and not this one, and
 * the adapter code below travels only with the code that uses it (the checklist's lazily loaded
 * remote store).
 */
import {
  announceSaved, probeItem, problemOf, readItem, settle, subscribeItem, writeItem,
  type AdapterRead, type LoadResult, type RecordCodec, type StorageProblem,
} from './local-storage.js';

export * from './local-storage.js';

/** Options for {@link StorageAdapter.save}. */
export interface SaveOptions {
  /**
   * The revision this write is based on (from the last `load` or `save`). A revision-aware adapter
   * writes only if the store still holds that revision; otherwise it writes nothing and resolves to
   * `'conflict'`. Adapters that know nothing of revisions ignore it.
   */
  revision?: string;
}

/** What a save reported: `undefined` or `{ revision }` (saved, with the new token), or the problem. */
export type SaveResult = StorageProblem | { revision: string } | undefined;

/**
 * Where a widget's record is kept. Implementations must never throw or reject: they report a
 * {@link StorageProblem} instead. Keys are full keys (with the widget's prefix).
 *
 * **Revisions (optional).** A remote store shared by several people (a SharePoint list) should
 * return `revision` from `load` (an ETag) and, when `save` is given `options.revision`, write only
 * if the store's current revision is that one (SharePoint: `If-Match: <etag>`; a 412 answer →
 * `'conflict'`), resolving to `{ revision }` with the new token on success. The saved-record kit
 * then merges on `'conflict'` (re-read, lay this page's changes on top, retry) and nobody's edit is
 * lost. An adapter without revisions keeps working: the kit re-reads before each write and after
 * it (as it does with localStorage), which narrows the window for a lost update but cannot close it
 * on a store that several people write at once.
 */
export interface StorageAdapter {
  /** The text stored under `key` (`raw: null` when there is none) with its optional `revision`, or `{ problem }` when it cannot be read. */
  load(key: string): Promise<AdapterRead>;
  /**
   * Stores `raw` under `key` (`null` removes it). Resolves to the problem, or `undefined` when
   * saved, or `{ revision }` (saved; the new token). With `options.revision` and a store whose
   * current revision differs: writes nothing and resolves to `'conflict'`.
   */
  save(key: string, raw: string | null, options?: SaveOptions): Promise<SaveResult>;
  /** Calls `onChange` when `key` changed in another window or through another adapter call on this page (the default adapter also reports its own saves; callers compare what they hold). Returns an unsubscribe. */
  subscribe(key: string, onChange: () => void): () => void;
  /** Where the record is kept, completing "Your answers are saved …": "in your organisation's SharePoint site". Optional. */
  label?: string;
  /** Whether writes work at all (some private modes read fine and refuse every write). Optional. */
  probe?(): Promise<StorageProblem | undefined>;
}

/** The default adapter: the page's localStorage, with `storage` event sync. */
export const localStorageAdapter: StorageAdapter = {
  load: async (key) => readItem(key),
  save: async (key, raw) => {
    const problem = writeItem(key, raw);
    if (!problem) announceSaved(key, localStorageAdapter);
    return problem;
  },
  subscribe: (key, onChange) => subscribeItem(key, onChange),
  probe: async () => probeItem(),
};

/** An adapter that keeps records in memory for this page only: the fallback when the browser refuses storage. */
export function memoryAdapter(): StorageAdapter {
  const items = new Map<string, string>();
  const listeners = new Map<string, Set<() => void>>();
  return {
    load: async (key) => ({ raw: items.get(key) ?? null }),
    save: async (key, raw) => {
      if (raw === null) items.delete(key);
      else items.set(key, raw);
      return undefined;
    },
    subscribe: (key, onChange) => {
      const set = listeners.get(key) ?? new Set();
      listeners.set(key, set.add(onChange));
      return () => set.delete(onChange);
    },
  };
}

/** Loads the record under the full `key` through any adapter. Sets damaged data aside. Never rejects. */
export async function loadRecordFrom<T>(adapter: StorageAdapter, key: string, codec: RecordCodec<T>, now: () => Date = () => new Date()): Promise<LoadResult<T>> {
  const read = await adapter.load(key).catch((error): AdapterRead => ({ problem: problemOf(error) }));
  const probe = read.raw === undefined ? undefined : await adapter.probe?.().catch(problemOf);
  const save = (k: string, raw: string | null) => adapter.save(k, raw).then(saveProblem, problemOf);
  return settle(key, codec, { read, probe, save }, now);
}

/** The problem a {@link SaveResult} reports, if any (`{ revision }` and `undefined` are successes). */
export const saveProblem = (result: SaveResult): StorageProblem | undefined => (typeof result === 'string' ? result : undefined);

/** Saves a record through any adapter; a failure is reported, never thrown. */
export async function saveRecordTo<T>(adapter: StorageAdapter, key: string, codec: RecordCodec<T>, value: T, updatedAt: string): Promise<StorageProblem | undefined> {
  return adapter.save(key, codec.serialise(value, updatedAt)).then(saveProblem, problemOf);
}
