/**
 * How every message names a bad value. Its own module: the validators (a lazy chunk) need it, and a
 * widget that only shows words from format.ts should not load it.
 */

/**
 * A bad value as a message names it: `"hello"`, `text of 812 characters`, `null`, `a list`,
 * `an object`, `42`, `missing` (for `undefined`). Never throws, never prints more than 40 characters of text.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length} characters` : `"${value}"`;
  if (typeof value === 'object' || typeof value === 'function') return 'an object';
  return String(value);
}
