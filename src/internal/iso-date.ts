/**
 * The one calendar rule. A real calendar date written `YYYY-MM-DD`: the one check for saved dates
 * (the checklist's due dates and baselines, the board profile's term dates); a real ISO time ("last
 * changed", `isIsoTimestamp`); and "today" as the reader's own day (`isoDay`: the baseline, the plan,
 * the paper, every download's file name). On its own so that a widget checking dates does not carry
 * the date wording of data/date.ts, nor the reverse.
 */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * A moment written in ISO 8601 as `Date.toISOString()` and other stores write it: a real calendar
 * date, then optionally `THH:MM[:SS[.fraction]]` with `Z` or an offset (`2026-08-03T10:00:00.000Z`,
 * `2026-08-03T11:00+01:00`, `2026-08-03`). `Date.parse` alone would take `"0"` (the year 2000) and
 * roll `2026-02-31` on to 3 March.
 */
export const isIsoTimestamp = (value: unknown): value is string =>
  // The form here, the calendar by isIsoDate, the clock's ranges by Date.parse.
  typeof value === 'string' && /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));

/** A day as `YYYY-MM-DD` in the reader's own time zone (the day on their calendar, not in UTC). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
