/**
 * Files in and out of the board profile: a download made in the browser (nothing is sent
 * anywhere) and a chosen file read as text. Failures are reported to the console, never thrown.
 */
import { MONTHS } from '../data/date.js';
import { downloadText } from '../internal/download.js';
import { warnOnce } from '../internal/warn.js';

const MAX_BYTES = 2_000_000;

export function download(host: HTMLElement, filename: string, text: string, type: string): void {
  if (!downloadText(host.shadowRoot ?? document.body, filename, text, `${type};charset=utf-8`)) {
    warnOnce('board-profile', 'The download could not be made in this browser.');
  }
}

/** Reads the file chosen in an `<input type="file">`, then clears the input so the same file can be chosen again. */
export function readFile(event: Event, done: (text: string) => void): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (file.size > MAX_BYTES) {
    done('not json: too large');
    return;
  }
  file.text().then(done, () => done(''));
}

/** The name given, or "<Month Year> board". */
export function snapshotLabel(given: string | undefined, now = new Date()): string {
  const text = (given ?? '').trim().slice(0, 120);
  return text || `${MONTHS[now.getMonth()]} ${now.getFullYear()} board`;
}
