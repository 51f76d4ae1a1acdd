/**
 * Loading outside data. Every function resolves to a DatasetState and never rejects: a failing
 * `src` must become a message inside the widget, not an unhandled rejection in the host page.
 */
import type { DatasetState } from './state.js';
import { validateDataset } from './validate.js';

export interface FetchOptions {
  /** Milliseconds before the request is abandoned. */
  timeoutMs?: number;
  /** Aborts the request when the caller no longer needs it (the element was removed or `src` changed). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Validates already-parsed data and wraps the outcome as a state. */
export function stateFromData(input: unknown, origin = 'The data'): DatasetState {
  const result = validateDataset(input);
  return result.ok
    ? { status: 'ready', dataset: result.value }
    : { status: 'error', message: `${origin} is not a valid clinical leadership data set.`, errors: result.errors };
}

function failure(message: string): DatasetState {
  return { status: 'error', message, errors: [] };
}

/** Fetches, parses and validates a data set from a URL. Resolves `null` when aborted by the caller. */
export async function fetchDataset(url: string, { timeoutMs = DEFAULT_TIMEOUT_MS, signal }: FetchOptions = {}): Promise<DatasetState | null> {
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
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return failure(`${where} is not valid JSON${/^\s*</.test(text) ? ' (it looks like a web page)' : ''}.`);
    }
    return stateFromData(parsed, where);
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
