/**
 * The markup around the answers as a whole: saving notices, the download / load / print / clear
 * buttons, and the panel under them (a confirmation, an import error, Undo, a result). Pure
 * templates; the behaviour lives in `store/answers-controller.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StorageProblem } from '../store/record.js';
import { formatWhen } from '../answer/prompt.js';

export const PROBLEMS: Readonly<Record<StorageProblem, string>> = {
  blocked: 'This browser is blocking storage for this page',
  full: "This browser's storage for this site is full",
  absent: 'This browser offers no storage to this page',
  failed: 'The browser refused to save them',
  conflict: 'Others kept saving at the same moment',
};

export const SMALL = 'cl-button cl-button--secondary cl-button--small';

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export interface SavingState {
  key?: string;
  loaded: boolean;
  /** The adapter's label, when the host keeps answers elsewhere. */
  where?: string;
  /** An adapter is still reading the saved answers. */
  pending?: boolean;
  problem?: StorageProblem;
  locked: boolean;
  /** When a save last settled. */
  savedAt?: string;
  /** A save has not settled yet; `slow`: not for a while. */
  saving?: boolean;
  slow?: boolean;
  /** Saved answers for prompts not shown. */
  unknown: number;
}

function savingNotice(s: SavingState): TemplateResult {
  if (!s.key) {
    return html`<div class="cl-message notice" part="notice">
      <p>This checklist is not saved: your answers stay only while this page is open. To keep them, download your answers or print a summary.</p>
    </div>`;
  }
  if (s.pending) return html`<p class="save-state cl-secondary" part="notice">Loading your saved answers…</p>`;
  if (!s.loaded || s.problem) {
    return html`<div class="cl-message notice notice--warning" part="notice">
      <p><strong>Your answers ${s.where ? 'have not been saved' : 'will not be saved in this browser'}</strong></p>
      <p>${PROBLEMS[s.problem ?? 'failed']}. You can carry on: your answers stay while this page is open. To keep them, download your
        answers or print a summary before you leave; a JSON download can be loaded back later.</p>
    </div>`;
  }
  const where = s.where ?? 'in this browser on this device';
  const when = formatWhen(s.savedAt);
  // "Saved" only once a save settled; one that has not after a while says so (issue 24).
  return html`<p class="save-state cl-secondary" part="notice">${s.locked ? 'Changes are not being saved (see below).'
    : s.slow ? `Still saving… Your latest changes are not saved ${where} yet; they stay on this page.`
    : s.saving ? 'Saving…'
    : `Your answers ${when ? `are saved ${where}. Last saved at ${when}` : `will be saved ${where} as you go`}.`}</p>`;
}

/** `corrupt`: the damaged-data notice, from the lazily loaded records module (fetched when data is damaged). */
export function renderNotices(s: SavingState, corrupt: TemplateResult | typeof nothing): TemplateResult {
  return html`${savingNotice(s)} ${corrupt}
    ${s.unknown
      ? html`<p class="cl-secondary unknown" part="notice">
          ${plural(s.unknown, 'saved answer is', 'saved answers are')} for prompts no longer in this checklist.
          ${s.unknown === 1 ? 'It is' : 'They are'} kept, and included in downloads.
        </p>`
      : nothing}`;
}

export interface ToolbarHandlers {
  /** `docx`: the board paper (Word). */
  download(kind: 'json' | 'csv' | 'docx'): void;
  load(): void;
  print(): void;
  clear(): void;
}

export function renderToolbar(hasAnswers: boolean, on: ToolbarHandlers): TemplateResult {
  return html`<div class="actions" part="actions" role="group" aria-label="Download, load, print or clear your answers">
    <button type="button" class=${SMALL} data-command="json" @click=${() => on.download('json')}>Download answers (JSON)</button>
    <button type="button" class=${SMALL} data-command="csv" @click=${() => on.download('csv')}>Download spreadsheet (CSV)</button>
    <button type="button" class=${SMALL} data-command="load" @click=${on.load}>Load answers from a file</button>
    <button type="button" class=${SMALL} data-command="print" @click=${on.print}>Print summary</button>
    <button type="button" class=${SMALL} data-command="paper" @click=${() => on.download('docx')}>Download board paper (Word)</button>
    ${hasAnswers ? html`<button type="button" class="${SMALL} cl-button--danger" data-command="clear" @click=${on.clear}>Clear all answers</button>` : nothing}
  </div>`;
}

