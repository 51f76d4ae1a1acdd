/**
 * Filters in the URL hash, the same for every filtering widget: the one `sync-url` grammar
 * ({@link syncKey}), the one cap on search text, and reading and writing the hash. Each widget's
 * `url-state.ts` turns its state into hash values and back.
 *
 * Several widgets can share one page: each owns the hash parameters under its own key
 * (`#gallery.discipline=ahp,nurse&gallery.q=director`). Parameters a widget does not own, and a
 * hash that is an ordinary anchor (`#section-2`), are left alone. `history.replaceState` is used so
 * typing in a search box does not flood the back button.
 */

/** A widget's values in the hash, without its key: `{ discipline: 'ahp,nurse', q: 'director' }`. */
export type HashValues = Record<string, string>;

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

/** The hash as parameters; an ordinary anchor (`#section-2`) has none. */
const params = () => new URLSearchParams(location.hash.includes('=') ? location.hash.slice(1) : '');

/** The values stored under `key`, without the prefix (each at most 1,000 characters). */
export function readHashState(key: string): HashValues {
  const out: HashValues = {};
  try {
    for (const [name, value] of params()) if (name.startsWith(`${key}.`)) out[name.slice(key.length + 1)] = value.slice(0, 1000);
  } catch {
    /* an unreadable hash is an empty state */
  }
  return out;
}

/** Replaces the values under `key`; empty values are left out. */
export function writeHashState(key: string, values: HashValues): void {
  try {
    const p = params();
    for (const name of [...p.keys()]) if (name.startsWith(`${key}.`)) p.delete(name);
    for (const [name, value] of Object.entries(values)) if (value) p.set(`${key}.${name}`, value);
    const text = p.toString();
    // Nothing left: a hash of values becomes no hash; an ordinary anchor stays.
    const hash = text ? `#${text}` : location.hash.includes('=') ? '' : location.hash;
    if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  } catch {
    /* a sandboxed frame may refuse history access: filtering still works, only the link does not */
  }
}
