/**
 * `ChecklistHost`: the one interface the checklist's parts read. `<framework-checklist>` implements
 * it; the answers controller (`store/`), the toolbar's lazily loaded buttons (`toolbar/`), the action
 * fields (`answer/`) and every lazily loaded view (`views/`) take it (or plain inputs and
 * callbacks), never the element class or its private fields, so no part imports the element and the
 * element's chunk stays the only place that knows them all. Types only: nothing here runs.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CorruptRecord } from '../internal/local-storage.js';
import type { StorageAdapter } from '../internal/storage.js';
import type { FrameworkMap } from '../data/schema.js';
import type { ChecklistAction, ChecklistAnswer, ChecklistBaseline, ChecklistEvidence, DateDraft } from './model/answers.js';
import type { ChecklistGroup, ChecklistProgress } from './model/progress.js';

/** Why the answers changed: `cl-change`'s `detail.reason`. */
export type ChangeReason = 'status' | 'note' | 'action' | 'evidence' | 'baseline' | 'paper' | 'clear' | 'undo' | 'import' | 'storage';

export interface ChecklistHost extends ReactiveControllerHost, HTMLElement {
  storageKey?: string;
  heading?: string;
  organisation?: string;
  /** A trust's changes to the board paper's cover sheet (`paper-fields`: JSON text, or a list). */
  paperFields?: unknown;
  adapter?: StorageAdapter;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The prompts as shown, grouped under their elements. */
  readonly groups: ChecklistGroup[];
  /** The heading level for sections in a view. */
  readonly sectionLevel: number;
  /** Every saved answer, by prompt id (including prompts no longer shown). */
  readonly answers: Record<string, ChecklistAnswer>;
  readonly progress: ChecklistProgress;
  readonly baseline?: ChecklistBaseline;
  /** The board paper's cover sheet as filled in (Paper details), by field id. */
  readonly paperDetails: Record<string, string>;
  /** What was typed into due-date fields that is not (yet) a real date, by prompt id. */
  readonly dateDrafts: Map<string, DateDraft>;
  /** The answer to one prompt (not started, no note, when there is none). */
  answerFor(id: string): ChecklistAnswer;
  promptText(id: string): string | undefined;
  /** Saves one prompt's action (an empty action is removed) and tells the page. */
  setAction(id: string, action: ChecklistAction): void;
  /** Saves one prompt's evidence (links and a note; empty evidence is removed) and tells the page. */
  setEvidence(id: string, evidence: ChecklistEvidence): void;
  /** The data set's maps to the board's other frameworks (CQC's well-led statements, the LCF's domains); our mapping. */
  readonly frameworkMaps: readonly FrameworkMap[];
  /** Sets one cover-sheet field (empty text removes it) and saves. */
  setPaperDetail(id: string, text: string): void;
  /** Keeps today's statuses as the latest snapshot (earlier ones kept), or with `false` removes the latest. */
  saveBaseline(take?: boolean, today?: Date): void;
  /** Replaces the answers with an export's (saved like any other change; the baseline is kept unless the file has one). */
  importJson(text: string): { ok: true; changed: number } | { ok: false; errors: string[] };
  /**
   * The saved record that could not be used (damaged, or saved by a newer version): why, where a
   * copy was kept (`asideKey`, none when it was left in place) and, when the store keeps it, its text.
   * Compare's "Use this answer" will not write over a newer version's record or one left in place.
   */
  readonly setAside?: CorruptRecord & { raw?: string };
  exportJson(): string;
  exportCsv(): string;
  /** Called by the answers controller after any change to the answers: fires `cl-change`. */
  notifyChange(promptId: string | null, reason: ChangeReason): void;
  /** Says something in the widget's polite live region. */
  announce(text: string): void;
  /** Moves focus to the element matching `selector` after the next render (or the one that shows it). */
  focusIn(selector: string): void;
  /** Shows the Answer view with focus on one prompt's status or action. */
  showPrompt(id: string, field?: 'status' | 'action'): void;
  openFilePicker(): void;
  /** Resolves when the print summary is on the page. */
  printReady(): Promise<void>;
  /** A lazily loaded part, once (`undefined` when it could not be loaded). */
  loadChunk<T>(id: string, load: () => Promise<T>): Promise<T | undefined>;
}
