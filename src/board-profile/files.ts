/**
 * Files in and out of the board profile: a download made in the browser (nothing is sent
 * anywhere), named by the one rule, and a chosen file read with the one reader (the 2 MB cap before
 * reading, the byte order mark, JSON). Both in `internal/record-files.ts`, fetched on the first
 * click (`import()`), so the widget's own chunk does not carry them. Failures are reported, never thrown.
 */
import { MONTHS } from '../data/date.js';
import { downloadText } from '../internal/download.js';
import type { JsonRead } from '../internal/record-json.js';
import { warnOnce } from '../internal/warn.js';

const kit = () => import('../internal/record-files.js');
const failed = () => warnOnce('board-profile', 'The download could not be made in this browser.');

/** Downloads `text` as `board-profile[-<storage key>]-<local date>.<extension>`. Resolves when started (or refused). */
export function download(host: HTMLElement & { storageKey?: string }, extension: 'json' | 'csv', text: string, type: string): Promise<void> {
  return kit().then(({ recordFileName }) => {
    if (!downloadText(host.shadowRoot ?? document.body, recordFileName('board-profile', host.storageKey, extension), text, `${type};charset=utf-8`)) failed();
  }, failed);
}

/** A chosen file read as JSON, with its name (for messages) and its text (to load it once confirmed). */
export type ChosenFile = JsonRead & { name: string; text?: string };

/** Reads the file chosen in an `<input type="file">`, then clears the input so the same file can be chosen again. */
export function readFile(event: Event, done: (file: ChosenFile) => void): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  void kit()
    .then(({ readJsonFile }) => readJsonFile(file, 'a board profile export'))
    .then((read) => done({ ...read, name: file.name }), () => done({ ok: false, error: 'This part of the board profile could not be loaded. Check your connection and try again.', name: file.name }));
}

/** The name given, or "<Month Year> board". */
export function snapshotLabel(given: string | undefined, now = new Date()): string {
  const text = (given ?? '').trim().slice(0, 120);
  return text || `${MONTHS[now.getMonth()]} ${now.getFullYear()} board`;
}
