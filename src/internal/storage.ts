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
 */

/** Why a record cannot be saved: storage blocked by the browser or policy, full, missing, or another failure. */
export type StorageProblem = 'blocked' | 'full' | 'absent' | 'failed';

/** What an adapter read: the stored text (`null` when there is none), or why it could not read. */
export type AdapterRead = { raw: string | null; problem?: StorageProblem } | { raw?: undefined; problem: StorageProblem };

/**
 * Where a widget's record is kept. Implementations must never throw or reject: they report a
 * {@link StorageProblem} instead. Keys are full keys (with the widget's prefix).
 */
export interface StorageAdapter {
  /** The text stored under `key` (`raw: null` when there is none), or `{ problem }` when it cannot be read. */
  load(key: string): Promise<AdapterRead>;
  /** Stores `raw` under `key` (`null` removes it). Resolves to the problem, or `undefined` when saved. */
  save(key: string, raw: string | null): Promise<StorageProblem | undefined>;
  /** Calls `onChange` when `key` changed in another window or through another adapter call on this page (the default adapter also reports its own saves; callers compare what they hold). Returns an unsubscribe. */
  subscribe(key: string, onChange: () => void): () => void;
  /** Where the record is kept, completing "Your answers are saved …": "in your organisation's SharePoint site". Optional. */
  label?: string;
  /** Whether writes work at all (some private modes read fine and refuse every write). Optional. */
  probe?(): Promise<StorageProblem | undefined>;
}

const PROBE_KEY = 'clinical-leadership-elements:probe';

export function problemOf(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name;
  const code = (error as { code?: number } | null)?.code;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'full';
  if (name === 'SecurityError' || code === 18) return 'blocked';
  return 'failed';
}

type Access = { storage: Storage } | { problem: StorageProblem };

/** The page's localStorage, or why it cannot be had. */
export function access(): Access {
  try {
    const storage = globalThis.localStorage;
    if (!storage || typeof storage.getItem !== 'function') return { problem: 'absent' };
    return { storage };
  } catch (error) {
    return { problem: problemOf(error) === 'full' ? 'full' : 'blocked' };
  }
}

/** True when this `storage` event came from the page's localStorage (not sessionStorage) for this full key. */
export function isStorageEventFor(event: StorageEvent, key: string): boolean {
  if (event.key !== null && event.key !== key) return false;
  const a = access();
  return 'storage' in a && (event.storageArea === null || event.storageArea === a.storage);
}

/** Reads one item of localStorage. Never throws. */
export function readItem(key: string): AdapterRead {
  const a = access();
  if (!('storage' in a)) return { problem: a.problem };
  try {
    return { raw: a.storage.getItem(key) };
  } catch (error) {
    return { problem: problemOf(error) === 'full' ? 'full' : 'blocked' };
  }
}

/** Writes (or with `null` removes) one item of localStorage. Returns the problem, if any. Never throws. */
export function writeItem(key: string, value: string | null): StorageProblem | undefined {
  const a = access();
  if (!('storage' in a)) return a.problem;
  try {
    if (value === null) a.storage.removeItem(key);
    else a.storage.setItem(key, value);
    return undefined;
  } catch (error) {
    return problemOf(error);
  }
}

/** Whether localStorage takes writes. */
export const probeItem = (): StorageProblem | undefined => writeItem(PROBE_KEY, '1') ?? writeItem(PROBE_KEY, null);

/** Same-page copies hear each other through this (the `storage` event only reaches other tabs). */
const SIBLING_EVENT = 'clinical-leadership-elements:storage-saved';

/** Tells same-page subscribers of `key` (other than `source`) that it changed. */
export function announceSaved(key: string, source: unknown): void {
  window.dispatchEvent(new CustomEvent(SIBLING_EVENT, { detail: { key, source } }));
}

/**
 * Listens for changes to `key` from other tabs (`storage` event) and from other copies on this
 * page ({@link announceSaved} with a different `source`). Returns an unsubscribe.
 */
export function subscribeItem(key: string, onChange: () => void, source?: unknown): () => void {
  const onStorage = (event: StorageEvent) => {
    if (isStorageEventFor(event, key)) onChange();
  };
  const onSibling = (event: Event) => {
    const detail = (event as CustomEvent<{ key: string; source: unknown }>).detail;
    if (detail?.key === key && (source === undefined || detail.source !== source)) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(SIBLING_EVENT, onSibling);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(SIBLING_EVENT, onSibling);
  };
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

/** How a widget reads and writes its versioned record. */
export interface RecordCodec<T> {
  /** Reads stored text; what can be read is returned (`value`) even when the record is damaged. */
  parse(raw: string): { ok: true; value: T; updatedAt?: string } | { ok: false; reason: string; value: T; recovered: number };
  /** The text to store; `null` when there is nothing worth keeping (the key is removed). */
  serialise(value: T, updatedAt: string): string | null;
}

export interface CorruptRecord {
  /** What was wrong, in a sentence fragment: "it is not valid JSON". */
  reason: string;
  /** Where the original was copied; `undefined` when it could not be copied and was left in place. */
  asideKey?: string;
  /** How many entries could still be read from it. */
  recovered: number;
}

export interface LoadResult<T> {
  /** What was read (`undefined` when there was no record or it could not be read). */
  value?: T;
  updatedAt?: string;
  /**
   * True when the saved record was read (or there was none). When false, storage could not be read
   * and must not be written in this session: it may hold what this page never saw.
   */
  loaded: boolean;
  /** Why storage cannot be used (it may be readable and still refuse writes). */
  problem?: StorageProblem;
  corrupt?: CorruptRecord;
}

type Io = { read: AdapterRead; probe: StorageProblem | undefined; save: (key: string, raw: string | null) => StorageProblem | undefined | Promise<StorageProblem | undefined> };

function settle<T>(key: string, codec: RecordCodec<T>, io: Io, now: () => Date): LoadResult<T> | Promise<LoadResult<T>> {
  const { read, probe } = io;
  if (read.raw === undefined) return { loaded: false, problem: read.problem };
  if (read.raw === null) return { loaded: true, problem: probe };
  const parsed = codec.parse(read.raw);
  if (parsed.ok) return { value: parsed.value, updatedAt: parsed.updatedAt, loaded: true, problem: probe };
  // Damaged: copy it aside, then replace it with what could be read, so it is set aside once.
  const asideKey = `${key}:corrupt-${now().toISOString()}`;
  const corrupt: CorruptRecord = { reason: parsed.reason, recovered: parsed.recovered };
  const result: LoadResult<T> = { value: parsed.value, corrupt, loaded: true, problem: probe };
  const afterAside = (failed: StorageProblem | undefined) => {
    if (failed) return result;
    corrupt.asideKey = asideKey;
    const rest = io.save(key, parsed.recovered ? codec.serialise(parsed.value, now().toISOString()) : null);
    return rest instanceof Promise ? rest.then(() => result) : result;
  };
  const aside = io.save(asideKey, read.raw);
  return aside instanceof Promise ? aside.then(afterAside) : afterAside(aside);
}

/** Loads the record under the full `key` from localStorage, synchronously. Sets damaged data aside. Never throws. */
export function loadRecord<T>(key: string, codec: RecordCodec<T>, now: () => Date = () => new Date()): LoadResult<T> {
  const read = readItem(key);
  const probe = read.raw === undefined ? undefined : probeItem();
  return settle(key, codec, { read, probe, save: writeItem }, now) as LoadResult<T>;
}

/** Loads the record under the full `key` through any adapter. Sets damaged data aside. Never rejects. */
export async function loadRecordFrom<T>(adapter: StorageAdapter, key: string, codec: RecordCodec<T>, now: () => Date = () => new Date()): Promise<LoadResult<T>> {
  const read = await adapter.load(key).catch((error): AdapterRead => ({ problem: problemOf(error) }));
  const probe = read.raw === undefined ? undefined : await adapter.probe?.().catch(problemOf);
  const save = (k: string, raw: string | null) => adapter.save(k, raw).catch(problemOf);
  return settle(key, codec, { read, probe, save }, now);
}

/** Saves a record through any adapter; a failure is reported, never thrown. */
export async function saveRecordTo<T>(adapter: StorageAdapter, key: string, codec: RecordCodec<T>, value: T, updatedAt: string): Promise<StorageProblem | undefined> {
  return adapter.save(key, codec.serialise(value, updatedAt)).catch(problemOf);
}
