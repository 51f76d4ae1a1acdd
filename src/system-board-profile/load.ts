/**
 * Getting the records in: files picked or dropped, same-origin `src` URLs, or values given by
 * property, each read by read.ts (loaded on first use, with valibot) in slices that give the page
 * back every few milliseconds, so 200 organisations never hold up a click or a keystroke.
 * Never throws: every input becomes a record or a sentence naming it.
 */
import type { ReadResult } from './model.js';

type Reader = typeof import('./read.js');
let reader: Promise<Reader> | undefined;
/** The reader's code; a failed load is tried again next time. */
function loadReader(): Promise<Reader> {
  reader ??= import('./read.js').catch((error) => {
    reader = undefined;
    throw error;
  });
  return reader;
}

/** Work longer than this without giving the page back (ms): well within one frame. */
const SLICE_MS = 8;
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs `work` over `items`, yielding to the page between slices; `progress(done)` after each slice. */
export async function inSlices<T, R>(items: readonly T[], work: (item: T, i: number) => R | Promise<R>, progress?: (done: number) => void): Promise<R[]> {
  const out: R[] = [];
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    out.push(await work(items[i], i));
    if (performance.now() - start > SLICE_MS && i < items.length - 1) {
      progress?.(i + 1);
      await yieldToPage();
      start = performance.now();
    }
  }
  return out;
}

const CODE_FAILED = 'could not be read: the code that checks board profiles did not load (a network problem or a blocked file). Reload the page to try again.';

/** Files picked or dropped. */
export async function readFiles(files: readonly File[], progress?: (done: number) => void): Promise<ReadResult[]> {
  let r: Reader;
  try {
    r = await loadReader();
  } catch {
    return files.map((f) => ({ ok: false, source: f.name, error: CODE_FAILED }));
  }
  return inSlices(files, async (file): Promise<ReadResult> => {
    if (file.size > r.MAX_FILE_BYTES) return { ok: false, source: file.name, error: 'too large to be a board profile (the limit is 2 MB).' };
    try {
      return r.readText(await file.text(), file.name);
    } catch {
      return { ok: false, source: file.name, error: 'could not be read.' };
    }
  }, progress);
}

/** Values given by property (`records`): each already parsed JSON. */
export async function readValues(values: readonly unknown[], progress?: (done: number) => void): Promise<ReadResult[]> {
  let r: Reader;
  try {
    r = await loadReader();
  } catch {
    return values.map((_, i) => ({ ok: false, source: `records[${i}]`, error: CODE_FAILED }));
  }
  return inSlices(values, (value, i) => r.readRecord(value, `records[${i}]`), progress);
}

/** The URLs of a `src` list (white space between them) on this page's own origin; the others named. */
export function sameOriginUrls(list: string, base = location.href): { urls: { url: string; source: string }[]; refused: ReadResult[] } {
  const urls: { url: string; source: string }[] = [];
  const refused: ReadResult[] = [];
  for (const item of list.split(/\s+/).filter(Boolean).slice(0, 500)) {
    let url: URL | undefined;
    try {
      url = new URL(item, base);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== new URL(base).origin || !/^https?:$/.test(url.protocol)) {
      refused.push({ ok: false, source: item.slice(0, 200), error: 'not fetched: only addresses on this site (the same origin) are read.' });
    } else urls.push({ url: url.href, source: item.slice(0, 200) });
  }
  return { urls, refused };
}

/** Same-origin URLs fetched (a few at a time) and read. */
export async function readUrls(list: string, progress?: (done: number) => void): Promise<ReadResult[]> {
  const { urls, refused } = sameOriginUrls(list);
  let r: Reader;
  try {
    r = await loadReader();
  } catch {
    return [...urls.map((u) => ({ ok: false as const, source: u.source, error: CODE_FAILED })), ...refused];
  }
  const fetched = await Promise.all(urls.map(async ({ url, source }): Promise<{ source: string; text?: string; error?: string }> => {
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) return { source, error: `could not be fetched (the server answered ${response.status}).` };
      return { source, text: await response.text() };
    } catch {
      return { source, error: 'could not be fetched (a network problem).' };
    }
  }));
  const read = await inSlices(fetched, (f): ReadResult => (f.text === undefined ? { ok: false, source: f.source, error: f.error! } : r.readText(f.text, f.source)), progress);
  return [...read, ...refused];
}
