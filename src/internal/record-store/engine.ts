/**
 * The saved-record kit's work (controller.ts holds the state): one sync at a time that reads the
 * stored record (setting damaged text aside), merges it with what the page holds (merge.ts), and
 * writes the result when the page holds something the store lacks; a `'conflict'` re-reads and
 * retries, a write without a revision is re-checked. A lazily loaded chunk, fetched when a key is
 * opened: the first read of a localStorage record happens in controller.ts, so the first render
 * has it.
 */
import { settle, type StorageProblem } from '../local-storage.js';
import type { SaveResult } from '../storage.js';
import { after, type Io, type SyncState } from './types.js';
import { merge, sameItems, type Items } from './merge.js';

type Maybe<T> = T | Promise<T>;

/** How long a save may take before the widget says it is still saving (an object, so tests can shorten it). */
export const timing = { slowMs: 5000 };

const asProblem = (res: SaveResult): StorageProblem | undefined => (typeof res === 'string' ? res : undefined);

/** Reads, merges and (when this page holds something the store lacks) writes; once at a time. */
export function sync<T>(r: SyncState<T>): void {
  if (!r.io) {
    const { adapter, key, generation } = r;
    if (!adapter || key === undefined) return r.host.requestUpdate();
    // The adapter's code is fetched with the first adapter (as remote.ts was): pages that keep records in localStorage never load it.
    void import('./adapter-io.js').then((m) => {
      if (generation !== r.generation || r.io) return;
      r.io = m.adapterIo(r, adapter, key, pull);
      r.listen();
      sync(r);
    }, () => {
      r.problem = 'failed';
      r.host.requestUpdate();
    });
    return;
  }
  if (r.running) {
    r.again = true;
    return;
  }
  r.running = true;
  r.again = false;
  if (!r.saving) {
    r.saving = true;
    r.timer = setTimeout(() => {
      r.slow = true;
      r.host.requestUpdate();
    }, timing.slowMs);
  }
  void step(r, r.io, r.generation, 0);
}

function step<T>(r: SyncState<T>, io: Io, gen: number, tries: number, first = !r.loaded): Maybe<void> {
  const key = r.key!;
  return after(io.read(), (read) => after(read.raw === undefined || !first ? undefined : io.probe(), (probe) =>
    // The recovered record is written on the revision read (a store refuses it if another client wrote
    // meanwhile; the re-read below then merges); the copy set aside has a key of its own.
    after(settle(key, r.codec, { read, probe, save: (k, raw) => after(io.write(k, raw, k === key ? read.revision : undefined), asProblem) }, () => new Date()), (result) => {
      if (gen !== r.generation) return;
      if (!result.loaded) {
        if (!first && result.problem && result.problem !== r.problem) r.hooks.failed(result.problem);
        r.problem = result.problem; // never write over what could not be read
        return finish(r);
      }
      r.loaded = true;
      if (first) {
        r.problem = result.problem;
        r.savedAt = result.updatedAt;
      }
      r.locked = !!result.corrupt && !result.corrupt.asideKey;
      if (result.corrupt) r.aside = { ...result.corrupt, raw: read.raw! };
      // The record was just rewritten (set aside, then replaced with what could be read): read it again
      // for its new revision rather than write without one, which a store takes as "over whatever is
      // there" (another member's save in between would be lost).
      if (result.corrupt?.asideKey && tries < 5) return step(r, io, gen, tries + 1, first);
      const theirs = r.codec.toItems(result.value ?? r.codec.empty());
      const merged = pull(r, theirs, first, result.updatedAt);
      if (r.locked || sameItems(merged, theirs)) return finish(r);
      const raw = r.codec.serialise(r.codec.fromItems(merged), r.updatedAt ?? new Date().toISOString());
      // A set-aside rewrote the record: its revision is stale, so write without one (and re-check).
      const revision = result.corrupt ? undefined : read.revision;
      r.writes++;
      return after(io.write(key, raw, revision), (res) => {
        r.writes++;
        if (gen !== r.generation) return;
        if (res === 'conflict' && tries < 5) return step(r, io, gen, tries + 1);
        const problem = asProblem(res);
        if (problem && problem !== r.problem) r.hooks.failed(problem);
        r.problem = problem;
        if (problem) return finish(r);
        r.base = merged;
        r.savedAt = new Date().toISOString();
        if (typeof res === 'object' || !io.recheck) return finish(r);
        return after(io.read(), (again) => {
          if (gen !== r.generation) return;
          // Compared by items, not text: a store that re-formats the JSON it keeps is not "another client".
          const now = typeof again.raw === 'string' && again.raw !== raw ? r.codec.parse(again.raw) : undefined;
          if ((again.raw === null && raw !== null) || (now && !(now.ok && sameItems(r.codec.toItems(now.value), merged)))) {
            r.base = theirs; // another client wrote in between: lay this page's changes on top again
            r.again = true;
          }
          finish(r);
        });
      });
    })));
}

/** Merges the stored items into what the page holds; returns the merged items. */
export function pull<T>(r: SyncState<T>, theirs: Items, first: boolean, updatedAt?: string): Items {
  const mine = r.codec.toItems(r.value);
  const { items, conflicts } = merge(r.base, mine, theirs);
  r.base = theirs;
  for (const c of conflicts) {
    r.conflicts = [...r.conflicts.filter((x) => x.id !== c.id), c];
    r.hooks.conflict(c);
  }
  if (!sameItems(items, mine)) {
    r.value = r.codec.fromItems(items);
    if (sameItems(items, theirs) || !r.updatedAt) r.updatedAt = updatedAt;
    r.hooks.changed(r.value, first);
  }
  return items;
}

function finish<T>(r: SyncState<T>): void {
  r.running = false;
  if (r.again && r.io) return sync(r);
  r.saving = r.slow = false;
  clearTimeout(r.timer);
  r.host.requestUpdate();
}
