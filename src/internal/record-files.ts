/**
 * Files in and out of the widgets that keep what a person entered (`<framework-checklist>`,
 * `<board-profile>` and the checklist's Word paper): one reader and one file-name rule (with the
 * one CSV writer in `csv.ts`), so the two widgets cannot drift apart. Pure apart from `File.text()`; never throws.
 *
 * - Reading: the 2 MB cap is checked on the file's size before a byte is read; then the text is
 *   read by record-json.ts (the byte order mark dropped, JSON parsed, every failure a sentence that
 *   names the problem; the caller names the file). That part is its own small module because a
 *   widget's public `importJson` needs it at once; this one is loaded with the file buttons.
 * - CSV: the writer is `csv.ts` (RFC 4180, the formula guard); this module only names the file.
 * - File names: `<base>[-<storage key>]-<YYYY-MM-DD>.<ext>`, the reader's own calendar day.
 */
import { isoDay } from './iso-date.js';

import { MAX_FILE_BYTES, parseJsonText, type JsonRead } from './record-json.js';

/** Our records nest a few levels (record → answers → answer → action); a file nesting deeper is refused unparsed. */
export const MAX_DEPTH = 32;

/**
 * True when the arrays and objects in JSON `text` nest deeper than `limit`: a linear scan (strings
 * skipped), milliseconds for 2 MB, stopping at the first level too deep.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/**
 * Reads a chosen file as text: the size is checked first, so a huge file is never read; a file
 * nesting deeper than our records ever do is refused before anyone calls `JSON.parse` on it (which
 * cannot be interrupted, and takes a second or more on 900,000 nested brackets).
 */
export async function readTextFile(file: Blob, what: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: `The file is too large to be ${what} (the limit is 2 MB).` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'The file could not be read.' };
  }
  return nestsDeeperThan(text, MAX_DEPTH) ? { ok: false, error: `The file is nested too deeply to be ${what}.` } : { ok: true, text };
}

/** Reads a chosen file and parses it as JSON (see {@link readTextFile} and {@link parseJsonText}). */
export async function readJsonFile(file: Blob, what: string): Promise<JsonRead & { text?: string }> {
  const read = await readTextFile(file, what);
  return read.ok ? { ...parseJsonText(read.text, what), text: read.text } : read;
}

/**
 * The one file-name rule: `framework-checklist-board-2026-27-2026-08-03.csv`. The storage key
 * becomes a slug (letters and digits, at most 60), and the date is the reader's own calendar day
 * (`isoDay`, local time), as the Word paper prints it, never the UTC day.
 */
export function recordFileName(base: string, storageKey: string | undefined, extension: string, date = new Date()): string {
  const slug = (storageKey ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${base}${slug ? `-${slug}` : ''}-${isoDay(date)}.${extension}`;
}
