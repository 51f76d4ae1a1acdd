/**
 * "Download board paper (Word)": builds the paper from what the checklist shows and starts a
 * download. The checklist imports this module only when someone asks (`import()`), and it loads the
 * Word writer and the `docx` library in turn, so the widget's own chunk does not grow. The file is
 * made in the browser; nothing is sent anywhere.
 */
import { warnOnce } from '../../internal/warn.js';
import { boardPaperFileName, boardPaperInputFrom, type BoardPaperInput, type BoardPaperMeta } from './board-paper.js';
import type { AnswerMap } from '../model/answers.js';
import { downloadBlob } from '../../internal/download.js';
import type { ChecklistGroup } from '../model/progress.js';

/** The .docx file. Loads the Word writer on first use; rejects when it cannot be loaded (offline, blocked). */
export async function boardPaperBlob(input: BoardPaperInput): Promise<Blob> {
  const { buildBoardPaper } = await import('./board-paper-docx.js');
  return buildBoardPaper(input);
}

/** What the paper is made from: the checklist as shown, and where to start the download. */
export interface PaperRequest {
  readonly groups: readonly ChecklistGroup[];
  readonly answerMap: AnswerMap;
  heading?: string;
  organisation?: string;
  storageKey?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** When the answers last changed (ISO), if known. */
  readonly answersUpdatedAt?: string;
  readonly baseline?: BoardPaperMeta['baseline'];
  /** The data set's maps to the board's other frameworks (our mapping). */
  readonly maps?: BoardPaperMeta['maps'];
  /** The cover sheet's text, and the page's changes to its fields. */
  readonly paper?: BoardPaperMeta['paper'];
  readonly paperFields?: unknown;
  /** Members' answers compared in the Compare view, if any. */
  readonly comparison?: BoardPaperMeta['comparison'];
  announce(text: string): void;
}

/** Widgets (by render root) whose paper is being made: a second press waits for the first. */
const busy = new WeakSet<object>();

/** Makes the board paper and downloads it. Never throws: a failure is announced. Resolves when done. */
export async function downloadBoardPaper(host: PaperRequest, today = new Date()): Promise<void> {
  const root = host.renderRoot;
  if (busy.has(root)) return host.announce('The board paper is still being prepared.');
  busy.add(root);
  host.announce('Preparing the board paper…');
  try {
    const input = boardPaperInputFrom(host.groups, host.answerMap, {
      title: host.heading, organisation: host.organisation, date: today, updatedAt: host.answersUpdatedAt, baseline: host.baseline,
      paper: host.paper, paperFields: host.paperFields, comparison: host.comparison, maps: host.maps,
    });
    const name = boardPaperFileName(host.storageKey, today);
    if (!downloadBlob(host.renderRoot, name, await boardPaperBlob(input))) throw new Error('this browser would not start the download');
    host.announce(`Download started: ${name}.`);
  } catch (error) {
    warnOnce('framework-checklist', `The board paper could not be made (${String(error)}).`);
    host.announce('The board paper could not be made. Check your connection and try again, or use Print summary instead.');
  } finally {
    busy.delete(root);
  }
}
