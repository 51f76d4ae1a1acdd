/**
 * Files out of the board profile: a download made in the browser (nothing is sent anywhere),
 * failures reported to the console, never thrown. (A chosen file is read, and a download named, in
 * the lazily loaded files-view.ts with the one file kit, internal/record-files.ts.)
 */
import { MONTHS } from '../data/date.js';
import { downloadText } from '../internal/download.js';
import { warnOnce } from '../internal/warn.js';

export function download(host: HTMLElement, filename: string, text: string, type: string): void {
  if (!downloadText(host.shadowRoot ?? document.body, filename, text, `${type};charset=utf-8`)) {
    warnOnce('board-profile', 'The download could not be made in this browser.');
  }
}

/** The name given, or "<Month Year> board". */
export function snapshotLabel(given: string | undefined, now = new Date()): string {
  const text = (given ?? '').trim().slice(0, 120);
  return text || `${MONTHS[now.getMonth()]} ${now.getFullYear()} board`;
}
