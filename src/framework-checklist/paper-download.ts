/**
 * "Download board paper (Word)": builds the paper from what the checklist shows and starts a
 * download. `board-paper.js` (and through it the Word writer and the `docx` library) is imported
 * only when someone asks, so the widget's own chunk carries only these few lines. The file is made
 * in the browser; nothing is sent anywhere.
 */
import { warnOnce } from '../internal/warn.js';
import type { AnswerMap } from './model.js';
import type { ChecklistGroup } from './progress.js';

export interface PaperHost {
  readonly groups: readonly ChecklistGroup[];
  readonly answerMap: AnswerMap;
  heading?: string;
  organisation?: string;
  storageKey?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** When the answers last changed (ISO), if known. */
  readonly answersUpdatedAt?: string;
  announce(text: string): void;
}

const busy = new WeakSet<PaperHost>();

/** Starts a download of `blob` as `name` from inside `root` (a hidden link, clicked and removed). */
export function saveBlob(root: HTMLElement | DocumentFragment, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Makes the board paper and downloads it. Never throws: a failure is announced. Resolves when done. */
export async function downloadBoardPaper(host: PaperHost, today = new Date()): Promise<void> {
  if (busy.has(host)) return host.announce('The board paper is still being prepared.');
  busy.add(host);
  host.announce('Preparing the board paper…');
  try {
    const { boardPaperBlob, boardPaperFileName, boardPaperInputFrom } = await import('./board-paper.js');
    const input = boardPaperInputFrom(host.groups, host.answerMap, {
      title: host.heading, organisation: host.organisation, date: today, updatedAt: host.answersUpdatedAt,
    });
    const name = boardPaperFileName(host.storageKey, today);
    saveBlob(host.renderRoot, await boardPaperBlob(input), name);
    host.announce(`Download started: ${name}.`);
  } catch (error) {
    warnOnce('framework-checklist', `The board paper could not be made (${String(error)}).`);
    host.announce('The board paper could not be made. Check your connection and try again, or use Print summary instead.');
  } finally {
    busy.delete(host);
  }
}
