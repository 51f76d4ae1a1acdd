/**
 * The markup around the answers as a whole: saving notices, the download / load / print / clear
 * buttons, and the panel under them (a confirmation, an import error, Undo, a result). Pure
 * templates; the behaviour lives in `actions.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { answerOf, STATUS_LABELS, type AnswerMap, type ChecklistBaseline } from './model.js';
import type { CorruptRecord, StorageProblem } from './storage.js';
import { formatWhen } from './templates.js';

export type Panel =
  | { kind: 'confirm-clear' }
  | { kind: 'confirm-import'; fileName: string; answers: AnswerMap; updatedAt?: string; baseline?: ChecklistBaseline; changed: string[] }
  | { kind: 'import-error'; fileName: string; errors: string[] }
  | { kind: 'cleared' }
  | { kind: 'result'; message: string };

export const PROBLEMS: Readonly<Record<StorageProblem, string>> = {
  blocked: 'This browser is blocking storage for this page',
  full: "This browser's storage for this site is full",
  absent: 'This browser offers no storage to this page',
  failed: 'The browser refused to save them',
};

const MAX_LISTED_CHANGES = 10;
const SMALL = 'cl-button cl-button--secondary cl-button--small';

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
  savedAt?: string;
  corrupt?: CorruptRecord;
  /** Saved answers for prompts not shown. */
  unknown: number;
}

function savingNotice(s: SavingState): TemplateResult {
  if (!s.key) {
    return html`<div class="cl-message notice" part="notice">
      <p>This checklist is not saved: your answers stay only while this page is open. To keep them, download your answers or print a summary.</p>
    </div>`;
  }
  if (s.pending) return html`<p class="save-state cl-secondary" part="notice">Loading your saved answers… Anything you enter now is kept.</p>`;
  if (!s.loaded || s.problem) {
    return html`<div class="cl-message notice notice--warning" part="notice">
      <p><strong>Your answers ${s.where ? 'have not been saved' : 'will not be saved in this browser'}</strong></p>
      <p>${PROBLEMS[s.problem ?? 'failed']}. You can carry on: your answers stay while this page is open. To keep them, download your
        answers or print a summary before you leave; a JSON download can be loaded back later.</p>
    </div>`;
  }
  const when = formatWhen(s.savedAt);
  return html`<p class="save-state cl-secondary" part="notice">
    ${s.locked ? 'Changes are not being saved (see below).' : `Your answers are saved ${s.where ?? 'in this browser on this device'}${when ? `. Last saved at ${when}` : ' as you go'}.`}
  </p>`;
}

function corruptNotice(c: CorruptRecord, dismiss: () => void): TemplateResult {
  return html`<div class="cl-message cl-message--error notice" part="notice">
    <p><strong>Saved answers could not all be read</strong></p>
    <p>The answers saved in this browser for this checklist could not be read: ${c.reason}.
      ${c.asideKey
        ? html`Nothing has been deleted: a copy was kept in this browser's storage under <code>${c.asideKey}</code>.`
        : 'They have been left as they are, and changes will not be saved until you clear all answers or load answers from a file.'}
      ${c.recovered ? `${plural(c.recovered, 'answer')} could still be read and ${c.recovered === 1 ? 'is' : 'are'} shown below.` : 'No answers could be read from them.'}</p>
    ${c.asideKey ? html`<button type="button" class="cl-link-button" @click=${dismiss}>Dismiss this message</button>` : nothing}
  </div>`;
}

export function renderNotices(s: SavingState, dismissCorrupt: () => void): TemplateResult {
  return html`${savingNotice(s)} ${s.corrupt ? corruptNotice(s.corrupt, dismissCorrupt) : nothing}
    ${s.unknown
      ? html`<p class="cl-secondary unknown" part="notice">
          ${plural(s.unknown, 'saved answer is', 'saved answers are')} for prompts no longer in this checklist.
          ${s.unknown === 1 ? 'It is' : 'They are'} kept, and included in downloads.
        </p>`
      : nothing}`;
}

export interface ToolbarHandlers {
  download(kind: 'json' | 'csv'): void;
  load(): void;
  print(): void;
  clear(): void;
}

export function renderToolbar(hasAnswers: boolean, on: ToolbarHandlers): TemplateResult {
  return html`<div class="actions" part="actions" role="group" aria-label="Download, load, print or clear your answers">
    <button type="button" class=${SMALL} data-action="json" @click=${() => on.download('json')}>Download answers (JSON)</button>
    <button type="button" class=${SMALL} data-action="csv" @click=${() => on.download('csv')}>Download spreadsheet (CSV)</button>
    <button type="button" class=${SMALL} data-action="load" @click=${on.load}>Load answers from a file</button>
    <button type="button" class=${SMALL} data-action="print" @click=${on.print}>Print summary</button>
    ${hasAnswers ? html`<button type="button" class="${SMALL} cl-button--danger" data-action="clear" @click=${on.clear}>Clear all answers</button>` : nothing}
  </div>`;
}

export interface PanelHandlers {
  answers: AnswerMap;
  /** True when answers are being saved in this browser. */
  saved: boolean;
  promptText(id: string): string | undefined;
  /** Closes the panel and moves focus to the element matching `returnTo`. */
  cancel(returnTo: string): void;
  confirmClear(): void;
  confirmImport(panel: Extract<Panel, { kind: 'confirm-import' }>): void;
  undo(): void;
}

function changeLine(id: string, before: AnswerMap, after: AnswerMap, promptText: (id: string) => string | undefined): TemplateResult {
  const a = answerOf(before, id);
  const b = answerOf(after, id);
  const parts = [
    a.status !== b.status ? `now ${STATUS_LABELS[b.status]} (was ${STATUS_LABELS[a.status]})` : '',
    a.note !== b.note ? (b.note ? (a.note ? 'note changed' : 'note added') : 'note removed') : '',
    a.action?.what !== b.action?.what || a.action?.owner !== b.action?.owner || a.action?.due !== b.action?.due || a.action?.priority !== b.action?.priority
      ? (b.action ? (a.action ? 'action changed' : 'action added') : 'action removed') : '',
  ].filter(Boolean);
  return html`<li><span class="change-prompt">${promptText(id) ?? `Prompt “${id}” (no longer in this checklist)`}</span>: ${parts.join('; ')}</li>`;
}

export function renderPanel(p: Panel | undefined, h: PanelHandlers): TemplateResult | typeof nothing {
  if (!p) return nothing;
  const escape = (returnTo: string) => (e: KeyboardEvent) => {
    if (e.key === 'Escape') h.cancel(returnTo);
  };
  switch (p.kind) {
    case 'confirm-clear':
      return html`<div class="panel panel--warning" part="panel" role="group" aria-labelledby="panel-title" tabindex="-1" @keydown=${escape('[data-action="clear"]')}>
        <p class="panel-title" id="panel-title">Clear all ${plural(h.answers.size, 'answer')}?</p>
        <p>Every status and note in this checklist will be removed${h.saved ? ', here and from this browser' : ''}. You can undo this until you make another change.</p>
        <div class="panel-actions">
          <button type="button" class="cl-button cl-button--danger" data-action="confirm-clear" @click=${h.confirmClear}>Yes, clear all answers</button>
          <button type="button" class="cl-button cl-button--secondary" data-action="cancel" @click=${() => h.cancel('[data-action="clear"]')}>Cancel</button>
        </div>
      </div>`;
    case 'confirm-import': {
      const n = p.changed.length;
      return html`<div class="panel" part="panel" role="group" aria-labelledby="panel-title" tabindex="-1" @keydown=${escape('[data-action="load"]')}>
        <p class="panel-title" id="panel-title">Replace your answers with the ones in “${p.fileName}”?</p>
        <p>${n ? `${plural(n, 'answer')} will change.` : 'The file has the same answers as this checklist, so nothing will change.'}</p>
        ${n
          ? html`<ul class="changes">${p.changed.slice(0, MAX_LISTED_CHANGES).map((id) => changeLine(id, h.answers, p.answers, h.promptText))}</ul>
              ${n > MAX_LISTED_CHANGES ? html`<p>… and ${plural(n - MAX_LISTED_CHANGES, 'more change')}.</p>` : nothing}`
          : nothing}
        <div class="panel-actions">
          ${n ? html`<button type="button" class="cl-button" data-action="confirm-import" @click=${() => h.confirmImport(p)}>Replace answers</button>` : nothing}
          <button type="button" class="cl-button cl-button--secondary" data-action="cancel" @click=${() => h.cancel('[data-action="load"]')}>${n ? 'Cancel' : 'Close'}</button>
        </div>
      </div>`;
    }
    case 'import-error':
      return html`<div class="panel cl-message cl-message--error" part="panel" role="alert">
        <p class="panel-title">“${p.fileName}” could not be loaded</p>
        <ul>${p.errors.map((e) => html`<li>${e}</li>`)}</ul>
        <p>Your answers have not changed.</p>
        <button type="button" class="cl-link-button" data-action="cancel" @click=${() => h.cancel('[data-action="load"]')}>Close this message</button>
      </div>`;
    case 'cleared':
      return html`<div class="panel cl-message" part="panel">
        <p>All answers have been cleared.</p>
        <button type="button" class=${SMALL} data-action="undo" @click=${h.undo}>Undo</button>
      </div>`;
    case 'result':
      return html`<div class="panel cl-message" part="panel" tabindex="-1"><p>${p.message}</p></div>`;
  }
}
