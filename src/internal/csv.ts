/**
 * CSV files people open in a spreadsheet (RFC 4180, CRLF line ends), with the OWASP CSV-injection
 * guard: a cell that a spreadsheet would read as a formula is written as text. The one home for
 * both, used by every widget that downloads a CSV file (the checklist and the board profile), and
 * for `plainText`, which the Word paper uses too.
 */

/**
 * Control characters other than tab and line breaks (a vertical tab or form feed pasted from Word,
 * a stray NUL): shown as nothing by a spreadsheet or a Word file, so they would glue two words
 * together. Each becomes a space.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
export const plainText = (text: string): string => text.replace(CONTROLS, ' ');

/**
 * Text a spreadsheet leaves as it is although it starts with `+` or `-`: a number (`-5`, `+1.5`,
 * `-1,000`, `-12%`), a lone dash, or a telephone number written with spaces and brackets
 * (`+44 20 7946 0000`, `+44 (0)20 7946 0000`). None holds an operator after its first character,
 * a name, a reference or a function, so none can compute anything or reach another cell; `-2+3`,
 * `+44-20-7946` (arithmetic) and `-A1` still get the apostrophe.
 */
const INERT = /^(?:[+-][\d,]*\.?\d+%?|-|\+\d[\d ()]*)$/;

/**
 * True when a spreadsheet could read the text as a formula: after any leading white space (which
 * LibreOffice's "Trim spaces" removes, and line breaks) it starts with `=` or `@`, or with `+` or
 * `-` and is not one of the inert values above; or it starts with a tab or carriage return (OWASP).
 */
export const isFormulaLike = (text: string): boolean => /^[\t\r]|^\s*[=@]/.test(text) || (/^\s*[+-]/.test(text) && !INERT.test(text.replace(/^\s+/, '')));

/**
 * One CSV field. Control characters become spaces; a field a spreadsheet could read as a formula
 * gets a leading apostrophe (shown, never run); a field holding a quote, comma, semicolon (the
 * list separator in many European Excel settings), tab or line break is quoted (RFC 4180), so
 * no separator inside it can start a new cell.
 */
export function csvCell(value: unknown): string {
  let text = plainText(value === null || value === undefined ? '' : String(value));
  if (isFormulaLike(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: CRLF after every record. Add {@link CSV_BOM} in front for Excel. */
export const toCsv = (rows: readonly (readonly unknown[])[]): string => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** The UTF-8 byte order mark: without it Excel reads a CSV as Windows-1252. */
export const CSV_BOM = '\uFEFF';
