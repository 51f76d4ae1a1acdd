/**
 * CSV files people open in a spreadsheet (RFC 4180, CRLF line ends), with the OWASP CSV-injection
 * guard: a cell that a spreadsheet would read as a formula is written as text. The one home for
 * both, used by every widget that downloads a CSV file.
 */

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-neutralised, then quoted when RFC 4180 requires it. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
