/**
 * The localStorage layer of internal/storage.ts: every access wrapped (storage may be blocked,
 * full, absent or shared with another tab; nothing here throws), same-page and cross-tab change
 * notices, and a versioned record read with its damaged text set aside (see storage.ts).
 * Its own module so that a widget that keeps its record in localStorage only (the board profile)
 * does not load the adapter code in storage.ts; storage.ts re-exports all of it.
 */

/**
 * Why a record cannot be saved: storage blocked by the browser or policy, full, missing, another
 * failure, or (`'conflict'`) a revision-aware store refused a write because what it holds changed
 * since the revision the writer read. The kit answers `'conflict'` by re-reading, merging and retrying.
 */
export type StorageProblem = 'blocked' | 'full' | 'absent' | 'failed' | 'conflict';

/**
 * What an adapter read: the stored text (`null` when there is none), or why it could not read.
 * `revision` is optional: an ETag-like token for exactly what was read (any string; compared only
 * for equality). An adapter that gives one should honour it in `save` (see `StorageAdapter.save`).
 */
export type AdapterRead =
  | { raw: string | null; problem?: StorageProblem; revision?: string }
  | { raw?: undefined; problem: StorageProblem; revision?: undefined };

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

/** How `settle` reads and writes: localStorage directly, or an adapter (storage.ts). */
export type Io = { read: AdapterRead; probe: StorageProblem | undefined; save: (key: string, raw: string | null) => StorageProblem | undefined | Promise<StorageProblem | undefined> };

/** Reads a stored record; damaged text is copied aside, then replaced with what could be read. */
export function settle<T>(key: string, codec: RecordCodec<T>, io: Io, now: () => Date): LoadResult<T> | Promise<LoadResult<T>> {
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
