/**
 * The saved-record kit: one reactive controller that keeps what a person entered in a widget
 * (`<framework-checklist>`, `<board-profile>`) under a storage key, in localStorage or through a
 * host's {@link StorageAdapter}. Each widget brings a {@link KitCodec} that reads and writes its
 * record and sees it as items by id; the kit does the rest, the same way for both:
 *
 * - **Merge, never overwrite.** Every save re-reads the stored record and lays on top only what
 *   this page changed since it last read (a three-way merge, merge.ts); a change heard from another
 *   tab or member is merged in the same way. With a revision-aware adapter a stale write is refused
 *   (`'conflict'`) and the kit re-reads, merges and retries; without one it re-reads after writing
 *   and saves again if the store moved meanwhile. The same item changed on both sides keeps this
 *   page's and offers the other back ({@link SavedRecord.conflicts}), announced.
 * - **One save at a time.** Changes made while a save is in flight are gathered into the next.
 * - **Honest status.** `saving` until a save settled; `slow` after `timing.slowMs` (engine.ts, 5 s) without an answer.
 * - **Set aside, never written over.** A damaged or newer-version record is copied aside (see
 *   local-storage.ts `settle`) and kept in memory (`aside.raw`) so it can be downloaded; when it
 *   cannot be copied it stays in place and the key is never written (`locked`) until a copy succeeds.
 *
 * With localStorage everything runs synchronously (the first render has the saved record); through
 * an adapter each step waits for it. Nothing here throws.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  announceSaved, probeItem, readItem, settle, subscribeItem, writeItem,
  type LoadResult, type StorageProblem,
} from '../local-storage.js';
import type { StorageAdapter } from '../storage.js';
import type { Conflict, Items } from './merge.js';
import type { Io, KitCodec, KitHooks, SetAside, SyncState } from './types.js';

export type { Conflict, Items } from './merge.js';
export type { KitCodec, KitHooks, SetAside } from './types.js';

/** The engine, once fetched (shared by every widget on the page). */
let engine: typeof import('./engine.js') | undefined;
let engineLoad: Promise<void> | undefined;

export class SavedRecord<T> implements ReactiveController, SyncState<T> {
  value: T;
  /** The full storage key, when one is open. */
  key?: string;
  /** True once the stored record was read (or there was none); until then nothing is written. */
  loaded = false;
  problem?: StorageProblem;
  aside?: SetAside;
  /** The damaged record could not be copied aside: the key is not written. */
  locked = false;
  saving = false;
  slow = false;
  /** When a save last settled here. */
  savedAt?: string;
  /** When the record last changed: set by {@link SavedRecord.set}, or the stored record's time when it came from elsewhere. */
  updatedAt?: string;
  conflicts: Conflict[] = [];
  adapter?: StorageAdapter;

  /** @internal What the store held when this page last read or wrote it (the merge's base). */
  base: Items = new Map();
  /** @internal */
  io?: Io;
  private off?: () => void;
  /** @internal A sync is under way; `again`: another was asked for meanwhile. */
  running = false;
  /** @internal */
  again = false;
  /** @internal */
  timer?: ReturnType<typeof setTimeout>;
  /** @internal Bumped by `open`: work for an earlier key is dropped. */
  generation = 0;
  /** @internal Counts writes issued and settled: a read that overlapped one is not trusted (adapter-io.ts `peek`). */
  writes = 0;

  constructor(readonly host: ReactiveControllerHost & HTMLElement, readonly codec: KitCodec<T>, readonly hooks: KitHooks<T>) {
    this.value = codec.empty();
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
    if (this.loaded) this.sync(); // re-attached: pick up what changed meanwhile
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = undefined;
  }

  /**
   * Opens the record under the full `key` (none: nothing is stored), through `adapter` or localStorage.
   * What the page holds is replaced by the stored record, except when no key was open before: then
   * what was entered is kept and merged into the store.
   */
  open(key: string | undefined, adapter?: StorageAdapter): void {
    const first = this.key === undefined;
    this.off?.();
    this.off = undefined;
    this.generation++;
    clearTimeout(this.timer);
    Object.assign(this, {
      key, adapter, loaded: false, problem: undefined, aside: undefined, locked: false,
      saving: false, slow: false, running: false, again: false, savedAt: undefined, conflicts: [],
    });
    this.base = first ? new Map() : this.codec.toItems(this.value);
    this.io = key === undefined || adapter ? undefined : this.localIo(key);
    // What was entered before any key was open is merged into the store (by the engine); otherwise the stored record replaces it.
    const items = (v: T) => JSON.stringify([...this.codec.toItems(v)]);
    if (this.io && !(first && items(this.value) !== items(this.codec.empty()))) this.loadNow(key!);
    this.listen();
    if (key !== undefined) this.sync();
  }

  /** Reads the localStorage record now (damaged text set aside), replacing what the page holds. */
  private loadNow(key: string): void {
    const read = readItem(key);
    const probe = read.raw === undefined ? undefined : probeItem();
    const save = this.io!.write as (k: string, raw: string | null) => StorageProblem | undefined; // localStorage: synchronous
    const result = settle(key, this.codec, { read, probe, save }, () => new Date()) as LoadResult<T>;
    this.problem = result.problem;
    if (!(this.loaded = result.loaded)) return;
    this.locked = !!result.corrupt && !result.corrupt.asideKey;
    if (result.corrupt) this.aside = { ...result.corrupt, raw: read.raw! };
    this.value = result.value ?? this.codec.empty();
    this.base = this.codec.toItems(this.value);
    this.savedAt = this.updatedAt = result.updatedAt;
    this.hooks.changed(this.value, true);
  }

  /** A change made on this page: kept, shown, and saved (merged into what is stored). */
  set(value: T, updatedAt = new Date().toISOString()): void {
    this.value = value;
    this.updatedAt = updatedAt;
    this.sync();
  }

  /** @internal Listens for changes elsewhere (other tabs, the adapter's news) while connected. */
  listen(): void {
    this.off?.();
    this.off = this.io && this.host.isConnected ? this.io.subscribe(() => {
      // Before the first read only a failed one is worth retrying (the store is back: offline, then online).
      if (!this.loaded && !this.problem) return;
      if (this.running) this.io?.peek?.();
      this.sync();
    }) : undefined;
  }

  private localIo(key: string): Io {
    return {
      read: () => readItem(key),
      write: (k, raw) => {
        const problem = writeItem(k, raw);
        if (!problem) announceSaved(k, this);
        return problem;
      },
      probe: probeItem,
      subscribe: (onChange) => subscribeItem(key, onChange, this),
      recheck: false,
    };
  }

  /**
   * Reads, merges and (when this page holds something the store lacks) writes; once at a time. The
   * work is in engine.ts, fetched when a key is opened (a localStorage record is read here first, so
   * the first render has it); a change made before it arrives is kept and saved when it does.
   */
  sync(): void {
    if (engine) return engine.sync(this);
    (engineLoad ??= import('./engine.js').then((m) => void (engine = m))).then(() => engine!.sync(this), () => {
      engineLoad = undefined; // offline: the next change tries again; until then nothing is saved, and the page says so
      this.problem = 'failed';
      this.host.requestUpdate();
    });
  }

}
