/**
 * Filters in the URL hash, the same for every filtering widget: the one `sync-url` grammar
 * ({@link syncKey}) and the one cap on search text. Each widget's `url-state.ts` turns its state
 * into hash values and back; `hash-state.ts` reads and writes the hash, keeping other widgets'
 * values and plain anchors.
 */
import type { HashValues } from './hash-state.js';

export type { HashValues } from './hash-state.js';

/** The longest search text (any text filter) taken from the URL hash: the search boxes' `maxlength`. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The hash key from a widget's `sync-url` attribute or `syncUrl` property. One grammar for every
 * widget:
 * - attribute absent (`null`, `undefined`, `false`): off;
 * - present with no value, `"true"` (or `true`): on, under the widget's default key
 *   (`gallery`, `explorer`);
 * - `"false"`: off;
 * - any other value is the key, trimmed and lower-cased; it must then be a letter followed by up to
 *   39 letters, digits or hyphens (`[a-z][a-z0-9-]*`), else the default key is used
 *   (`"Leaders"` → `leaders`, `"my_view"` → the default key).
 */
export function syncKey(value: unknown, defaultKey: string): string | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (word === 'false') return undefined;
  return /^[a-z][a-z0-9-]{0,39}$/.test(word) && word !== 'true' ? word : defaultKey;
}

/** The search text from a hash value, at most {@link MAX_QUERY_LENGTH} characters. */
export function hashQuery(value: string | undefined): string {
  return (value ?? '').slice(0, MAX_QUERY_LENGTH);
}

/** A widget's state as URL hash values (its `url-state.ts`). */
export interface HashCodec<S> {
  /** The state from the values under the key; `{}` (an empty hash) must give "no filters". */
  fromHash(values: HashValues): S;
  /** The state as hash values; empty values are left out of the hash. */
  toHash(state: S): HashValues;
}
