/** Words the explorer shows for coded values, and small text helpers. */
import type { BarrierLevel, EnablerActor } from '../data/schema.js';

export const LEVELS: readonly BarrierLevel[] = ['individual', 'organisational', 'system'];

export const LEVEL_LABELS: Record<BarrierLevel, string> = {
  individual: 'Individual',
  organisational: 'Organisational',
  system: 'System',
};

export const ACTOR_LABELS: Record<EnablerActor, string> = {
  individual: 'Individual',
  organisation: 'Organisation',
  national: 'National',
};

export { formatPartialDate } from '../internal/date.js';

const number = (n: number) => n.toLocaleString('en-GB');
const noun = (n: number) => (n === 1 ? 'barrier' : 'barriers');

/**
 * "Showing 4 of 15 barriers", with the wording right for one, all and none; when only the first
 * `shown` of the matches are on the page, "Showing 24 of 1,000 barriers" or "Showing 24 of 312
 * matching barriers (1,000 in all)".
 */
export function countText(count: number, total: number, filtered: boolean, shown = count): string {
  if (total === 0) return 'There are no barriers to show';
  if (shown < count) {
    return filtered
      ? `Showing ${number(shown)} of ${number(count)} matching ${noun(count)} (${number(total)} in all)`
      : `Showing ${number(shown)} of ${number(total)} ${noun(total)}`;
  }
  if (!filtered && count === total) return total === 1 ? 'Showing 1 barrier' : `Showing all ${number(total)} barriers`;
  return `Showing ${number(count)} of ${number(total)} ${noun(total)}`;
}

/** "Show 24 more barriers". */
export function showMoreText(n: number): string {
  return `Show ${number(n)} more ${noun(n)}`;
}

// One rule for link templates in every widget (internal/url.ts): `{id}` is required.
export { hrefFromTemplate as templateHref } from '../internal/link-template.js';
