/**
 * Saving through a host's own {@link StorageAdapter} (a SharePoint list, its own API): loaded only
 * when the `adapter` property is set. Saves go one at a time; changes made while one is in flight
 * are coalesced into the next, so a slow store sees the latest answers, in order, and a failed save
 * leaves the answers on the page (marked unsaved) until the next change tries again.
 */
import { loadRecordFrom, saveRecordTo, type StorageAdapter, type StorageProblem } from '../../internal/storage.js';
import { warnOnce } from '../../internal/warn.js';
import type { ChecklistHost } from '../host.js';
import { BASELINE, checklistCodec, fullKey, PAPER, type ChecklistRecord, type LoadResult } from './record.js';

/**
 * The answers controller (`answers-controller.ts`) as {@link loadThrough} sees it: declared here, so
 * this lazily loaded module never imports the controller. `remote`, `touched` and `problem` are the
 * controller's adapter state, which it hands to this module to keep while the adapter is in use.
 */
export interface RemoteOwner extends ChecklistRecord {
  readonly host: ChecklistHost;
  readonly key?: string;
  readonly adapter?: StorageAdapter;
  readonly dirty: boolean;
  readonly loaded: boolean;
  remote?: RemoteStore;
  touched?: Set<string | null>;
  problem?: StorageProblem;
  saved(problem: StorageProblem | undefined, stillDirty?: boolean): void;
  listen(): void;
  apply(result: LoadResult, reason: 'key' | 'refresh', previous: string | undefined): void;
  persist(): void;
}

export class RemoteStore {
  private next?: { record: ChecklistRecord; updatedAt: string };
  private flushing = false;
  private disposed = false;

  /** `onSaved(problem, more)`: after each save; `more` when newer answers still wait to be saved. */
  constructor(
    private readonly adapter: StorageAdapter,
    private readonly key: string,
    private readonly onSaved: (problem: StorageProblem | undefined, more: boolean) => void,
  ) {}

  /**
   * Reads the record. Prompts changed on the page while it was read (`touched`; `null` for all of
   * them, or the baseline id) keep what was entered there; the rest come from the record.
   */
  async load(mine: ChecklistRecord, touched?: Set<string | null>): Promise<LoadResult> {
    const { value, ...rest } = await loadRecordFrom(this.adapter, this.key, checklistCodec);
    const result: LoadResult = { answers: value?.answers ?? new Map(), baseline: value?.baseline, paper: value?.paper, ...rest };
    if (!touched?.size) return result;
    if (touched.has(null)) result.answers = mine.answers;
    else {
      for (const id of touched) {
        const answer = mine.answers.get(id!);
        if (answer) result.answers.set(id!, answer);
        else result.answers.delete(id!);
      }
    }
    if (touched.has(BASELINE)) result.baseline = mine.baseline;
    if (touched.has(PAPER)) result.paper = mine.paper;
    return result;
  }

  subscribe(onChange: () => void): () => void {
    try {
      const off = this.adapter.subscribe(this.key, onChange);
      return typeof off === 'function' ? off : () => {};
    } catch {
      return () => {};
    }
  }

  save(record: ChecklistRecord, updatedAt: string): void {
    this.next = { record, updatedAt };
    if (!this.flushing) void this.flush();
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.next && !this.disposed) {
      const { record, updatedAt } = this.next;
      this.next = undefined;
      const problem = await saveRecordTo(this.adapter, this.key, checklistCodec, record, updatedAt).catch(() => 'failed' as const);
      if (this.disposed) break;
      // A failure leaves the answers marked unsaved; a queued or the next change tries again with everything entered.
      this.onSaved(problem, !!this.next || !!problem);
    }
    this.flushing = false;
  }

  dispose(): void {
    this.disposed = true;
  }
}

/** Reads the record through the host's adapter for the controller `c`; what was entered meanwhile is kept and saved. */
export async function loadThrough(c: RemoteOwner, adapter: StorageAdapter, key: string, reason: 'key' | 'refresh', previous?: string): Promise<void> {
  try {
    if (!c.remote) {
      if (adapter !== c.adapter || key !== c.key) return;
      c.remote = new RemoteStore(adapter, fullKey(key), (problem, more) => c.saved(problem, more));
      c.listen();
    }
    const touched = c.touched;
    const result = await c.remote.load(c, touched);
    if (adapter !== c.adapter || key !== c.key || (reason === 'refresh' && c.dirty)) return;
    c.touched = undefined;
    c.apply(result, reason, previous);
    if (touched?.size && c.loaded) c.persist();
  } catch (error) {
    c.touched = undefined;
    c.problem = 'failed';
    warnOnce('framework-checklist', `The storage adapter could not be used (${String(error)}); answers stay on this page.`);
    c.host.requestUpdate();
  }
}
