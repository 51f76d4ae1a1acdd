/**
 * A pretend shared store for the stories (issue 24): what a SharePoint list does for two members,
 * kept only while the page is open. Calls take `delay` ms; with `revisions` a stale write is refused
 * with 'conflict' (as SharePoint's ETag answers 412); `never` makes saves never settle.
 */
import type { AdapterRead, SaveOptions, SaveResult, StorageAdapter } from '../src/internal/storage.js';

export function sharedStore(options: { delay?: number; revisions?: boolean } = {}): { client(label: string, never?: boolean): StorageAdapter } {
  const items = new Map<string, { raw: string; revision: string }>();
  let counter = 0;
  const wait = () => new Promise((resolve) => setTimeout(resolve, options.delay ?? 600));
  return {
    client: (label, never = false) => ({
      label,
      async load(key): Promise<AdapterRead> {
        await wait();
        return { raw: items.get(key)?.raw ?? null, ...(options.revisions ? { revision: items.get(key)?.revision ?? '0' } : {}) };
      },
      async save(key, raw, opts?: SaveOptions): Promise<SaveResult> {
        if (never) return new Promise<never>(() => {});
        await wait();
        if (options.revisions && opts?.revision !== undefined && opts.revision !== (items.get(key)?.revision ?? '0')) return 'conflict';
        if (raw === null) items.delete(key);
        else items.set(key, { raw, revision: String(++counter) });
        return options.revisions ? { revision: items.get(key)?.revision ?? '0' } : undefined;
      },
      // No change feed: each member sees the other's answers when they next save (merged), as with a list that is not polled.
      subscribe: () => () => {},
    }),
  };
}
