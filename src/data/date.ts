/**
 * Dates as precise as their source allows ("2019", "2019-01", "2018-11-15"), in the one wording
 * every widget uses: "2019", "January 2019", "15 November 2018". (The calendar rule, a real date
 * and "today": calendar.ts.)
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
