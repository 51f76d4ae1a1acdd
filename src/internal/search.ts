/**
 * Forgiving text search for filters (MOJ guidance): case-insensitive, accents and punctuation
 * ignored, "&" read as "and", and every word of the query must appear somewhere in the fields.
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();
}

/** The words of a query, ready for `matchesQuery`. Empty when the query is blank. */
export function queryWords(query: string): string[] {
  return normaliseText(query).split(' ').filter(Boolean);
}

/** True when every query word occurs in the (already normalised) haystack. */
export function matchesQuery(haystack: string, words: readonly string[]): boolean {
  return words.every((w) => haystack.includes(w));
}
