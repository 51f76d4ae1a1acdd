/**
 * What the checklist's buttons do with the answers as a whole, loaded on the first click: download
 * (JSON or CSV), load a file (with a confirmation that lists what will change), clear (with a
 * confirmation, then Undo until the next change) and print; and the panels for all of that.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { downloadText } from '../../internal/download.js';
import type { ChecklistHost } from '../host.js';
import { CSV_BOM } from '../../internal/csv.js';
import { readTextFile, recordFileName } from '../../internal/record-files.js';
import { parseExport } from '../store/export.js';
import { answerOf, changedIds, STATUS_LABELS, type AnswerMap, type ChecklistBaseline, type PaperDetails } from '../model/answers.js';
import { plural, SMALL } from './toolbar.js';
import { warnOnce } from '../../internal/warn.js';
import type { SavedRecord, SetAside } from '../../internal/record-store/controller.js';
import { asideDownload, conflictNotice } from '../../internal/record-store/notices.js';
import { BASELINE_ITEM, type ChecklistRecord } from '../store/record.js';

const MAX_LISTED_CHANGES = 10;

/**
 * What the buttons read and call on the answers controller (`store/answers-controller.ts`, which is
 * one). Declared here, so this lazily loaded module never imports the controller, and every change
 * to the answers goes through the controller's own methods.
 */
export interface AnswersOwner {
  readonly host: ChecklistHost;
  readonly answers: AnswerMap;
  readonly baseline?: ChecklistBaseline;
  /** The board paper's cover sheet (kept through clear and undo). */
  readonly paper?: PaperDetails;
  readonly updatedAt?: string;
  readonly undo?: { answers: AnswerMap; updatedAt?: string; baseline?: ChecklistBaseline; paper?: PaperDetails };
  readonly panel?: Panel;
  readonly key?: string;
  readonly loaded: boolean;
  /** The saved record (the saved-record kit): its set-aside copy and conflicts are shown here. */
  readonly store: SavedRecord<ChecklistRecord>;
  /** With `'import'`, what was there is kept for Undo until the next change. */
  replace(answers: AnswerMap, updatedAt: string | undefined, reason: 'import' | 'undo', baseline: ChecklistBaseline | undefined, paper?: PaperDetails): void;
  clear(): void;
  announce(text: string): void;
  show(panel: Panel | undefined, focus?: string): void;
}

export type Panel =
  | { kind: 'confirm-clear' }
  | { kind: 'confirm-import'; fileName: string; answers: AnswerMap; updatedAt?: string; baseline?: ChecklistBaseline; paper?: PaperDetails; changed: string[] }
  | { kind: 'import-error'; fileName: string; errors: string[] }
  | { kind: 'cleared' }
  | { kind: 'result'; message: string; undo?: boolean };


interface PanelHandlers {
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

function panelFor(p: Panel | undefined, h: PanelHandlers): TemplateResult | typeof nothing {
  if (!p) return nothing;
  const escape = (returnTo: string) => (e: KeyboardEvent) => {
    if (e.key === 'Escape') h.cancel(returnTo);
  };
  switch (p.kind) {
    case 'confirm-clear':
      return html`<div class="panel panel--warning" part="panel" role="group" aria-labelledby="panel-title" tabindex="-1" @keydown=${escape('[data-command="clear"]')}>
        <p class="panel-title" id="panel-title">Clear all ${plural(h.answers.size, 'answer')}?</p>
        <p>Every status and note in this checklist will be removed${h.saved ? ', here and from this browser' : ''}. You can undo this until you make another change.</p>
        <div class="panel-actions">
          <button type="button" class="cl-button cl-button--danger" data-command="confirm-clear" @click=${h.confirmClear}>Yes, clear all answers</button>
          <button type="button" class="cl-button cl-button--secondary" data-command="cancel" @click=${() => h.cancel('[data-command="clear"]')}>Cancel</button>
        </div>
      </div>`;
    case 'confirm-import': {
      const n = p.changed.length;
      return html`<div class="panel" part="panel" role="group" aria-labelledby="panel-title" tabindex="-1" @keydown=${escape('[data-command="load"]')}>
        <p class="panel-title" id="panel-title">Replace your answers with the ones in “${p.fileName}”?</p>
        <p>${n ? `${plural(n, 'answer')} will change.` : 'The file has the same answers as this checklist, so nothing will change.'}</p>
        ${n
          ? html`<ul class="changes">${p.changed.slice(0, MAX_LISTED_CHANGES).map((id) => changeLine(id, h.answers, p.answers, h.promptText))}</ul>
              ${n > MAX_LISTED_CHANGES ? html`<p>… and ${plural(n - MAX_LISTED_CHANGES, 'more change')}.</p>` : nothing}`
          : nothing}
        <div class="panel-actions">
          ${n ? html`<button type="button" class="cl-button" data-command="confirm-import" @click=${() => h.confirmImport(p)}>Replace answers</button>` : nothing}
          <button type="button" class="cl-button cl-button--secondary" data-command="cancel" @click=${() => h.cancel('[data-command="load"]')}>${n ? 'Cancel' : 'Close'}</button>
        </div>
      </div>`;
    }
    case 'import-error':
      return html`<div class="panel cl-message cl-message--error" part="panel" role="alert">
        <p class="panel-title">“${p.fileName}” could not be loaded</p>
        <ul>${p.errors.map((e) => html`<li>${e}</li>`)}</ul>
        <p>Your answers have not changed.</p>
        <button type="button" class="cl-link-button" data-command="cancel" @click=${() => h.cancel('[data-command="load"]')}>Close this message</button>
      </div>`;
    case 'cleared':
      return html`<div class="panel cl-message" part="panel">
        <p>All answers have been cleared.</p>
        <button type="button" class=${SMALL} data-command="undo" @click=${h.undo}>Undo</button>
      </div>`;
    case 'result':
      return html`<div class="panel cl-message" part="panel" tabindex="-1"><p>${p.message}</p>
        ${p.undo ? html`<button type="button" class=${SMALL} data-command="undo" @click=${h.undo}>Undo</button>` : nothing}</div>`;
  }
}

export async function onFile(c: AnswersOwner, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  input.value = ''; // choosing the same file again still fires "change"
  const read = await readTextFile(file, 'a checklist export');
  if (!read.ok) return c.show({ kind: 'import-error', fileName: file.name, errors: [read.error] });
  const result = parseExport(read.text);
  if (!result.ok) return c.show({ kind: 'import-error', fileName: file.name, errors: result.errors });
  const changed = changedIds(c.answers, result.answers);
  c.show({ kind: 'confirm-import', fileName: file.name, answers: result.answers, updatedAt: result.updatedAt, baseline: result.baseline, paper: result.paper, changed }, '.panel');
}

export function confirmImport(c: AnswersOwner, panel: Extract<Panel, { kind: 'confirm-import' }>): void {
  c.replace(panel.answers, panel.updatedAt, 'import', panel.baseline ?? c.baseline, panel.paper ?? c.paper);
  const message = `Answers loaded from “${panel.fileName}”: ${plural(panel.changed.length, 'answer')} changed. You can undo this until you make another change.`;
  c.announce(message);
  c.show({ kind: 'result', message, undo: true }, '.panel');
}

export function confirmClear(c: AnswersOwner): void {
  c.clear();
  c.announce('All answers cleared. You can undo this until you make another change.');
  c.show({ kind: 'cleared' }, '[data-command="undo"]');
}

export function undoClear(c: AnswersOwner): void {
  const undo = c.undo;
  if (!undo) return;
  c.replace(undo.answers, undo.updatedAt, 'undo', undo.baseline, 'paper' in undo ? undo.paper : c.paper);
  c.announce(`Answers restored: ${plural(c.answers.size, 'answer')}.`);
  c.show(undefined, '[data-command="clear"]');
}

/** A file name such as `framework-checklist-board-2026-2026-08-03.csv` (the reader's local day: `recordFileName`). */
export const exportFileName = (storageKey: string | undefined, extension: 'json' | 'csv', date = new Date()): string =>
  recordFileName('framework-checklist', storageKey, extension, date);

export function download(c: AnswersOwner, kind: 'json' | 'csv' | 'docx'): Promise<void> | void {
  if (kind === 'docx') return boardPaper(c);
  const name = exportFileName(c.host.storageKey, kind);
  let started = false;
  try {
    const text = kind === 'json' ? c.host.exportJson() : CSV_BOM + c.host.exportCsv();
    started = downloadText(c.host.renderRoot, name, text, kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
  } catch {
    // an export that threw is a download that did not start
  }
  c.announce(started ? `Download started: ${name}.` : 'The download could not be started in this browser. Try Print summary instead.');
}

/**
 * "Download board paper (Word)": the Word writer and `docx` are fetched only now (see paper-download.ts).
 * The Compare view's module holds any comparison (the same module instance if the view was opened).
 */
function boardPaper(c: AnswersOwner): Promise<void> {
  const { host } = c;
  // Without the Compare view's module (offline), the paper is still made, without a comparison.
  return Promise.all([import('../paper/paper-download.js'), import('../views/compare-view.js').catch(() => undefined)]).then(
    ([m, compare]) => m.downloadBoardPaper({
      groups: host.groups, answerMap: c.answers, heading: host.heading, organisation: host.organisation, storageKey: host.storageKey,
      renderRoot: host.renderRoot, answersUpdatedAt: c.updatedAt, baseline: c.baseline, paper: c.paper, paperFields: host.paperFields, comparison: compare?.comparisonOf(host), maps: host.frameworkMaps, announce: (t) => c.announce(t),
    }),
    () => c.announce('This part of the checklist could not be loaded. Check your connection and try again.'),
  );
}

export async function print(c: AnswersOwner): Promise<void> {
  await c.host.printReady();
  try {
    window.print();
  } catch {
    c.announce('This page cannot open the print dialog. Use your browser’s own Print command.');
  }
}

/** The open panel, with its buttons wired to the controller. */
export function renderPanel(c: AnswersOwner): TemplateResult | typeof nothing {
  return panelFor(c.panel, {
    answers: c.answers,
    saved: !!c.key && c.loaded,
    promptText: (id) => c.host.promptText(id),
    cancel: (returnTo) => c.show(undefined, returnTo),
    confirmClear: () => confirmClear(c),
    confirmImport: (panel) => confirmImport(c, panel),
    undo: () => undoClear(c),
  });
}

/** Saved data that could not all be read: what happened, where the copy is, how much is shown, and its download. */
export function corruptNotice(c: SetAside, dismiss: () => void, host: AnswersOwner['host']): TemplateResult {
  return html`<div class="cl-message cl-message--error notice" part="notice">
    <p><strong>Saved answers could not all be read</strong></p>
    <p>The answers saved in this browser for this checklist could not be read: ${c.reason}.
      ${c.asideKey
        ? html`Nothing has been deleted: a copy was kept in this browser's storage under <code>${c.asideKey}</code>.`
        : 'They have been left as they are and will not be written over: changes are not saved in this browser until a copy can be kept.'}
      ${c.recovered ? `${plural(c.recovered, 'answer')} could still be read and ${c.recovered === 1 ? 'is' : 'are'} shown below.` : 'No answers could be read from them.'}</p>
    <p>${asideDownload(c, host.renderRoot, exportFileName(host.storageKey, 'json').replace(/\.json$/, '-set-aside.json'), (ok) => ok || undefined)}</p>
    ${c.asideKey ? html`<button type="button" class="cl-link-button" @click=${dismiss}>Dismiss this message</button>` : nothing}
  </div>`;
}

/** A conflict's version, in words: "Completed, with a note". */
function describe(text: string | undefined, id: string): string {
  if (id === BASELINE_ITEM) return text ? 'a baseline' : 'no baseline';
  const a = text ? JSON.parse(text) : { status: 'not-started' };
  return `${STATUS_LABELS[a.status as keyof typeof STATUS_LABELS] ?? a.status}${a.note ? ', with a note' : ''}${a.action ? ', with an action' : ''}`;
}

/** The saved record's own notices: a record set aside (with its download) and answers changed in another window too. */
export function storeNotices(c: AnswersOwner): TemplateResult {
  const s = c.store;
  // Warned here, with the notice (this module is fetched when a record was set aside), to keep the warning's words out of the one script.
  if (s.aside) warnOnce('framework-checklist', `Saved answers under "${s.key}" could not be read (${s.aside.reason}); ${s.aside.asideKey ? `copied to "${s.aside.asideKey}"` : 'left in place'}.`);
  const dismiss = () => {
    s.aside = undefined;
    c.show(undefined, '[data-command="json"]');
  };
  return html`${s.aside ? corruptNotice(s.aside, dismiss, c.host) : nothing}
    ${conflictNotice(s, (k) => [k.id === BASELINE_ITEM ? 'The baseline' : `Your answer to “${c.host.promptText(k.id.slice(2)) ?? k.id.slice(2)}”`, describe(k.theirs, k.id), describe(k.mine, k.id)], (k, use) => {
      if (use === 'mine') return c.announce('This page’s version is kept.');
      c.announce('The other window’s version is used.');
      c.host.notifyChange(k.id === BASELINE_ITEM ? null : k.id.slice(2), 'storage');
    })}`;
}

/** The panels' styles, adopted when this module loads. */
export const viewStyles = css`
  .cl-button--danger {
    background: var(--cl-color-error);
    border-color: transparent;
    box-shadow: 0 4px 0 #6b140e;
    color: #ffffff;
  }
  .cl-button--danger:hover {
    background: #aa2016;
  }
  .panel {
    margin: 0 0 var(--cl-space-4);
    padding: var(--cl-space-3);
    border: 1px solid var(--cl-color-border);
    border-left: 8px solid var(--cl-color-primary);
    background: var(--cl-color-surface);
  }
  .panel:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 8px var(--cl-color-focus-text);
  }
  .panel:focus:not(:focus-visible) {
    outline: none;
  }
  .panel--warning {
    border-left-color: var(--cl-color-error);
  }
  .panel-title {
    margin-bottom: var(--cl-space-2);
    font-size: 1.125rem;
    font-weight: var(--cl-font-weight-bold);
  }
  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-3);
    align-items: center;
  }
  .panel ul {
    margin: 0 0 var(--cl-space-3);
    padding-left: 1.25rem;
  }
  .changes li {
    margin-bottom: var(--cl-space-1);
  }
  .change-prompt {
    font-weight: var(--cl-font-weight-bold);
  }

  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`;
