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
 * - **Honest status.** `saving` until a save settled; `slow` after {@link SLOW_MS} without an answer.
 * - **Set aside, never written over.** A damaged or newer-version record is copied aside (see
 *   local-storage.ts `settle`) and kept in memory (`aside.raw`) so it can be downloaded; when it
 *   cannot be copied it stays in place and the key is never written (`locked`) until a copy succeeds.
 *
 * With localStorage everything runs synchronously (the first render has the saved record); through
 * an adapter each step waits for it. Nothing here throws.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  announceSaved, probeItem, problemOf, readItem, settle, subscribeItem, writeItem,
  type AdapterRead, type CorruptRecord, type RecordCodec, type StorageProblem,
} from '../local-storage.js';
import type { SaveResult, StorageAdapter } from '../storage.js';
import { merge, sameItems, type Conflict, type Items } from './merge.js';

export type { Conflict, Items } from './merge.js';

/** A widget's record codec, and its record as items by id (see merge.ts). */
export interface KitCodec<T> extends RecordCodec<T> {
  /** The record when nothing is saved. */
  empty(): T;
  toItems(value: T): Items;
  fromItems(items: Items): T;
}

/** A record that could not be used, kept for the person: where it went and its text (for a download). */
export interface SetAside extends CorruptRecord {
  raw: string;
}

/** How long a save may take before the widget says it is still saving. */
export const SLOW_MS = 5000;

type Maybe<T> = T | Promise<T>;
const after = <A, B>(x: Maybe<A>, f: (a: A) => Maybe<B>): Maybe<B> => (x instanceof Promise ? x.then(f) : f(x));
const asProblem = (r: SaveResult): StorageProblem | undefined => (typeof r === 'string' ? r : undefined);

interface Io {
  read(): Maybe<AdapterRead>;
  write(key: string, raw: string | null, revision?: string): Maybe<SaveResult>;
  probe(): Maybe<StorageProblem | undefined>;
  subscribe(onChange: () => void): () => void;
  /** Re-read after a write without a revision: another client may have written in between. */
  recheck: boolean;
}

/** Calls an adapter method; a throw or rejection becomes a problem. */
function guard<T>(call: () => Promise<T>, fallback: (p: StorageProblem) => T): Promise<T> {
  try {
    return Promise.resolve(call()).catch((e) => fallback(problemOf(e)));
  } catch (e) {
    return Promise.resolve(fallback(problemOf(e)));
  }
}

export interface KitHooks<T> {
  /** The record changed from outside this page: read at opening (`first`), or from another tab or member. */
  changed(value: T, first: boolean): void;
  /** A sentence for the widget's polite live region. */
  announce(text: string): void;
  /** A name for an item in messages: "your answer to “…”". */
  itemName(id: string): string;
  /** A save failed (called when the problem is new): tell the person, in the widget's words. */
  failed(problem: StorageProblem): void;
}

export class SavedRecord<T> implements ReactiveController {
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
  /** When the record last changed: set by {@link SavedRecord.set}, or the stored record's time when it came from elsewhere. Saved with it. */
  updatedAt?: string;
  conflicts: Conflict[] = [];
  adapter?: StorageAdapter;

  private base: Items = new Map();
  private io?: Io;
  private off?: () => void;
  private running = false;
  private again = false;
  private timer?: ReturnType<typeof setTimeout>;
  private generation = 0;
  /** Counts writes issued and settled: a read that overlapped one is not trusted (see `peek`). */
  private writes = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly codec: KitCodec<T>, readonly hooks: KitHooks<T>) {
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
    Object.assign(this, { key, adapter, loaded: false, problem: undefined, aside: undefined, locked: false, saving: false, slow: false, running: false, again: false, savedAt: undefined, conflicts: [] });
    this.base = first ? new Map() : this.codec.toItems(this.value);
    this.io = key === undefined ? undefined : adapter ? this.adapterIo(adapter, key) : this.localIo(key);
    this.listen();
    this.sync();
  }

  /** A change made on this page: kept, shown, and saved (merged into what is stored). */
  set(value: T, updatedAt = new Date().toISOString()): void {
    this.value = value;
    this.updatedAt = updatedAt;
    this.sync();
  }

  /** Settles when no save is running (for tests and `settled()`). */
  get idle(): boolean {
    return !this.running;
  }

  /** True when what the page holds is all in the store. */
  get clean(): boolean {
    return this.loaded && !this.running && !this.problem && sameItems(this.codec.toItems(this.value), this.base);
  }

  /** Resolves a conflict: `'theirs'` puts the other window's version back; `'mine'` keeps this page's. */
  resolve(id: string, use: 'theirs' | 'mine'): void {
    const conflict = this.conflicts.find((c) => c.id === id);
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
    if (conflict && use === 'theirs') {
      const items = this.codec.toItems(this.value);
      if (conflict.theirs === undefined) items.delete(id);
      else items.set(id, conflict.theirs);
      this.set(this.codec.fromItems(items));
    }
    this.host.requestUpdate();
  }

  private listen(): void {
    this.off?.();
    this.off = this.io && this.host.isConnected ? this.io.subscribe(() => {
      if (!this.loaded) return;
      if (this.running) this.peek();
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

  private adapterIo(adapter: StorageAdapter, key: string): Io {
    return {
      read: () => guard(() => adapter.load(key), (problem): AdapterRead => ({ problem })),
      write: (k, raw, revision) => guard(() => adapter.save(k, raw, revision === undefined ? undefined : { revision }), (p): SaveResult => p),
      probe: () => guard(async () => adapter.probe?.(), (p) => p),
      subscribe: (onChange) => {
        try {
          const off = adapter.subscribe(key, onChange);
          return typeof off === 'function' ? off : () => {};
        } catch {
          return () => {};
        }
      },
      recheck: true,
    };
  }

  /** Reads, merges and (when this page holds something the store lacks) writes; once at a time. */
  private sync(): void {
    if (!this.io) return this.host.requestUpdate();
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.again = false;
    if (!this.saving) {
      this.saving = true;
      this.timer = setTimeout(() => {
        this.slow = true;
        this.host.requestUpdate();
      }, SLOW_MS);
    }
    void this.step(this.io, this.generation, 0);
  }

  private step(io: Io, gen: number, tries: number): Maybe<void> {
    const key = this.key!;
    const first = !this.loaded;
    const save = (k: string, raw: string | null) => after(io.write(k, raw), asProblem);
    return after(io.read(), (read) => after(read.raw === undefined || !first ? undefined : io.probe(), (probe) =>
      after(settle(key, this.codec, { read, probe, save }, () => new Date()), (result) => {
        if (gen !== this.generation) return;
        if (!result.loaded) {
          if (!first && result.problem && result.problem !== this.problem) this.hooks.failed(result.problem);
          this.problem = result.problem; // never write over what could not be read
          return this.finish();
        }
        this.loaded = true;
        if (first) {
          this.problem = result.problem;
          this.savedAt = result.updatedAt;
        }
        this.locked = !!result.corrupt && !result.corrupt.asideKey;
        if (result.corrupt) this.aside = { ...result.corrupt, raw: read.raw! };
        const theirs = this.codec.toItems(result.value ?? this.codec.empty());
        const merged = this.pull(theirs, first, result.updatedAt);
        if (this.locked || sameItems(merged, theirs)) return this.finish();
        const raw = this.codec.serialise(this.codec.fromItems(merged), this.updatedAt ?? new Date().toISOString());
        // A set-aside rewrote the record: its revision is stale, so write without one (and re-check).
        const revision = result.corrupt ? undefined : read.revision;
        this.writes++;
        return after(io.write(key, raw, revision), (res) => {
          this.writes++;
          if (gen !== this.generation) return;
          if (res === 'conflict' && tries < 5) return this.step(io, gen, tries + 1);
          const problem = asProblem(res);
          if (problem && problem !== this.problem) this.hooks.failed(problem);
          this.problem = problem;
          if (problem) return this.finish();
          this.base = merged;
          this.savedAt = new Date().toISOString();
          if (typeof res === 'object' || !io.recheck) return this.finish();
          return after(io.read(), (again) => {
            if (gen !== this.generation) return;
            if (again.raw !== undefined && again.raw !== raw) {
              this.base = theirs; // another client wrote in between: lay this page's changes on top again
              this.again = true;
            }
            this.finish();
          });
        });
      })));
  }

  /**
   * A change was heard while a save is in flight: read it now and merge it into the page, so that if
   * the save in flight lands over it (an adapter without revisions), the next save puts it back.
   */
  private peek(): void {
    const io = this.io!;
    const gen = this.generation;
    const writes = this.writes;
    void after(io.read(), (read) => {
      if (gen !== this.generation || writes !== this.writes || typeof read.raw !== 'string') return;
      const parsed = this.codec.parse(read.raw);
      if (parsed.ok) this.pull(this.codec.toItems(parsed.value), false, parsed.updatedAt);
      this.host.requestUpdate();
    });
  }

  /** Merges the stored items into what the page holds; returns the merged items. */
  private pull(theirs: Items, first: boolean, updatedAt?: string): Items {
    const mine = this.codec.toItems(this.value);
    const { items, conflicts } = merge(this.base, mine, theirs);
    this.base = theirs;
    for (const c of conflicts) {
      this.conflicts = [...this.conflicts.filter((x) => x.id !== c.id), c];
      this.hooks.announce(`${this.hooks.itemName(c.id)} was also changed in another window. This page's version is kept; you can use theirs instead.`);
    }
    if (!sameItems(items, mine)) {
      this.value = this.codec.fromItems(items);
      if (sameItems(items, theirs) || !this.updatedAt) this.updatedAt = updatedAt;
      this.hooks.changed(this.value, first);
    }
    return items;
  }

  private finish(): void {
    this.running = false;
    if (this.again && this.io) return this.sync();
    this.saving = this.slow = false;
    clearTimeout(this.timer);
    this.host.requestUpdate();
  }
}
