/**
 * Files out of the board profile: a download made in the browser (nothing is sent anywhere),
 * failures reported to the console, never thrown. (A chosen file is read, and a download named, in
 * the lazily loaded files-view.ts with the one file kit, internal/record-files.ts.)
 */
import { MONTHS } from '../data/date.js';
import { downloadText } from '../internal/download.js';
import { warnOnce } from '../internal/warn.js';
import type { BoardRecord, Snapshot } from './storage.js';

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

/** The same snapshot: same time, name and seats (its id may differ: ids are only unique within one record). */
const sameSnapshot = (a: Snapshot, b: Snapshot): boolean =>
  a.savedAt === b.savedAt && a.label === b.label && JSON.stringify(a.seats) === JSON.stringify(b.seats);

/** The file's snapshots not already kept here, each with an id not used here (two records may both have "snapshot-1"). */
export const newSnapshots = (kept: readonly Snapshot[], file: readonly Snapshot[]): Snapshot[] => {
  const ids = new Set(kept.map((s) => s.id));
  return file.filter((f) => !kept.some((k) => sameSnapshot(k, f))).map((f) => {
    let id = f.id;
    for (let n = kept.length + 1; ids.has(id); n++) id = `snapshot-${n}`;
    ids.add(id);
    return { ...f, id };
  });
};

/** What a file does besides the seats, in words: snapshots added (none deleted) and the foundation-trust switch. */
export function importNote(now: BoardRecord, file: BoardRecord): string {
  const added = newSnapshots(now.snapshots, file.snapshots).length;
  const ft = file.foundationTrust === now.foundationTrust
    ? `The foundation-trust switch stays ${now.foundationTrust ? 'on' : 'off'}.`
    : `The foundation-trust switch will be turned ${file.foundationTrust ? 'on' : 'off'}.`;
  const kept = now.snapshots.length;
  const adding = added ? `${added} snapshot${added === 1 ? '' : 's'} from the file will be added` : 'No snapshots will be added';
  const lead = (file.ahpLead ?? '') === (now.ahpLead ?? '') ? '' : ' The answer about a senior AHP lead will be the file’s.';
  return `${adding}; your ${kept} saved snapshot${kept === 1 ? ' is' : 's are'} kept. ${ft}${lead}`;
}
