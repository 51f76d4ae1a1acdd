import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { indexDataset, type DatasetIndex } from '../data/lookup.js';
import type { ChecklistPrompt, Dataset, FrameworkElement } from '../data/schema.js';
import type { ValidationResult } from '../data/validate.js';
import { DatasetController } from '../internal/dataset-controller.js';
import { VERSION } from '../internal/define.js';
import { clampLevel, heading } from '../internal/heading.js';
import { ValidatorsNeed, type Validators } from '../internal/lazy-validation.js';
import { renderError, renderLoading, safely, type ViewState } from '../internal/states.js';
import { resolveData } from '../internal/resolve.js';
import { shared } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { ChecklistActions, type ChangeReason } from './actions.js';
import { checklistCsv, parseExport, toJson } from './export.js';
import { answerOf, answersToObject, changedIds, withAnswer, isStatus, type ChecklistAnswer } from './model.js';
import { computeProgress, groupPrompts, progressText, type ChecklistGroup, type ChecklistProgress } from './progress.js';
import { styles } from './framework-checklist.styles.js';
import { printStyles } from './print.styles.js';
import { promptStyles } from './prompts.styles.js';
import { countText, DERIVED_NOTE, groupHeader, overallProgress, printSummary, promptItem } from './templates.js';

export interface ChecklistChangeDetail {
  /** The prompt whose answer changed; `null` when many changed at once (clear, undo, import, another tab). */
  promptId: string | null;
  /** That prompt's new answer, or `null` with `promptId: null`. */
  answer: ChecklistAnswer | null;
  progress: ChecklistProgress;
  reason: ChangeReason;
}

export type ImportOutcome = { ok: true; changed: number } | { ok: false; errors: string[] };

type View = ViewState<{ groups: ChecklistGroup[]; prompts: Map<string, ChecklistPrompt>; index?: DatasetIndex; derived: boolean }>;

const TAG = 'framework-checklist';

/**
 * An organisation's self-assessment against the five elements of *Clinical leadership – a framework
 * for action*, in the NHS task-list style. Each prompt has a status (Not started, In progress,
 * Completed, Not applicable) and an optional note. Answers are saved in this browser under
 * `storage-key`, can be downloaded as JSON or CSV, loaded back from JSON, and printed as a
 * board-paper summary. Prompts come from `.prompts` or the data set (provider or bundled); the
 * bundled prompts are our own questions, written from the barriers and enablers in the data set and
 * grouped under the framework's five elements (one paraphrases the framework's own key question),
 * and the widget says which is which.
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
 * @csspart summary - The print summary.
 * @csspart summary-heading - The headings of the print summary.
 * @csspart status - The visually hidden live region.
 *
 * @cssprop [--cl-color-primary] - Progress bars and radios (defaults to `--nhsuk-blue-colour`, then NHS Blue); see the other `--cl-*` tokens.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} cl-change - An answer changed: a status chosen, each edit of a note, or many at once
 * (`promptId: null`) through an import, clear, undo or another tab. `detail.reason` says which.
 */
export class FrameworkChecklist extends LitElement {
  static version = VERSION;
  // In this order (the cascade depends on it): the checklist's own, the task list, then print.
  static override styles = [...shared, styles, promptStyles, printStyles];

  /** Names the saved assessment. Without it nothing is stored (and the widget says so). */
  @property({ attribute: 'storage-key' }) storageKey?: string;
  /** The organisation's name, shown on the print summary and written into exports. */
  @property() organisation?: string;
  /** An optional title, shown above the checklist and on the print summary. */
  @property() heading?: string;
  /** Level of the title (2–6); element headings are one level below it, or at it when there is no title. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Suggested maximum length of a note. Longer notes are kept, and flagged. */
  @property({ attribute: 'note-limit', type: Number }) noteLimit = 500;
  /** Shows the print summary on screen instead of the form. */
  @property({ attribute: 'print-preview', type: Boolean, reflect: true }) printPreview = false;
  /** The prompts to show. Default: the data set's checklist prompts. */
  @property({ attribute: false }) prompts?: ChecklistPrompt[];
  /** An organisation's own prompts, added after the others under their element. */
  @property({ attribute: false }) extraPrompts?: ChecklistPrompt[];
  /** The elements to group prompts under, in order. Default: the data set's elements. */
  @property({ attribute: false }) elements?: FrameworkElement[];

  @state() protected view: View = { status: 'loading' };
  @state() private printedOn = new Date();
  @query('input[type="file"]') private fileInput?: HTMLInputElement;

  private data = new DatasetController(this);
  private validators = new ValidatorsNeed(this, TAG);
  private actions = new ChecklistActions(this);
  private viewInputs: unknown[] = [];
  private countTimer?: ReturnType<typeof setTimeout>;

  /** Saved answers by prompt id, including answers for prompts no longer shown. Not-started answers without a note are left out. */
  get answers(): Record<string, ChecklistAnswer> {
    return answersToObject(this.actions.answers);
  }

  /** Completed and applicable counts, overall and by element id. */
  get progress(): ChecklistProgress {
    return computeProgress(this.groups, this.actions.answers);
  }

  /** The answer for one prompt (not started, no note, when there is none). */
  getAnswer(promptId: string): ChecklistAnswer {
    return { ...answerOf(this.actions.answers, promptId) };
  }

  /** The answers as a JSON document that `importJson` accepts. */
  exportJson(): string {
    return toJson(this.actions.answers, { storageKey: this.storageKey, organisation: this.organisation, updatedAt: this.actions.updatedAt });
  }

  /** Every prompt with its element, status and note as RFC 4180 CSV, safe to open in a spreadsheet. */
  exportCsv(): string {
    return checklistCsv(this.groups, this.actions.answers);
  }

  /** Replaces the answers with those of an `exportJson` document. An invalid document changes nothing. */
  importJson(text: string): ImportOutcome {
    const result = parseExport(text);
    if (!result.ok) return result;
    const changed = changedIds(this.actions.answers, result.answers).length;
    this.actions.replace(result.answers, result.updatedAt, 'import');
    return { ok: true, changed };
  }

  /** @internal The prompts grouped under their elements, as shown. */
  get groups(): ChecklistGroup[] {
    return this.view.status === 'ready' ? this.view.groups : [];
  }

  /** @internal Called by the actions controller after any change to the answers. */
  notifyChange(promptId: string | null, reason: ChangeReason): void {
    const answer = promptId ? this.getAnswer(promptId) : null;
    this.dispatchEvent(
      new CustomEvent<ChecklistChangeDetail>('cl-change', { detail: { promptId, answer, progress: this.progress, reason }, bubbles: true, composed: true }),
    );
  }

  /** @internal */
  promptText(id: string): string | undefined {
    return this.view.status === 'ready' ? this.view.prompts.get(id)?.text : undefined;
  }

  /** @internal */
  openFilePicker(): void {
    this.fileInput?.click();
  }

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
    this.printedOn = new Date();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey')) this.actions.load();
    this.view = this.resolveView();
  }

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
    if (inputs.every((x, i) => x === this.viewInputs[i]) && this.viewInputs.length) return this.view;
    this.viewInputs = inputs;
    return safely(TAG, 'The checklist', () => this.buildView(state.dataset, state.validators));
  }

  private buildView(dataset: Dataset | undefined, validators: Validators | undefined): View {
    const errors: string[] = [];
    const check = <T>(validate: ((value: unknown, label: string) => ValidationResult<T[]>) | undefined, value: unknown, label: string): T[] => {
      const result = validate?.(value, label) ?? { ok: false, errors: [`${label} could not be checked`] };
      if (!result.ok) errors.push(...result.errors);
      return result.ok ? result.value : [];
    };
    const prompts = [
      ...(this.prompts !== undefined ? check(validators?.promptList, this.prompts, 'prompts') : (dataset?.checklistPrompts ?? [])),
      ...(this.extraPrompts !== undefined ? check(validators?.promptList, this.extraPrompts, 'extraPrompts') : []),
    ];
    const elements: FrameworkElement[] =
      this.elements !== undefined ? check(validators?.elementList, this.elements, 'elements') : (dataset?.elements ?? []);
    const byId = new Map<string, ChecklistPrompt>();
    for (const p of prompts) {
      if (byId.has(p.id)) errors.push(`prompts: the id '${p.id}' is used by more than one prompt`);
      byId.set(p.id, p);
    }
    if (errors.length) {
      warnOnce(TAG, `The prompts or elements given are not valid: ${errors.slice(0, 3).join('; ')}`);
      return { status: 'error', message: 'The prompts or elements given to the checklist are not valid.', errors };
    }
    const known = new Set(elements.map((e) => e.id));
    const strays = prompts.filter((p) => !known.has(p.elementId)).map((p) => p.id);
    if (strays.length && elements.length) warnOnce(TAG, `Prompts with an unknown elementId are shown under "Other prompts": ${strays.slice(0, 5).join(', ')}`);
    return {
      status: 'ready',
      groups: groupPrompts(prompts, elements),
      prompts: byId,
      index: dataset ? indexDataset(dataset) : undefined,
      derived: prompts.some((p) => p.authored === 'derived'),
    };
  }

  private onStatus = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.promptId!;
    if (!isStatus(input.value)) return;
    const answer = { ...answerOf(this.actions.answers, id), status: input.value };
    this.actions.change(withAnswer(this.actions.answers, id, answer), id, 'status');
    const group = this.groups.find((g) => g.prompts.some((p) => p.id === id));
    const tally = group ? this.progress.byElement[group.id] : undefined;
    this.actions.announce(`${group && tally ? `${group.title}: ${progressText(tally)}. ` : ''}Overall: ${progressText(this.progress)}.`);
  };

  private onNote = (event: Event) => {
    const textarea = event.target as HTMLTextAreaElement;
    const id = textarea.dataset.promptId!;
    const answer = { ...answerOf(this.actions.answers, id), note: textarea.value };
    this.actions.change(withAnswer(this.actions.answers, id, answer), id, 'note');
    // Like the GOV.UK character count: announce the count once typing pauses, not on every key.
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.actions.announce(countText(textarea.value.length, this.limit)), 1000);
  };

  private get limit(): number {
    const n = Math.trunc(Number(this.noteLimit));
    return Number.isFinite(n) && n > 0 ? n : 500;
  }

  private renderGroups(view: Extract<View, { status: 'ready' }>, progress: ChecklistProgress, level: number): TemplateResult {
    if (!view.groups.length) return html`<p class="cl-message" part="notice">There are no prompts in this checklist yet.</p>`;
    const ctx = { noteLimit: this.limit, index: view.index, onStatus: this.onStatus, onNote: this.onNote };
    return html`${view.groups.map(
      (group) => html`<section class="element" part="element" data-element-id=${group.id}>
        ${groupHeader(group, progress.byElement[group.id], level)}
        <ul class="prompts" role="list">
          ${group.prompts.map((p) => promptItem(p, answerOf(this.actions.answers, p.id), ctx))}
        </ul>
      </section>`,
    )}`;
  }

  protected override render(): TemplateResult {
    const view = this.view;
    const status = html`<div class="cl-visually-hidden" role="status" part="status">${this.actions.announcement}</div>`;
    if (view.status === 'loading') return html`${renderLoading('Loading the checklist…', 'tall')}${status}`;
    if (view.status === 'error') return html`${renderError(view.title ?? 'The checklist could not be shown', view.message, view.errors)}${status}`;
    const level = clampLevel(this.headingLevel, 2);
    const sectionLevel = this.heading ? Math.min(level + 1, 6) : level;
    const progress = this.progress;
    const unknown = [...this.actions.answers.keys()].filter((id) => !view.prompts.has(id)).length;
    return html`<div class="form" part="form">
        ${this.heading ? heading(level, this.heading, 'cl-heading title', 'title') : nothing}
        <p class="intro">
          Work through each prompt with your leadership team: choose a status and, if it helps, note who owns it, the evidence
          or the next step. ${view.derived
            ? DERIVED_NOTE
            : nothing}
        </p>
        <div class="overall" part="progress">${overallProgress(progress)}</div>
        ${this.actions.render(unknown)}
        ${this.renderGroups(view, progress, sectionLevel)}
      </div>
      ${printSummary(view.groups, progress, (id) => answerOf(this.actions.answers, id), {
        title: this.heading || 'Clinical leadership self-assessment',
        organisation: this.organisation,
        level,
        printedOn: this.printedOn,
        updatedAt: this.actions.updatedAt,
        derived: view.derived,
      })}
      <input type="file" accept=".json,application/json" hidden tabindex="-1" aria-hidden="true" @change=${this.actions.onFile} />
      ${status}`;
  }
}
