/**
 * Files in and out of the board profile: a download made in the browser (nothing is sent
 * anywhere) and a chosen file read with the one reader in `internal/record-files.ts` (the 2 MB
 * cap before reading, the byte order mark, JSON). Failures are reported, never thrown.
 */
import { MONTHS } from '../data/date.js';
import { downloadText } from '../internal/download.js';
import { readJsonFile, type JsonRead } from '../internal/record-files.js';
import { warnOnce } from '../internal/warn.js';

export function download(host: HTMLElement, filename: string, text: string, type: string): void {
  if (!downloadText(host.shadowRoot ?? document.body, filename, text, `${type};charset=utf-8`)) {
    warnOnce('board-profile', 'The download could not be made in this browser.');
  }
}

/** A chosen file read as JSON, with its name (for messages) and its text (to load it once confirmed). */
export type ChosenFile = JsonRead & { name: string; text?: string };

/** Reads the file chosen in an `<input type="file">`, then clears the input so the same file can be chosen again. */
export function readFile(event: Event, done: (file: ChosenFile) => void): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  void readJsonFile(file, 'a board profile export').then((read) => done({ ...read, name: file.name }));
}

/** The name given, or "<Month Year> board". */
export function snapshotLabel(given: string | undefined, now = new Date()): string {
  const text = (given ?? '').trim().slice(0, 120);
  return text || `${MONTHS[now.getMonth()]} ${now.getFullYear()} board`;
}
