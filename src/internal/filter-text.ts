/**
 * The words of every filtering widget's result count and "Show more" button, so the gallery and
 * the explorer say the same thing in the same way (no full stop: the count is a status line).
 */
export interface Noun {
  one: string;
  many: string;
}

/**
 * "1,000": whole numbers grouped by hand. `toLocaleString` gives the same, but its first call loads
 * the locale's data, 10 ms or more of a page's load blocked for a count of a few case studies.
 */
const number = (n: number) => (Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-GB'));
const word = (noun: Noun, n: number) => (n === 1 ? noun.one : noun.many);

/**
 * The result count for `count` matches of `total` records, `shown` of them on the page:
 * "Showing all 5 case studies", "Showing 1 barrier", "Showing 3 of 5 case studies", "Showing 0 of 5
 * barriers", "There are no barriers to show"; while paging, "Showing 24 of 1,000 case studies" or
 * "Showing 24 of 312 matching barriers (1,000 in all)". "All" is said only when nothing is filtered
 * and every record matches.
 */
export function countText(noun: Noun, count: number, total: number, filtered: boolean, shown = count): string {
  if (total === 0) return `There are no ${noun.many} to show`;
  if (!filtered && count === total && shown >= count) return total === 1 ? `Showing 1 ${noun.one}` : `Showing all ${number(total)} ${noun.many}`;
  return filtered && shown < count
    ? `Showing ${number(shown)} of ${number(count)} matching ${word(noun, count)} (${number(total)} in all)`
    : `Showing ${number(Math.min(shown, count))} of ${number(total)} ${word(noun, total)}`;
}

/** "Show 24 more case studies". */
export function showMoreText(noun: Noun, n: number): string {
  return `Show ${number(n)} more ${word(noun, n)}`;
}
