/**
 * The NHS.UK date input's rule, in one place for every form that asks for a date (the checklist's
 * action due date, the board profile's term dates): the three fields as typed, back to `YYYY-MM-DD`,
 * and the GOV.UK messages. Its own module so that only the lazily loaded forms carry it.
 */
import { isIsoDate } from './iso-date.js';

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
