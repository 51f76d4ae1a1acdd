/**
 * The saved-record kit's shared vocabulary: the codec a widget brings, the hooks it answers, how one
 * key is read and written (`Io`), and the state the lazily loaded engine works on (`SyncState`,
 * which `SavedRecord` in controller.ts is). Its own module so that the controller, the engine and
 * the adapter path each import it and none imports another (no import circles).
 */
import type { ReactiveControllerHost } from 'lit';
import type { AdapterRead, CorruptRecord, RecordCodec, StorageProblem } from '../local-storage.js';
import type { SaveResult, StorageAdapter } from '../storage.js';
import type { Conflict, Items } from './merge.js';

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

/** How the kit reads and writes one key: localStorage (controller.ts) or an adapter (adapter-io.ts, loaded with one). */
export interface Io {
  read(): AdapterRead | Promise<AdapterRead>;
  write(key: string, raw: string | null, revision?: string): SaveResult | Promise<SaveResult>;
  probe(): StorageProblem | undefined | Promise<StorageProblem | undefined>;
  subscribe(onChange: () => void): () => void;
  /** Re-read after a write without a revision: another client may have written in between. */
  recheck: boolean;
  /** A change was heard while a save is in flight: merge it into the page now (adapter-io.ts). */
  peek?(): void;
}

export interface KitHooks<T> {
  /** The record changed from outside this page: read at opening (`first`), or from another tab or member. */
  changed(value: T, first: boolean): void;
  /** The same item was changed here and elsewhere (see `conflicts`): tell the person, in the widget's words. */
  conflict(c: Conflict): void;
  /** A save failed (called when the problem is new): tell the person, in the widget's words. */
  failed(problem: StorageProblem): void;
}

type Maybe<T> = T | Promise<T>;

/** Runs `f` on `x` now, or when it resolves: localStorage steps stay synchronous. */
export const after = <A, B>(x: Maybe<A>, f: (a: A) => Maybe<B>): Maybe<B> => (x instanceof Promise ? x.then(f) : f(x));

/** What the engine reads and sets on a saved record (see `SavedRecord` for each field). */
export interface SyncState<T> {
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly codec: KitCodec<T>;
  readonly hooks: KitHooks<T>;
  value: T;
  key?: string;
  adapter?: StorageAdapter;
  loaded: boolean;
  problem?: StorageProblem;
  aside?: SetAside;
  locked: boolean;
  saving: boolean;
  slow: boolean;
  savedAt?: string;
  updatedAt?: string;
  conflicts: Conflict[];
  base: Items;
  io?: Io;
  running: boolean;
  again: boolean;
  timer?: ReturnType<typeof setTimeout>;
  generation: number;
  writes: number;
  listen(): void;
}
