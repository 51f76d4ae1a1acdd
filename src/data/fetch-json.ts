/**
 * Fetching and parsing a JSON data set, without validating it. Apart from `load.ts` so that
 * `<clinical-leadership-data>` can fetch while the validators (valibot and the schemas, a lazy
 * chunk: see internal/lazy-validation.ts) are still on their way, and a page whose widgets never
 * see outside data never downloads them. Resolves, never rejects.
 */
import type { DatasetState } from './state.js';

export interface FetchOptions {
  /** Milliseconds before the request is abandoned. */
  timeoutMs?: number;
  /** Aborts the request when the caller no longer needs it (the element was removed or `src` changed). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export type FetchedJson = { status: 'parsed'; value: unknown; origin: string } | Extract<DatasetState, { status: 'error' }>;

function failure(message: string): FetchedJson {
  return { status: 'error', message, errors: [] };
}

/** Fetches and parses `url`. Resolves `null` when aborted by the caller, an error state when it fails. */
export async function fetchJson(url: string, { timeoutMs = DEFAULT_TIMEOUT_MS, signal }: FetchOptions = {}): Promise<FetchedJson | null> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const where = `The data at ${url}`;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return failure(`${where} could not be loaded (${response.status} ${response.statusText || 'error'}).`);
    const text = await response.text();
    try {
      return { status: 'parsed', value: JSON.parse(text), origin: where };
    } catch {
      return failure(`${where} is not valid JSON${/^\s*</.test(text) ? ' (it looks like a web page)' : ''}.`);
    }
  } catch {
    if (signal?.aborted && !timedOut) return null;
    return failure(
      timedOut
        ? `${where} did not arrive within ${Math.round(timeoutMs / 100) / 10} seconds.`
        : `${where} could not be loaded (network error or blocked by the browser).`,
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
