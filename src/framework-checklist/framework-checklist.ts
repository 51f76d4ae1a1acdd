import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChecklistPrompt, FrameworkElement, FrameworkMap } from '../data/schema.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { clampLevel, heading } from '../internal/heading.js';
import { ValidatorsNeed } from '../internal/lazy-validation.js';
import { renderError, renderLoading, safely } from '../internal/states.js';
import { resolveData } from '../internal/resolve.js';
import { shared } from '../internal/styles.js';
import type { StorageAdapter } from '../internal/storage.js';
import { AnswersController } from './store/answers-controller.js';
import type { ChangeReason, ChecklistHost } from './host.js';
import { checklistCsv, parseExport, toJson } from './store/export.js';
import { buildView, type ChecklistView } from './model/prompts.js';
import {
  answerOf, answersToObject, changedIds, clip, MAX_NOTE, paperOf, takeBaseline, withAnswer, withoutLatest, isStatus, type ChecklistAction, type ChecklistEvidence,
  type ChecklistAnswer, type ChecklistBaseline, type DateDraft,
} from './model/answers.js';
import { computeProgress, progressText, type ChecklistGroup, type ChecklistProgress } from './model/progress.js';
import { styles } from './framework-checklist.styles.js';
import { promptStyles } from './answer/prompts.styles.js';
import { countLine, DERIVED_NOTE, overallProgress, renderGroups, type PromptContext } from './answer/prompt.js';
import { CHECKLIST_VIEWS, chunkState, Chunks, renderTabs, tabStyles, type ChecklistViewModule } from './views/registry.js';

const loadFields = () => import('./answer/action-fields.js');
const loadPrint = () => import('./views/print-summary.js');
const loadWhy = () => import('./answer/why.js');
const loadFrameworks = () => import('./answer/framework-filter.js');

export interface ChecklistChangeDetail {
  /** The prompt whose answer changed; `null` when many changed at once (clear, undo, import, another tab). */
  promptId: string | null;
  /** That prompt's new answer, or `null` with `promptId: null`. */
  answer: ChecklistAnswer | null;
  progress: ChecklistProgress;
  reason: ChangeReason;
}

export type ImportOutcome = { ok: true; changed: number } | { ok: false; errors: string[] };

const TAG = 'framework-checklist';
type View = ChecklistView;

/**
 * An organisation's self-assessment against the five elements of *Clinical leadership – a framework
 * for action*, in the NHS task-list style. Each prompt has a status (Not started, In progress,
 * Completed, Not applicable) and an optional note. Answers are saved in this browser under
 * `storage-key`, can be downloaded as JSON or CSV, loaded back from JSON, and printed or downloaded
 * (Word) as a board paper, whose cover sheet is the Paper details view (`paper-fields` renames its
 * fields). Prompts come from `.prompts` or the data set (provider or bundled); the
 * bundled prompts are our own questions, written from the barriers and enablers in the data set and
 * grouped under the framework's five elements (one paraphrases the framework's own key question),
 * and the widget says which is which. Each answer can carry evidence (links and a short note); the
 * baseline is the latest of any number of dated snapshots, shown as a series in the Over time view;
 * the data set's `frameworkMaps` let the checklist filter by a CQC well-led quality statement or a
 * leadership competency framework domain (our mapping, not CQC's or NHS England's).
 *
 * @summary A saved, exportable self-assessment against the clinical leadership framework.
 * @tagname framework-checklist
 *
 * @csspart form - Everything shown on screen (hidden when printing or with `print-preview`).
 * @csspart title - The title, when `heading` is set.
 * @csspart progress - The overall progress block.
 * @csspart progress-bar - Each `<progress>` bar.
 * @csspart notice - Messages about saving (not saved, storage blocked, damaged data).
 * @csspart actions - The download, load, print and clear buttons.
 * @csspart panel - A confirmation or result shown under the buttons.
 * @csspart element - The section for one framework element.
 * @csspart element-heading - An element's heading.
 * @csspart prompt - One prompt, with its status radios and note.
 * @csspart why - The "Why this prompt is here" disclosure.
 * @csspart evidence - A prompt's evidence disclosure: links (https:// or relative) and a note, kept with the answer.
 * @csspart summary - The print summary.
 * @csspart summary-heading - The headings of the print summary.
 * @csspart status - The visually hidden live region.
 * @csspart tabs - The view switcher (Answer, Summary, Action plan); @csspart view - the shown view's panel.
 * @csspart error-summary - "There is a problem", listing due dates that are not real dates.
 *
 * @cssprop [--cl-color-primary] - Progress bars and radios (defaults to `--nhsuk-blue-colour`, then NHS Blue); see the other `--cl-*` tokens.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} cl-change - An answer changed: a status chosen, each edit of a note, or many at once
 * (`promptId: null`) through an import, clear, undo, another tab or the Paper details (`reason: "paper"`). `detail.reason` says which.
 */
export class FrameworkChecklist extends LitElement implements ChecklistHost {
  static version = VERSION;
  // In this order (the cascade depends on it): the checklist's own, the tabs, the task list; print's come with its chunk.
  static override styles = [...shared, styles, tabStyles, promptStyles];

  /** Names the saved assessment. Without it nothing is stored (and the widget says so). */
  @property({ attribute: 'storage-key' }) storageKey?: string;
  /** The organisation's name, shown on the print summary and written into exports. */
  @property() organisation?: string;
  /** An optional title, shown above the checklist and on the print summary. */
  @property() heading?: string;
  /** Level of the title (2–6); element headings are one level below it, or at it when there is no title. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Suggested maximum length of a note. Longer notes are kept, and flagged, up to the record's own ceiling of 20,000 characters (a larger value counts against 20,000). */
  @property({ attribute: 'note-limit', type: Number }) noteLimit = 500;
  /** Shows the print summary on screen instead of the form. */
  @property({ attribute: 'print-preview', type: Boolean, reflect: true }) printPreview = false;
  /** The prompts to show. Default: the data set's checklist prompts. */
  @property({ attribute: false }) prompts?: ChecklistPrompt[];
  /** An organisation's own prompts, added after the others under their element. */
  @property({ attribute: false }) extraPrompts?: ChecklistPrompt[];
  /** The elements to group prompts under, in order. Default: the data set's elements. */
  @property({ attribute: false }) elements?: FrameworkElement[];
  /**
   * Changes to the board paper's cover sheet (Paper details): a list of `{ id, label?, hint?, kind?,
   * options?, hidden? }` (JSON as an attribute). A known `id` (`meeting`, `meeting-date`, `agenda-item`,
   * `author`, `executive-lead`, `purpose`, `summary`, `recommendation`, `strategic-objectives`,
   * `assurance-framework`, `assurance-level`, `equality-impact`, `quality-impact`) is relabelled or
   * hidden (its text is kept); a new one with a `label` is added. Example:
   * `paper-fields='[{"id": "meeting", "label": "Committee"}, {"id": "quality-impact", "hidden": true},
   * {"id": "finance-impact", "label": "Finance impact", "kind": "textarea"}]'`.
   */
  @property({ attribute: 'paper-fields' }) paperFields?: unknown; // the attribute's JSON is parsed where the fields are used (paper-fields.ts), not here
  /** The view shown: `answer` (the form), `summary`, `plan` (the action plan), `paper` (Paper details), `compare`, or one a module added. */
  @property({ reflect: true }) view = 'answer';
  /**
   * Where answers are kept, when not in this browser's localStorage: any object with async `load`,
   * `save` and `subscribe` (see `StorageAdapter` in the storage docs). Used with `storage-key`.
   */
  @property({ attribute: false }) adapter?: StorageAdapter;
  /**
   * Shows only the prompts mapped to one item of another framework: `<map id>:<item id>`, such as
   * `cqc-well-led-2024:freedom-to-speak-up` (the data set's `frameworkMaps`; our mapping, not CQC's
   * or NHS England's). Empty: every prompt. The Answer view's "Show prompts for" sets it.
   */
  @property({ attribute: 'framework-filter' }) frameworkFilter = '';

  @state() protected shown: View = { status: 'loading' };
  /**
   * When printing was last asked for (Print, beforeprint), shown on the printout; unset until then. The
   * print summary is rendered only once printing is asked for (or in print preview): a render of every
   * prompt that loading the page never needs.
   */
  @state() private printedOn?: Date;
  /** A getter, not `@query`: the decorator's code cost 0.17 KiB gzip in the one-script bundle. */
  private get fileInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]');
  }

  private data = new DatasetController(this);
  private validators = new ValidatorsNeed(this, TAG);
  private store = new AnswersController(this);
  private viewInputs: unknown[] = [];
  private countTimer?: ReturnType<typeof setTimeout>;
  private chunks = new Chunks(this);
  /** Elements the Answer view shows: unset until its first ready render decides; fewer while a first render below the fold grows (answer/progressive.ts). */
  @state() private sliceLimit?: number;
  /** Settles when that growing is done (updateComplete waits for it). */
  private slicing?: Promise<void>;
  /** @internal What was typed into due-date fields that is not (yet) a real date, by prompt id. */
  readonly dateDrafts = new Map<string, DateDraft>();
  /** Prompts whose action the person opened (or changed), or closed. */
  private actionOpen = new Map<string, boolean>();
  private bound: [unknown, unknown, unknown, PromptContext?] = [0, 0, 0];

  /** Saved answers by prompt id, including answers for prompts no longer shown. Not-started answers without a note are left out. */
  get answers(): Record<string, ChecklistAnswer> {
    return answersToObject(this.store.answers);
  }

  /** Completed and applicable counts, overall and by element id. */
  get progress(): ChecklistProgress {
    return computeProgress(this.groups, this.store.answers);
  }

  /** The answer for one prompt (not started, no note, when there is none). */
  getAnswer(promptId: string): ChecklistAnswer {
    return { ...answerOf(this.store.answers, promptId) };
  }

  /** The answers (and baseline) as a JSON document that `importJson` accepts. */
  exportJson(): string {
    const { answers, updatedAt, baseline, paper } = this.store;
    return toJson(answers, { storageKey: this.storageKey, organisation: this.organisation, updatedAt, baseline, paper });
  }

  /** The board paper's cover sheet as filled in (Paper details), by field id. */
  get paperDetails(): Record<string, string> {
    return { ...this.store.paper };
  }

  /** @internal Sets one cover-sheet field (empty text removes it), and saves (`cl-change` with reason "paper"). */
  setPaperDetail(id: string, text: string): void {
    const { store } = this;
    const next = { ...store.paper, [id]: text };
    if (!text) delete next[id];
    store.paper = paperOf(next);
    store.change(store.answers, null, 'paper');
  }

  /** The saved baseline: the statuses on the day it was taken, or `undefined`. */
  get baseline(): ChecklistBaseline | undefined {
    return this.store.baseline;
  }

  /**
   * Keeps today's statuses as the latest snapshot of the series (earlier snapshots are kept; one
   * taken the same day is replaced), or with `false` removes the latest snapshot.
   */
  saveBaseline(take = true, today = new Date()): void {
    const previous = this.store.baseline;
    this.store.setBaseline(take ? takeBaseline(this.store.answers, today, previous) : withoutLatest(previous));
  }

  /** @internal The data set's maps to the board's other frameworks (none without a data set). */
  get frameworkMaps(): readonly FrameworkMap[] {
    return this.shown.status === 'ready' ? this.shown.maps : [];
  }

  /** Every prompt with its element, status and note as RFC 4180 CSV, safe to open in a spreadsheet. */
  exportCsv(): string {
    return checklistCsv(this.groups, this.store.answers);
  }

  /** Replaces the answers with those of an `exportJson` document. An invalid document changes nothing. */
  importJson(text: string): ImportOutcome {
    const result = parseExport(text);
    if (!result.ok) return result;
    const changed = changedIds(this.store.answers, result.answers).length;
    this.store.replace(result.answers, result.updatedAt, 'import', result.baseline ?? this.store.baseline, result.paper ?? this.store.paper);
    return { ok: true, changed };
  }

  /** @internal The saved record that could not be used (damaged, or saved by a newer version), if any: Compare reads it. */
  get setAside(): ChecklistHost['setAside'] {
    return this.store.corrupt;
  }

  /** @internal The prompts grouped under their elements, as shown. */
  get groups(): ChecklistGroup[] {
    return this.shown.status === 'ready' ? this.shown.groups : [];
  }

  /** @internal Called by the answers controller after any change to the answers. */
  notifyChange(promptId: string | null, reason: ChangeReason): void {
    const answer = promptId ? this.getAnswer(promptId) : null;
    this.dispatchEvent(
      new CustomEvent<ChecklistChangeDetail>('cl-change', { detail: { promptId, answer, progress: this.progress, reason }, bubbles: true, composed: true }),
    );
  }

  /** @internal */
  promptText(id: string): string | undefined {
    return this.shown.status === 'ready' ? this.shown.prompts.get(id)?.text : undefined;
  }

  /** @internal */
  answerFor(id: string): ChecklistAnswer {
    return answerOf(this.store.answers, id);
  }

  /** @internal Saves one prompt's action (an empty action is removed). */
  setAction(id: string, action: ChecklistAction): void {
    this.actionOpen.set(id, true);
    this.store.change(withAnswer(this.store.answers, id, { ...this.answerFor(id), action }), id, 'action');
  }

  /** @internal Saves one prompt's evidence (empty evidence is removed). */
  setEvidence(id: string, evidence: ChecklistEvidence): void {
    this.store.change(withAnswer(this.store.answers, id, { ...this.answerFor(id), evidence }), id, 'evidence');
  }

  /** @internal */
  announce = (text: string) => this.store.announce(text);
  /** @internal Moves focus to the element matching `selector` after the next render. */
  focusIn = (selector: string) => this.store.focusLater(selector);

  /** @internal Shows the Answer view with focus on one prompt's status (a summary's "Change" link). */
  showPrompt(id: string, field: 'status' | 'action' = 'status'): void {
    this.view = 'answer';
    if (field === 'action') this.actionOpen.set(id, true);
    const status = this.answerFor(id).status;
    this.focusIn(field === 'action' ? `#p-${id}-action-what` : `#p-${id}-${status}`);
  }

  /** @internal The heading level for sections in a view. */
  get sectionLevel(): number {
    const level = clampLevel(this.headingLevel, 2);
    return this.heading ? Math.min(level + 1, 6) : level;
  }

  /** @internal */
  openFilePicker = () => this.fileInput?.click();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    clearTimeout(this.countTimer);
  }

  private onBeforePrint = () => {
    this.printedOn = new Date(); // a state: renders in the microtask after this event, before the browser lays out the printout
  };

  /** @internal A lazily loaded part, once. */
  loadChunk = <T>(id: string, load: () => Promise<T>): Promise<T | undefined> => this.chunks.load(id, load);

  /** @internal Resolves when the print summary is on the page (the Print button waits for it). */
  async printReady(): Promise<void> {
    this.printedOn ??= new Date(); // a state, and the chunk's arrival asks for a render too
    await this.chunks.load('print', loadPrint);
    await this.updateComplete;
  }

  /** @internal Settles when every lazily loaded part asked for (and the print summary, which follows anyway) and the last button's work are done. */
  async settled(): Promise<void> {
    if (this.shown.status === 'ready') void this.printReady(); // everything, the print summary too (tests and hosts waiting for the whole widget)
    await Promise.all([this.chunks.settled(), this.store.pending]);
    await this.chunks.settled();
    await this.updateComplete;
  }

  protected override updated(): void {
    // The print summary's code follows once the form is on screen, so printing from the browser's menu has it (rendered on beforeprint).
    if (this.shown.status === 'ready' && !this.printQueued) {
      this.printQueued = true;
      const later = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 300));
      later(() => void this.chunks.load('print', loadPrint));
    }
  }
  private printQueued = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') || changed.has('adapter')) this.store.load();
    this.shown = this.resolveView();
    if (!CHECKLIST_VIEWS.some((v) => v.id === this.view)) this.view = 'answer';
    if (this.sliceLimit === undefined && this.shown.status === 'ready') {
      const total = this.shown.groups.length;
      // Below the fold, the first render shows one element and a lazily loaded part grows the rest, one
      // per task (Total Blocking Time); in view, everything at once, so nothing a reader sees moves.
      // A part that fails to load shows everything at once rather than one element for good.
      this.sliceLimit = total > 1 && this.getBoundingClientRect().top >= innerHeight ? 1 : Infinity;
      const show = (n: number) => void (this.sliceLimit = n);
      if (this.sliceLimit < 2) this.slicing = import('./answer/progressive.js').then((m) => m.grow(total, show), () => show(Infinity));
    }
  }

  /** Also waits for a first render in slices (answer/progressive.ts) to finish. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete(); // the first ready render is what starts the slices
    if (!this.slicing) return done;
    await this.slicing;
    return super.getUpdateComplete();
  }

  private get hasActions(): boolean {
    return [...this.store.answers.values()].some((a) => a.action);
  }

  private selectView = (id: string, focus: boolean) => {
    this.view = id;
    if (focus) this.focusIn(`#tab-${id}`);
  };

  private onWhy = (event: Event) => {
    if ((event.target as HTMLDetailsElement).open) this.chunks.get('why', loadWhy);
  };

  private onToggleAction = (event: Event) => {
    const details = event.target as HTMLDetailsElement;
    this.actionOpen.set(details.dataset.promptId!, details.open);
    if (details.open) this.requestUpdate();
  };

  /** Prompts and elements from properties or the data set, validated and grouped; cached by input. */
  private resolveView(): View {
    const state = resolveData({
      tag: TAG,
      data: this.data,
      validators: this.validators,
      // Prompts from the data set: it is required; only its elements: wanted; neither: a provider's is used.
      dataset: this.prompts === undefined ? 'required' : this.elements === undefined ? 'wanted' : 'if-provided',
      validate: [this.prompts, this.extraPrompts, this.elements],
    });
    if (state.status !== 'ready') return state;
    const inputs = [this.prompts, this.extraPrompts, this.elements, state.source, state.validators];
    if (inputs.every((x, i) => x === this.viewInputs[i]) && this.viewInputs.length) return this.shown;
    this.viewInputs = inputs;
    return safely(TAG, 'The checklist', () => buildView(this, state.dataset, state.validators));
  }

  private onStatus = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.promptId!;
    if (!isStatus(input.value)) return;
    const answer = { ...answerOf(this.store.answers, id), status: input.value };
    this.store.change(withAnswer(this.store.answers, id, answer), id, 'status');
    const group = this.groups.find((g) => g.prompts.some((p) => p.id === id));
    const tally = group ? this.progress.byElement[group.id] : undefined;
    this.store.announce(`${group && tally ? `${group.title}: ${progressText(tally)}. ` : ''}Overall: ${progressText(this.progress)}.`);
  };

  private onNote = (event: Event) => {
    const textarea = event.target as HTMLTextAreaElement;
    const id = textarea.dataset.promptId!;
    // The record's own ceiling, as at reading, so what is saved can always be read back and every export
    // imports again (`maxlength` stops typing there; a value set by script is cut the same way).
    const note = clip(textarea.value, MAX_NOTE);
    if (note !== textarea.value) textarea.value = note;
    const answer = { ...answerOf(this.store.answers, id), note };
    this.store.change(withAnswer(this.store.answers, id, answer), id, 'note');
    // Like the GOV.UK character count: announce the count once typing pauses, not on every key.
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.store.announce(countLine(note, this.limit, MAX_NOTE, 'A note')), 1000);
  };

  /** `note-limit`, at most the record's ceiling. */
  private get limit(): number {
    const n = Math.trunc(Number(this.noteLimit));
    return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_NOTE) : 500;
  }

  private renderGroups(view: Extract<View, { status: 'ready' }>, progress: ChecklistProgress, level: number): TemplateResult {
    if (!view.groups.length) return html`<p class="cl-message" part="notice">There are no prompts in this checklist yet.</p>`;
    // Action and evidence details share the open map (evidence keyed "e:<id>") and one chunk.
    const needed = this.hasActions || [...this.actionOpen.values()].includes(true);
    const fields = needed ? this.chunks.get('fields', loadFields) : undefined;
    const why = this.chunks.peek<typeof import('./answer/why.js')>('why');
    const maps = view.maps.length ? this.chunks.get('frameworks', loadFrameworks) : undefined;
    // Stable functions (remade only when a chunk arrives or the data changes), so unchanged prompts are not rendered again.
    if (this.bound[0] !== fields || this.bound[1] !== why || this.bound[2] !== view.index) {
      this.bound = [fields, why, view.index, {
        noteLimit: 0, index: view.index, onStatus: this.onStatus, onNote: this.onNote, onToggle: this.onToggleAction, onWhy: this.onWhy,
        why: why ? (p: ChecklistPrompt) => why.whyBody(p, view.index) : undefined,
        open: (id: string, hasAction: boolean) => this.actionOpen.get(id) ?? hasAction,
        draft: (id: string) => ((d) => (d ? `${d.day}/${d.month}/${d.year}/${d.checked}` : '') + (fields?.evidenceErrorKey(this, id) ?? ''))(this.dateDrafts.get(id)),
        fields: fields ? (p: ChecklistPrompt, a: ChecklistAnswer) => fields.renderActionFields(this, p, a) : undefined,
        evidence: fields ? (p: ChecklistPrompt, a: ChecklistAnswer) => fields.renderEvidenceFields(this, p, a) : undefined,
      }];
    }
    const ctx = { ...this.bound[3]!, noteLimit: this.limit };
    const ids = view.groups.flatMap((g) => g.prompts.map((p) => p.id));
    const groups = maps ? maps.filterGroups(view.groups, view.maps, this.frameworkFilter) : view.groups;
    return html`${maps ? maps.renderFilter(this, view.maps, this.frameworkFilter, groups) : nothing}
      ${fields ? fields.errorSummary(this, fields.dateErrors(this, ids)) : nothing}
      ${renderGroups(groups.slice(0, this.sliceLimit), progress, level, (id) => answerOf(this.store.answers, id), ctx)}`;
  }

  /** A lazily loaded view, or its loading or failure message. */
  private renderOther(): TemplateResult {
    const def = CHECKLIST_VIEWS.find((v) => v.id === this.view)!;
    const module = def.load ? this.chunks.get<ChecklistViewModule>(def.id, def.load) : undefined;
    return module ? module.renderView(this) : chunkState(this.chunks.failedToLoad(def.id));
  }

  protected override render(): TemplateResult {
    const view = this.shown;
    const status = html`<div class="cl-visually-hidden" role="status" part="status">${this.store.announcement}</div>`;
    if (view.status === 'loading') return html`${renderLoading('Loading the checklist…', 'tall')}${status}`;
    if (view.status === 'error') return html`${renderError(view.title ?? 'The checklist could not be shown', view.message, view.errors)}${status}`;
    const level = clampLevel(this.headingLevel, 2);
    const progress = this.progress;
    const unknown = [...this.store.answers.keys()].filter((id) => !view.prompts.has(id)).length;
    const print = this.printPreview ? this.chunks.get('print', loadPrint) : this.printedOn ? this.chunks.peek<typeof import('./views/print-summary.js')>('print') : undefined;
    return html`<div class="form" part="form">
        ${this.heading ? heading(level, this.heading, 'cl-heading title', 'title') : nothing}
        <p class="intro">
          Work through each prompt with your leadership team: choose a status and, if it helps, add a note or an action.
          ${view.derived
            ? DERIVED_NOTE
            : nothing}
        </p>
        <div class="overall" part="progress">${overallProgress(progress)}</div>
        ${this.store.render(unknown)}
        ${renderTabs(this.view, this.selectView)}
        <div class="view-panel" id="view-panel" role="tabpanel" aria-labelledby="tab-${this.view}" part="view">
          ${this.view === 'answer' ? this.renderGroups(view, progress, this.sectionLevel) : this.renderOther()}
        </div>
      </div>
      ${print?.printSummary(view.groups, progress, (id) => answerOf(this.store.answers, id), {
        title: this.heading || 'Clinical leadership self-assessment',
        organisation: this.organisation,
        level,
        printedOn: this.printedOn,
        updatedAt: this.store.updatedAt,
        derived: view.derived,
        maps: view.maps,
        plan: this.hasActions ? print.printPlan(this, Math.min(level + 1, 6)) : undefined,
        host: this,
      }) ?? nothing}
      <input type="file" accept=".json,application/json" hidden tabindex="-1" aria-hidden="true" @change=${this.store.onFile} />
      ${status}`;
  }
}
