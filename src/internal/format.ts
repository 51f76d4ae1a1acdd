/**
 * Small words shared by every widget: the AHP discipline id, readable text for an id that did not
 * resolve, and how a bad value is named in a message. (Dates: date.ts; links: url.ts; citations:
 * citation.ts.)
 */

/** The discipline id of allied health professionals in the data model. */
export const AHP = 'ahp';

/** "clinical-psychologist" → "Clinical psychologist": a readable stand-in for an id that did not resolve. */
export function humanise(id: string): string {
  const text = id.replace(/[-_]+/g, ' ').trim();
  return text ? text[0].toLocaleUpperCase('en-GB') + text.slice(1) : id;
}

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
