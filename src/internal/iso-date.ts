/**
 * A real calendar date written `YYYY-MM-DD`: the one check for saved dates (the checklist's due
 * dates and baselines, the board profile's term dates). On its own so that a widget checking dates
 * does not carry the date wording of internal/date.ts, nor the reverse.
 */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
