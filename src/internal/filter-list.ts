/**
 * Filter lists from attributes and properties (`disciplines="ahp, nurse"`, `levels="system"`), the
 * same for every filtering widget: split on commas, trimmed, no blanks, no repeats, no item longer
 * than 80 characters. A widget may then keep only the values it knows.
 */
export const MAX_ITEM_LENGTH = 80;

/** A list from an attribute, a property or the URL hash. Anything that is not a string or a list is empty. */
export function cleanList(value: unknown): string[] {
  const items: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const words = items.map((item) => (typeof item === 'string' ? item.trim() : ''));
  return [...new Set(words.filter((s) => s && s.length <= MAX_ITEM_LENGTH))];
}

/** The attribute converter for a comma-separated list property (not reflected, so no `toAttribute`). */
export const listConverter = {
  fromAttribute: (value: string | null): string[] => cleanList(value),
};
