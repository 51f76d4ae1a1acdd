/**
 * A saved record's or an exported file's JSON text, read the one way both widgets read it: the 2 MB
 * cap, a UTF-8 byte order mark (Excel, Notepad) dropped, JSON parsed, and every failure a sentence
 * naming the problem. Small and loaded with the widget (its public `importJson` is synchronous);
 * reading a chosen file and naming a download are record-files.ts's, loaded on the first click.
 */

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
