/**
 * Dates as precise as their source allows ("2019", "2019-01", "2018-11-15"), in the one wording
 * every widget uses: "2019", "January 2019", "15 November 2018"; and the one calendar rule: a real
 * date (`isIsoDate`), a real ISO time (`isIsoTimestamp`), the reader's own day (`isoDay`).
 */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2019" → "2019", "2019-01" → "January 2019", "2018-11-15" → "15 November 2018"; other text as given, nothing for nothing. */
export function formatPartialDate(value: string | undefined | null): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "in 2019", "in January 2019", "on 15 November 2018". */
export function datePhrase(value: string): string {
  const text = formatPartialDate(value);
  return `${/^\d{1,2} /.test(text) ? 'on' : 'in'} ${text}`;
}

/** A real calendar date written `YYYY-MM-DD` (`2026-02-31` is not one). */
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
export function isIsoTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/.exec(value);
  return !!m && isIsoDate(m[1]) && !Number.isNaN(Date.parse(value));
}

/** A day as `YYYY-MM-DD` in the reader's own time zone (the day on their calendar, not in UTC). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
