/**
 * The answers of a `<framework-checklist>` and everything done to them as a whole: saving and
 * restoring through the saved-record kit (`internal/record-store/`: merging with other tabs and
 * members, adapters, damaged records), downloads, loading a file (with a confirmation that lists
 * what will change, then Undo), clearing (with a confirmation, then Undo until the next change),
 * and the notices, buttons and panels for all of that. A Lit reactive controller, so the element
 * class keeps to rendering the prompts.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { SavedRecord, type SetAside } from '../../internal/record-store/controller.js';
import type { AnswerMap, ChecklistBaseline, PaperDetails } from '../model/answers.js';
import { PROBLEMS, renderNotices, renderToolbar, type SavingState } from '../toolbar/toolbar.js';
import type { Panel } from '../toolbar/records.js';
import { checklistCodec, fullKey, type ChecklistRecord } from './record.js';
import type { ChangeReason, ChecklistHost } from '../host.js';

export class AnswersController implements ReactiveController {
  /** Text for the polite live region. */
  announcement = '';
  /** @internal The `storage-key` in use (trimmed), or `undefined`. */
  key?: string;
  /** @internal The saved record: the answers and baseline, kept by the saved-record kit. */
  readonly store: SavedRecord<ChecklistRecord>;
  private announced = false;
  /** @internal */
  panel?: Panel;
  /** @internal What Undo puts back (after Clear all or a loaded file). */
  undo?: { answers: AnswerMap; updatedAt?: string; baseline?: ChecklistBaseline; paper?: PaperDetails };
  private focusTarget?: string;
  private focusSince = 0;

  constructor(readonly host: ChecklistHost) {
    host.addController(this);
    this.store = new SavedRecord(host, checklistCodec, {
      changed: (value, first) => {
        if (first) return this.host.requestUpdate();
        this.undo = undefined;
        this.panel = undefined;
        this.announce('Your answers were updated from another window.');
        this.host.notifyChange(null, 'storage');
      },
      conflict: () => this.announce('An answer was also changed in another window: see the message above the buttons.'),
      failed: (problem) =>
        this.announce(`Your answers could not be saved ${this.store.adapter?.label ?? 'in this browser'}. ${PROBLEMS[problem]}.`),
    });
  }

  /** When the answers last changed (or the time recorded in a loaded file). */
  get updatedAt(): string | undefined {
    return this.store.updatedAt;
  }

  get answers(): AnswerMap {
    return this.store.value.answers;
  }

  get baseline(): ChecklistBaseline | undefined {
    return this.store.value.baseline;
  }

  set baseline(baseline: ChecklistBaseline | undefined) {
    this.store.value = { ...this.store.value, baseline };
  }

  /** The board paper's cover sheet (kept through clear and undo: it describes the paper, not the answers). */
  get paper(): PaperDetails | undefined {
    return this.store.value.paper;
  }

  set paper(paper: PaperDetails | undefined) {
    this.store.value = { ...this.store.value, paper };
  }

  /** @internal The record set aside (damaged, or saved by a newer version), with its text: the kit never writes over it. */
  get corrupt(): SetAside | undefined {
    return this.store.aside;
  }

  /** @internal True when a storage key is open and its record was read. */
  get loaded(): boolean {
    return this.store.loaded;
  }

  hostUpdated(): void {
    this.announced = false;
    if (!this.focusTarget) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (!target && Date.now() - this.focusSince < 5000) return; // a lazily loaded part is on its way: focus it when it renders
    this.focusTarget = undefined;
    target?.focus();
  }

  /** Opens the record under the host's `storage-key` (trimmed) through its adapter, when either changed. */
  load(): void {
    const key = this.host.storageKey?.trim() || undefined;
    if (key === this.key && this.host.adapter === this.store.adapter && (key === undefined || this.store.key)) return;
    this.key = key;
    this.store.open(key === undefined ? undefined : fullKey(key), this.host.adapter);
  }

  /** Applies new answers, saves them (merged with what is stored) and tells the page. */
  change(next: AnswerMap, promptId: string | null, reason: ChangeReason, updatedAt = new Date().toISOString()): void {
    if (reason !== 'clear' && reason !== 'import') this.undo = undefined;
    if (this.panel?.kind !== 'confirm-clear' && reason !== 'import') this.panel = undefined;
    this.store.set({ answers: next, baseline: this.baseline, paper: this.paper }, updatedAt);
    this.host.requestUpdate();
    this.host.notifyChange(promptId, reason);
  }

  replace(answers: AnswerMap, updatedAt: string | undefined, reason: ChangeReason, baseline: ChecklistBaseline | undefined, paper = this.paper): void {
    if (reason === 'import') this.undo = { answers: this.answers, updatedAt: this.updatedAt, baseline: this.baseline, paper: this.paper };
    this.baseline = baseline;
    this.paper = paper;
    this.change(answers, null, reason, updatedAt);
  }

  /** Removes every answer and the baseline, kept for Undo until the next change. */
  clear(): void {
    this.undo = { answers: this.answers, updatedAt: this.updatedAt, baseline: this.baseline };
    this.replace(new Map(), undefined, 'clear', undefined);
  }

  /** Keeps (or with `undefined` removes) the baseline, and saves. */
  setBaseline(baseline: ChecklistBaseline | undefined): void {
    this.baseline = baseline;
    this.change(this.answers, null, 'baseline');
  }

  /** Moves focus to the element matching `selector` after the next render (or the one that shows it). */
  focusLater(selector: string): void {
    this.focusTarget = selector;
    this.focusSince = Date.now();
    this.host.requestUpdate();
  }

  announce(text: string): void {
    if (this.announced) {
      this.announcement = `${this.announcement} ${text}`; // several messages from one action are read together
    } else {
      // The same words twice must still be heard: make the text differ.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    }
    this.announced = true;
    this.host.requestUpdate();
  }

  /** @internal The file picker's `change`. */
  onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement; // read now: a shadow tree's event loses its target after dispatch
    this.records((r) => r.onFile(this, input));
  };

  /** Runs `use` with the lazily loaded downloads, file loading, clearing and their panels. */
  private records(use: (r: typeof import('../toolbar/records.js')) => unknown): void {
    this.pending = this.host.loadChunk('records', () => import('../toolbar/records.js')).then((r) => {
      if (!r) return this.announce('This part of the checklist could not be loaded. Check your connection and try again.');
      this.recordsModule = r;
      return use(r);
    });
  }

  /** @internal Settles when the last button's work (and any chunk it needed) is done: for tests. */
  pending: Promise<unknown> = Promise.resolve();
  /** @internal */
  recordsModule?: typeof import('../toolbar/records.js');

  /** @internal */
  show(panel: Panel | undefined, focus?: string): void {
    this.panel = panel;
    this.focusTarget = focus;
    this.focusSince = Date.now();
    this.host.requestUpdate();
  }

  /** The saving notices, the buttons and the open panel, in that order. */
  render(unknown: number): TemplateResult {
    const s = this.store;
    const saving: SavingState = {
      key: this.key, loaded: s.loaded, where: s.adapter?.label, pending: !!this.key && !s.loaded && !s.problem, problem: s.problem,
      locked: s.locked, savedAt: s.savedAt, saving: s.saving, slow: s.slow, unknown,
    };
    const records = this.recordsModule;
    if ((s.aside || s.conflicts.length) && !records) this.records(() => this.host.requestUpdate());
    return html`${renderNotices(saving, records ? records.storeNotices(this) : nothing)}
    ${renderToolbar(this.answers.size > 0, {
      download: (kind) => this.records((r) => r.download(this, kind)),
      load: () => this.host.openFilePicker(),
      print: () => this.records((r) => r.print(this)),
      clear: () => this.records(() => this.show({ kind: 'confirm-clear' }, '.panel')),
    })}
    ${this.recordsModule && this.panel ? this.recordsModule.renderPanel(this) : nothing}`;
  }
}
