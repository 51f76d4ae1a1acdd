/**
 * Loading outside data. Every function resolves to a DatasetState and never rejects: a failing
 * `src` must become a message inside the widget, not an unhandled rejection in the host page.
 */
import { fetchJson, type FetchOptions } from './fetch-json.js';
import type { DatasetState } from './state.js';
import { validateDataset } from './validate.js';

export { DEFAULT_TIMEOUT_MS, type FetchOptions } from './fetch-json.js';

/** Validates already-parsed data and wraps the outcome as a state. */
export function stateFromData(input: unknown, origin = 'The data'): DatasetState {
  const result = validateDataset(input);
  return result.ok
    ? { status: 'ready', dataset: result.value }
    : { status: 'error', message: `${origin} is not a valid clinical leadership data set.`, errors: result.errors };
}

/** Fetches, parses and validates a data set from a URL. Resolves `null` when aborted by the caller. */
export async function fetchDataset(url: string, options: FetchOptions = {}): Promise<DatasetState | null> {
  const fetched = await fetchJson(url, options);
  return fetched?.status === 'parsed' ? stateFromData(fetched.value, fetched.origin) : fetched;
}
