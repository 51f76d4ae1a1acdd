/**
 * Saving through a host's own {@link StorageAdapter} (a SharePoint list, its own API): loaded only
 * when the `adapter` property is set. Saves go one at a time; changes made while one is in flight
 * are coalesced into the next, so a slow store sees the latest answers, in order, and a failed save
 * leaves the answers on the page (marked unsaved) until the next change tries again.
 */
import { loadRecordFrom, saveRecordTo, type StorageAdapter, type StorageProblem } from '../internal/storage.js';
import { checklistCodec, type ChecklistRecord, type LoadResult } from './storage.js';

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

  async load(): Promise<LoadResult> {
    const { value, ...rest } = await loadRecordFrom(this.adapter, this.key, checklistCodec);
    return { answers: value?.answers ?? new Map(), baseline: value?.baseline, ...rest };
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
