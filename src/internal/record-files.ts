/**
 * Files in and out of the widgets that keep what a person entered (`<framework-checklist>`,
 * `<board-profile>` and the checklist's Word paper): one reader, one CSV writer, one file-name
 * rule, so the two widgets cannot drift apart. Pure apart from `File.text()`; never throws.
 *
 * - Reading: the 2 MB cap is checked on the file's size before a byte is read; a UTF-8 byte order
 *   mark (Excel, Notepad) is dropped; the text is parsed as JSON, and every failure is a sentence
 *   that names the problem (the caller names the file).
 * - CSV: RFC 4180, with spreadsheet formulas neutralised (see {@link csvCell}).
 * - File names: `<base>[-<storage key>]-<YYYY-MM-DD>.<ext>`, the reader's own calendar day.
 */
import { isoDay } from './date.js';

/** Files larger than this are refused before they are read (both widgets' exports are far smaller). */
export const MAX_FILE_BYTES = 2_000_000;

/** A file's text parsed as JSON, or why it could not be. */
export type JsonRead = { ok: true; data: unknown } | { ok: false; error: string };

/**
 * Parses a file's text as JSON: the byte order mark dropped, the size cap applied to text handed
 * in directly (a public `importJson`). `what` completes "The file is not …" ("a checklist export").
 */
export function parseJsonText(text: unknown, what: string): JsonRead {
  if (typeof text !== 'string') return { ok: false, error: 'The file could not be read as text.' };
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: `The file is too large to be ${what} (the limit is 2 MB).` };
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return {
      ok: false,
      error: /^\uFEFF?\s*[^{[\s]/.test(text)
        ? `The file is not a JSON file (a CSV download cannot be loaded back; use the JSON download).`
        : 'The file is not valid JSON; it may be incomplete or damaged.',
    };
  }
}

/** Reads a chosen file as text: the size is checked first, so a huge file is never read. */
export async function readTextFile(file: Blob, what: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: `The file is too large to be ${what} (the limit is 2 MB).` };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: 'The file could not be read.' };
  }
}

/** Reads a chosen file and parses it as JSON (see {@link readTextFile} and {@link parseJsonText}). */
export async function readJsonFile(file: Blob, what: string): Promise<JsonRead & { text?: string }> {
  const read = await readTextFile(file, what);
  return read.ok ? { ...parseJsonText(read.text, what), text: read.text } : read;
}

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
const INERT = /^(?:[+-](?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)%?|-|\+\d[\d ]*(?:\(\d+\)[\d ]*)*)$/;

/**
 * True when a spreadsheet could read the text as a formula: after any leading white space (which
 * LibreOffice's "Trim spaces" removes, and line breaks) it starts with `=` or `@`, or with `+` or
 * `-` and is not one of the inert values above; or it starts with a tab or carriage return (OWASP).
 */
export function isFormulaLike(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  const start = text.replace(/^\s+/, '');
  return /^[=@]/.test(start) || (/^[+-]/.test(start) && !INERT.test(start));
}

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

/**
 * The one file-name rule: `framework-checklist-board-2026-27-2026-08-03.csv`. The storage key
 * becomes a slug (letters and digits, at most 60), and the date is the reader's own calendar day
 * (`isoDay`, local time), as the Word paper prints it, never the UTC day.
 */
export function recordFileName(base: string, storageKey: string | undefined, extension: string, date = new Date()): string {
  const slug = (storageKey ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${base}${slug ? `-${slug}` : ''}-${isoDay(date)}.${extension}`;
}
