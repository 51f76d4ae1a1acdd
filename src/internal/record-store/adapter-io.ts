/**
 * The saved-record kit through a host's {@link StorageAdapter}: loaded only when a widget is given
 * an `adapter`. Every call is guarded (a throw or rejection becomes a problem); reads and writes
 * pass revisions through; writes without one are re-checked (controller.ts); and a change heard
 * while a save is in flight is merged into the page at once (`peek`), so that a save landing over
 * it on a store without revisions is followed by one that puts it back.
 */
import { problemOf, type AdapterRead, type StorageProblem } from '../local-storage.js';
import type { SaveResult, StorageAdapter } from '../storage.js';
import { after, type Io, type SyncState } from './types.js';
import type { Items } from './merge.js';

function guard<T>(call: () => Promise<T>, fallback: (p: StorageProblem) => T): Promise<T> {
  try {
    return Promise.resolve(call()).catch((e) => fallback(problemOf(e)));
  } catch (e) {
    return Promise.resolve(fallback(problemOf(e)));
  }
}

/** `pull`: the engine's merge into the page (passed in, so this module does not import the engine that loads it). */
type Pull<T> = (r: SyncState<T>, theirs: Items, first: boolean, updatedAt?: string) => Items;

export function adapterIo<T>(record: SyncState<T>, adapter: StorageAdapter, key: string, pull: Pull<T>): Io {
  const io: Io = {
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
    peek() {
      const gen = record.generation;
      const writes = record.writes;
      void after(io.read(), (read) => {
        // A read that overlapped a write of ours may predate it: the sync that follows reads again.
        if (gen !== record.generation || writes !== record.writes || typeof read.raw !== 'string') return;
        const parsed = record.codec.parse(read.raw);
        if (parsed.ok) pull(record, record.codec.toItems(parsed.value), false, parsed.updatedAt);
        record.host.requestUpdate();
      });
    },
  };
  return io;
}
