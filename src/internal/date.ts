/**
 * Dates as precise as their source allows ("2019", "2019-01", "2018-11-15"), in the one wording
 * every widget uses: "2019", "January 2019", "15 November 2018".
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

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** What is typed in an NHS.UK date input's three fields. */
export interface DateDraft {
  day: string;
  month: string;
  year: string;
  /** The person has left the fields: an error may be shown. */
  checked?: boolean;
}

/** A saved `YYYY-MM-DD` back into the three fields (no leading zeros, as typed). */
export const draftOf = (iso: string | undefined): DateDraft => {
  const [year = '', month = '', day = ''] = iso ? iso.split('-') : [];
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
};

/** The three fields as `YYYY-MM-DD` (check with `dateError` first). */
export const toIso = ({ day, month, year }: DateDraft): string => `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;

/**
 * The GOV.UK / NHS.UK date input's messages: missing parts first, then a date that does not exist;
 * nothing for empty fields. `label` names the date ("Due date", "Term end date").
 */
export function dateError({ day, month, year }: DateDraft, label = 'Due date'): string | undefined {
  const parts = { day: day.trim(), month: month.trim(), year: year.trim() };
  if (!parts.day && !parts.month && !parts.year) return undefined;
  const missing = (Object.keys(parts) as (keyof typeof parts)[]).filter((k) => !parts[k]);
  if (missing.length) return `${label} must include a ${missing.join(' and a ')}`;
  if (!/^\d{4}$/.test(parts.year)) return 'Year must include 4 numbers';
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month)) return `${label} must be a real date`;
  return isIsoDate(toIso(parts)) ? undefined : `${label} must be a real date`;
}
