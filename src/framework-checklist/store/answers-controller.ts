/**
 * The answers controller: the answers of a `<framework-checklist>` and everything done to them as
 * a whole. Saving and restoring (through `record.ts`, or a host's adapter through `remote.ts`),
 * other tabs, downloads, loading a file (with a confirmation that lists what will change), clearing
 * (with a confirmation, then Undo until the next change), and the notices, buttons and panels for
 * all of that. A Lit reactive controller, so the element class keeps to rendering the prompts.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { warnOnce } from '../../internal/warn.js';
import { changedIds, type AnswerMap, type ChecklistBaseline, type PaperDetails } from '../model/answers.js';
import { PROBLEMS, renderNotices, renderToolbar, type SavingState } from '../toolbar/toolbar.js';
import type { Panel } from '../toolbar/records.js';
import { announceSaved, subscribeItem, type StorageAdapter } from '../../internal/storage.js';
import { BASELINE, PAPER, fullKey, loadAnswers, saveAnswers, type CorruptRecord, type LoadResult, type StorageProblem } from './record.js';
import type { RemoteStore } from './remote.js';
import type { ChangeReason, ChecklistHost } from '../host.js';



export class AnswersController implements ReactiveController {
  answers: AnswerMap = new Map();
  baseline?: ChecklistBaseline;
  /** The board paper's cover sheet (kept through clear and undo: it describes the paper, not the answers). */
  paper?: PaperDetails;
  /** When the answers last changed (or the time recorded in a loaded file). */
  updatedAt?: string;
  /** Text for the polite live region. */
  announcement = '';

  /** @internal */
  key?: string;
  /** @internal */
  loaded = false;
  private locked = false;
  /** Answers changed since the last successful save: storage must not replace them. */
  /** @internal */
  dirty = false;
  private announced = false;
  private savedAt?: string;
  /** @internal */
  problem?: StorageProblem;
  /** @internal */
  corrupt?: CorruptRecord;
  /** @internal */
  panel?: Panel;
  /** @internal */
  undo?: { answers: AnswerMap; updatedAt?: string; baseline?: ChecklistBaseline };
  private focusTarget?: string;
  private focusSince = 0;
  private unsubscribe?: () => void;
  /** The host's adapter, once its module is loaded; `pending` while its record is read. */
  /** @internal */
  remote?: RemoteStore;
  /** @internal */
  adapter?: StorageAdapter;
  /** Prompts changed here while an adapter was still reading: kept over what it returns. */
  /** @internal */
  touched?: Set<string | null>;

  constructor(readonly host: ChecklistHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
    if (this.key && this.loaded) this.load('refresh'); // re-attached: pick up what changed meanwhile
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Other tabs (`storage` event) and other copies on this page with the same key; or the adapter's own news. */
  /** @internal */
  listen(): void {
    this.unsubscribe?.();
    const onChange = () => this.loaded && this.load('refresh');
    this.unsubscribe = !this.key || !this.host.isConnected ? undefined
      : this.adapter ? this.remote?.subscribe(onChange)
      : subscribeItem(fullKey(this.key), onChange, this);
  }

  hostUpdated(): void {
    this.announced = false;
    if (!this.focusTarget) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (!target && Date.now() - this.focusSince < 5000) return; // a lazily loaded part is on its way: focus it when it renders
    this.focusTarget = undefined;
    target?.focus();
  }

  /** Reads the answers saved under the host's `storage-key` (on a new key, another tab's change, or re-attachment). */
  load(reason: 'key' | 'refresh' = 'key'): void {
    const key = this.host.storageKey || undefined;
    const previous = this.key;
    if (reason === 'refresh' && this.dirty) return; // unsaved answers here win over what storage holds
    const adapter = this.host.adapter;
    const moved = key !== previous || adapter !== this.adapter;
    this.key = key;
    if (moved) {
      this.remote?.dispose();
      this.remote = undefined;
      this.adapter = adapter;
    }
    if (reason === 'key') {
      this.corrupt = undefined;
      this.dirty = false;
    }
    if (!key) {
      this.loaded = this.locked = false;
      this.problem = undefined;
      this.listen();
      return;
    }
    if (adapter) {
      if (reason === 'key') {
        this.loaded = false;
        this.touched = new Set();
      }
      // Through a host's adapter: its module is fetched once, then the record read; edits made meanwhile are kept.
      void import('./remote.js').then((m) => m.loadThrough(this, adapter, key, reason, previous), () => this.saved('failed'));
      return;
    }
    if (moved) this.listen();
    this.apply(loadAnswers(key), reason, previous);
  }

  /** @internal */
  apply(result: LoadResult, reason: 'key' | 'refresh', previous: string | undefined): void {
    const key = this.key!;
    this.problem = result.problem;
    this.loaded = result.loaded;
    if (!result.loaded) return; // keep what is in memory; never write over what could not be read
    this.savedAt = result.updatedAt;
    if (result.corrupt) {
      this.corrupt = result.corrupt;
      this.locked = !result.corrupt.asideKey;
      warnOnce('framework-checklist', `Saved answers under "${fullKey(key)}" could not be read (${result.corrupt.reason}); ${result.corrupt.asideKey ? `copied to "${result.corrupt.asideKey}"` : 'left in place'}.`);
    }
    // A key given after answers were entered (and nothing saved under it yet) adopts those answers.
    if (reason === 'key' && previous === undefined && !result.answers.size && !result.baseline && !result.paper && !result.corrupt && this.answers.size) {
      this.persist();
      return;
    }
    const before = this.answers;
    this.answers = result.answers;
    this.baseline = result.baseline;
    this.paper = result.paper; // another window's paper details are shown at the render below, without an announcement
    this.updatedAt = result.updatedAt;
    if (reason === 'refresh' && changedIds(before, this.answers).length) {
      this.undo = undefined;
      this.panel = undefined;
      this.announce('Your answers were updated from another window.');
      this.host.requestUpdate();
      this.host.notifyChange(null, 'storage');
    }
    this.host.requestUpdate();
  }

  /** Applies new answers, saves them and tells the page. */
  change(next: AnswerMap, promptId: string | null, reason: ChangeReason, updatedAt = new Date().toISOString()): void {
    this.answers = next;
    this.touched?.add(reason === 'baseline' ? BASELINE : reason === 'paper' ? PAPER : promptId);
    this.updatedAt = updatedAt;
    this.dirty = true;
    if (reason !== 'clear') this.undo = undefined;
    if (this.panel?.kind !== 'confirm-clear') this.panel = undefined;
    // Clearing, undoing and importing are deliberate: they may replace damaged data left in place.
    this.persist(reason === 'clear' || reason === 'undo' || reason === 'import');
    this.host.requestUpdate();
    this.host.notifyChange(promptId, reason);
  }

  replace(answers: AnswerMap, updatedAt: string | undefined, reason: ChangeReason, baseline: ChecklistBaseline | undefined, paper = this.paper): void {
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

  /** @internal */
  persist(deliberate = false): void {
    const key = this.key;
    if (!key || !this.loaded || (this.locked && !deliberate)) return;
    const updatedAt = this.updatedAt ?? new Date().toISOString();
    if (this.remote) return this.remote.save({ answers: this.answers, baseline: this.baseline, paper: this.paper }, updatedAt);
    this.saved(saveAnswers(key, this.answers, updatedAt, this.baseline, this.paper));
  }

  /** After a save: a problem is shown (and the answers kept here); success clears it. */
  /** @internal */
  saved(problem: StorageProblem | undefined, stillDirty = false): void {
    const key = this.key;
    if (!key) return;
    if (problem) {
      if (problem !== this.problem) this.announce(`Your answers could not be saved in this browser. ${PROBLEMS[problem]}.`);
      this.problem = problem;
      return;
    }
    if (this.locked) this.corrupt = undefined;
    this.locked = false;
    this.dirty = stillDirty;
    this.problem = undefined;
    this.savedAt = new Date().toISOString();
    if (this.remote) this.host.requestUpdate();
    else announceSaved(fullKey(key), this);
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
    const saving: SavingState = {
      key: this.key, loaded: this.loaded, where: this.adapter?.label, pending: !!this.touched, problem: this.problem, locked: this.locked, savedAt: this.savedAt, corrupt: this.corrupt, unknown,
    };
    const dismiss = () => {
      this.corrupt = undefined;
      this.show(undefined, '[data-command="json"]');
    };
    const records = this.recordsModule;
    if (this.corrupt && !records) this.records(() => this.host.requestUpdate());
    return html`${renderNotices(saving, this.corrupt && records ? records.corruptNotice(this.corrupt, dismiss) : nothing)}
    ${renderToolbar(this.answers.size > 0, {
      download: (kind) => this.records((r) => r.download(this, kind)),
      load: () => this.host.openFilePicker(),
      print: () => this.records((r) => r.print(this)),
      clear: () => this.records(() => this.show({ kind: 'confirm-clear' }, '.panel')),
    })}
    ${this.recordsModule && this.panel ? this.recordsModule.renderPanel(this) : nothing}`;
  }
}
