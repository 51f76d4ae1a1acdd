/**
 * The checklist's Compare view: open several board members' exported files (JSON), see per prompt
 * how many chose each status and where they disagree, and take one member's answer into the
 * board's own record. Files are read in this browser with `File.text()`; nothing is uploaded.
 *
 * {@link CompareController} keeps the files and the comparison; {@link compareView} is the markup
 * (text bindings only). The element gives the controller a {@link CompareHost}.
 */
import { html, nothing, svg, type ReactiveController, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { warnOnce } from '../../internal/warn.js';
import { yieldToMain } from '../../internal/yield.js';
import { agreementText, compareMembers, countsText, type CompareFailure, type CompareMember, type Comparison, type ElementComparison, type MemberAnswer, type PromptComparison } from './compare.js';
import { loadMembers } from './compare-files.js';
import { downloadText } from '../../internal/download.js';
import { recordFileName } from '../../internal/record-files.js';
import { readItem } from '../../internal/local-storage.js';
import { toJson } from '../store/export.js';
import { fullKey } from '../store/record.js';
import { sameAnswer, STATUS_LABELS, withAnswer, type ChecklistAnswer, type ChecklistStatus } from '../model/answers.js';
import type { ChecklistHost } from '../host.js';
import type { ChecklistGroup } from '../model/progress.js';
import { compareStyles } from './compare.styles.js';
import { statusTag } from '../answer/prompt.js';
import { memberSource, recordsAsFiles } from './compare-members.js';

/** What the view reads and calls: a part of the one {@link ChecklistHost} (the element is one). */
export type CompareHost = Pick<
  ChecklistHost,
  'groups' | 'sectionLevel' | 'answerFor' | 'answers' | 'importJson' | 'announce' | 'focusIn' | 'addController' | 'removeController' | 'requestUpdate' | 'updateComplete'
  | 'setAside' | 'storageKey' | 'renderRoot' | 'adapter'
>;

/** About how many member rows one slice puts on the page (see listInSlices). */
const ROWS_PER_SLICE = 200;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The board's saved record when "Use this answer" must not write over it (saved by a newer version
 * of the checklist, or unreadable and left in place): why, and its text as stored, for a download.
 */
export function heldBack(host: Pick<CompareHost, 'setAside' | 'storageKey'>): { why: string; raw?: string } | undefined {
  const c = host.setAside;
  const newer = !!c && c.reason.includes('newer version');
  if (!c || !(newer || !c.asideKey) || !host.storageKey) return undefined;
  return {
    why: `the answers saved for this checklist ${newer ? 'were made by a newer version of it' : 'could not be read'}, and this page keeps them as they are`,
    // The kit keeps the set-aside text in memory (`raw`); otherwise it is read from where it was kept.
    raw: c.raw ?? readItem(c.asideKey ?? fullKey(host.storageKey)).raw ?? undefined,
  };
}

/** The chosen files and their comparison, kept while the widget lives (switching views keeps them). */
export class CompareController implements ReactiveController {
  private members: CompareMember[] = [];
  private failed: CompareFailure[] = [];
  private cached?: { groups: readonly ChecklistGroup[]; comparison: Comparison };
  /** Files (or members' records) read so far while a choice is loading. */
  private loading?: { done: number; total: number; what: 'file' | 'member' };
  /** Bumped by each choice (and Clear), so a slower earlier load never lands over a newer one. */
  private generation = 0;

  constructor(private readonly host: CompareHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The comparison against the prompts as shown now (computed again when they change; the files are not read again). */
  get comparison(): Comparison | undefined {
    if (!this.members.length && !this.failed.length) return undefined;
    const groups = this.host.groups;
    if (this.cached?.groups !== groups) this.cached = { groups, comparison: compareMembers(groups, this.members, this.failed) };
    return this.cached.comparison;
  }

  /** The files chosen in the view's file input: read in slices, with progress, the page answering throughout. */
  readonly onFiles = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const list = input.files ? Array.from(input.files) : [];
    input.value = ''; // choosing the same files again still fires "change"
    if (list.length) await this.load(list, [], 'file');
  };

  /** What the last "Compare the members' answers" found when there was nothing to compare. */
  private note?: string;

  /**
   * Reads `list` one file per slice (with progress; the 50-file cap before reading), puts the
   * comparison on the page a few prompts per task, then announces it. `unread`: failures found
   * before reading (members' records that are not JSON), listed first.
   */
  private async load(list: readonly File[], unread: CompareFailure[], what: 'file' | 'member'): Promise<void> {
    const generation = ++this.generation;
    this.note = undefined;
    this.members = [];
    this.failed = [];
    this.cached = undefined;
    try {
      const loaded = await loadMembers(list, (done, total) => {
        this.loading = { done, total, what };
        this.host.requestUpdate();
      }, () => generation !== this.generation);
      if (!loaded) return;
      this.loading = undefined;
      this.members = loaded.members;
      this.failed = [...unread, ...loaded.failed];
      this.host.requestUpdate();
      const c = this.comparison!;
      await this.listInSlices(c, generation);
      if (generation !== this.generation) return;
      this.host.announce(
        `${c.members.length ? `Comparing the answers of ${plural(c.members.length, 'member')}` : 'No answers could be compared'}` +
          `${c.failed.length ? `; ${plural(c.failed.length, what)} could not be read` : ''}.` +
          `${c.members.length > 1 ? ` They differ on ${plural(c.disagreements, 'prompt')}.` : ''}`,
      );
    } catch (error) {
      if (generation !== this.generation) return;
      this.loading = undefined;
      this.host.requestUpdate();
      warnOnce('framework-checklist', `the files could not be compared: ${String(error)}`);
      this.host.announce('The files could not be compared.');
    }
  }

  /** Prompts whose members' answers are on the page yet (undefined: all of them). */
  private listed?: Set<string>;

  /**
   * Each member's answer goes into the page a few prompts per task: 50 members on every prompt is
   * thousands of rows and buttons, one long task (the page frozen) if rendered in one go.
   */
  private async listInSlices(c: Comparison, generation: number): Promise<void> {
    const ids = c.elements.flatMap((e) => e.prompts.map((p) => p.id));
    const perSlice = Math.max(1, Math.floor(ROWS_PER_SLICE / Math.max(1, c.members.length)));
    if (ids.length <= perSlice) return;
    this.listed = new Set();
    for (let i = 0; i < ids.length; i += perSlice) {
      this.host.requestUpdate();
      await yieldToMain();
      if (generation !== this.generation) return;
      ids.slice(i, i + perSlice).forEach((id) => this.listed!.add(id));
    }
    this.listed = undefined;
    this.host.requestUpdate();
  }

  /**
   * Compare without files: every member's own answers from the host's store (when it can list them),
   * each read as the file that member would have sent, through the same slices as chosen files.
   */
  readonly fromMembers = async (): Promise<void> => {
    const source = memberSource(this.host.adapter);
    const key = this.host.storageKey?.trim();
    if (!source || !key) return;
    const { records, problem } = await source.members(fullKey(key)).catch(() => ({ records: [], problem: 'failed' as const }));
    this.note = problem ? "The members' answers could not be read from the store. Try again, or compare files." : records.length ? undefined : 'No member has answered yet.';
    if (this.note) {
      this.host.requestUpdate();
      return this.host.announce(this.note);
    }
    const { files, failed } = recordsAsFiles(records);
    await this.load(files.map((f) => new File([f.text], f.name, { type: 'application/json' })), failed, 'member');
  };

  readonly clear = (): void => {
    this.generation++;
    this.listed = undefined;
    this.loading = undefined;
    this.members = [];
    this.failed = [];
    this.cached = undefined;
    this.host.requestUpdate();
    this.host.announce('The comparison has been cleared.');
  };

  /** The last answer taken, and the board's answer it replaced (for Undo). */
  private taken?: { id: string; label: string; member: number; previous: ChecklistAnswer };
  /** The last "Use this answer" that changed nothing, and why (shown in its row, without Undo). */
  private refused?: { id: string; text: string; raw?: string };

  /** Says what actually happened: taken (with Undo), refused (a record held back, with its download), or no change. */
  readonly use = (p: PromptComparison, a: MemberAnswer): void => {
    const previous = { ...this.host.answerFor(p.id) };
    const held = heldBack(this.host);
    const outcome = held ? undefined : this.put(p.id, a.answer);
    this.taken = undefined;
    this.refused = undefined;
    if (outcome?.ok && outcome.changed) {
      this.taken = { id: p.id, label: a.label, member: a.member, previous };
      // The pressed button goes (that member's answer is now the board's): focus moves to Undo beside it.
      this.host.focusIn(`tr[data-prompt-id="${p.id}"] [data-command="undo-use"]`);
      this.host.announce(`The board's answer to “${p.text}” is now ${STATUS_LABELS[a.answer.status]}, from ${a.label}.`);
      return;
    }
    const text = held
      ? `The board's answer was not changed: ${held.why}.`
      : outcome?.ok
        ? `The board's answer is already ${STATUS_LABELS[this.host.answerFor(p.id).status]}, as ${a.label} answered: nothing changed.`
        : `The board's answer was not changed: ${outcome?.errors[0] ?? 'it could not be saved'}`;
    this.refused = { id: p.id, text, raw: held?.raw };
    this.host.requestUpdate();
    this.host.focusIn(`tr[data-prompt-id="${p.id}"] .compare-refused`);
    this.host.announce(`“${p.text}”: ${text}`);
  };

  readonly undo = (p: PromptComparison): void => {
    const taken = this.taken;
    if (!taken || taken.id !== p.id) return;
    this.taken = undefined;
    this.put(p.id, taken.previous);
    this.host.focusIn(`tr[data-prompt-id="${p.id}"] [data-command="use"][data-member="${taken.member}"]`);
    this.host.announce(`The board's answer to “${p.text}” is back to ${STATUS_LABELS[taken.previous.status]}.`);
  };

  /** Downloads the record held back, exactly as it was stored. */
  private readonly downloadHeld = (): void => {
    const raw = this.refused?.raw;
    const name = recordFileName('framework-checklist-saved-record', this.host.storageKey, 'json');
    const started = raw !== undefined && downloadText(this.host.renderRoot, name, raw, 'application/json');
    this.host.announce(started ? `Download started: ${name}.` : 'The saved record could not be downloaded in this browser.');
  };

  /** One prompt's answer into the board's record: the record with that answer changed, loaded as an import. */
  private put(id: string, answer: ChecklistAnswer): ReturnType<CompareHost['importJson']> {
    const answers = withAnswer(new Map(Object.entries(this.host.answers)), id, answer);
    return this.host.importJson(toJson(answers, { updatedAt: new Date().toISOString() }));
  }

  render(): TemplateResult {
    const members = memberSource(this.host.adapter) && this.host.storageKey?.trim() ? this.fromMembers : undefined;
    return compareView({ comparison: this.comparison, loading: this.loading, listed: (id) => !this.listed || this.listed.has(id), level: this.host.sectionLevel, current: (id) => this.host.answerFor(id), onFiles: this.onFiles, onMembers: members, membersNote: this.note, onUse: this.use, onUndo: this.undo, taken: this.taken, onClear: this.clear,
      refused: this.refused && { ...this.refused, onDownload: this.refused.raw !== undefined ? this.downloadHeld : undefined } });
  }
}

const controllers = new WeakMap<CompareHost, CompareController>();

/** The comparison the view holds for this widget (for the board paper), if files were chosen. */
export const comparisonOf = (host: CompareHost): Comparison | undefined => controllers.get(host)?.comparison;

/** The Compare view of a checklist (a lazily loaded view module: see registry.ts). */
export function renderView(host: CompareHost): TemplateResult {
  let controller = controllers.get(host);
  if (!controller) controllers.set(host, (controller = new CompareController(host)));
  return controller.render();
}

export const viewStyles = compareStyles;

export interface CompareViewContext {
  comparison?: Comparison;
  /** Whether a prompt's members' answers are on the page yet (they follow the table a few prompts per task). */
  listed?: (promptId: string) => boolean;
  /** Files read so far while a choice loads (shown as "Reading 12 of 50 files…", or members' answers). */
  loading?: { done: number; total: number; what?: 'file' | 'member' };
  /** Heading level of the view's elements. */
  level: number;
  current(promptId: string): ChecklistAnswer;
  onFiles(event: Event): void;
  /** Present when the store can list every member's own answers: compare them without files. */
  onMembers?: () => void;
  /** Why the members' answers were not compared (none yet, or the store failed). */
  membersNote?: string;
  onUse(prompt: PromptComparison, answer: MemberAnswer): void;
  onClear(): void;
  /** The prompt whose answer was last taken from a member, and from whom. */
  taken?: { id: string; label: string };
  /** The prompt whose "Use this answer" changed nothing, what to say, and the held-back record's download. */
  refused?: { id: string; text: string; onDownload?: () => void };
  onUndo(prompt: PromptComparison): void;
}

/** The order segments are drawn in a bar, and shown in the legend. */
const BAR_ORDER: readonly ChecklistStatus[] = ['completed', 'in-progress', 'not-started', 'not-applicable'];

/** A small stacked bar of the counts. Decorative: the counts are written beside it. SVG attributes, so a strict CSP allows it. */
function bar(p: PromptComparison): TemplateResult {
  const total = p.answers.length || 1;
  let x = 0;
  return html`<svg class="compare-bar" part="compare-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${BAR_ORDER.map((s) => {
      const width = (p.counts[s] / total) * 100;
      const rect = width ? svg`<rect class="seg seg--${s}" x=${x} y="0" width=${width} height="10"></rect>` : nothing;
      x += width;
      return rect;
    })}
  </svg>`;
}

function memberItem(p: PromptComparison, a: MemberAnswer, current: ChecklistAnswer, onUse: CompareViewContext['onUse']): TemplateResult {
  const { action } = a.answer;
  const same = sameAnswer(current, a.answer);
  return html`<li class="compare-member">
    <span class="compare-member-name">${a.label}</span>: ${STATUS_LABELS[a.answer.status]}
    ${a.answer.note ? html`<span class="compare-note">“${a.answer.note}”</span>` : nothing}
    ${action?.what ? html`<span class="compare-note">Action: ${action.what}${action.owner ? ` (${action.owner})` : ''}</span>` : nothing}
    ${same
      ? html`<span class="cl-secondary">(the board's answer)</span>`
      : html`<button type="button" class="cl-button cl-button--secondary cl-button--small" data-command="use" data-prompt-id=${p.id} data-member=${a.member}
          @click=${() => onUse(p, a)}>Use this answer<span class="cl-visually-hidden"> from ${a.label}</span></button>`}
  </li>`;
}

function promptRow(p: PromptComparison, ctx: CompareViewContext): TemplateResult {
  const current = ctx.current(p.id);
  return html`<tr class=${p.disagree ? 'compare-row compare-row--differ' : 'compare-row'} data-prompt-id=${p.id}>
    <th scope="row" class="compare-prompt">${p.text}</th>
    <td>
      <span class="compare-cell-label" aria-hidden="true">Members' answers</span>
      ${bar(p)}
      <span class="compare-counts">${countsText(p.counts)}</span>
      ${p.disagree ? html`<strong class="cl-tag cl-tag--white compare-differ">${agreementText(p)}</strong>` : html`<span class="cl-secondary">${agreementText(p)}</span>`}
    </td>
    <td>
      <span class="compare-cell-label" aria-hidden="true">Board's answer</span>
      <p class="compare-current">${statusTag(current.status)}</p>
      ${ctx.refused?.id === p.id
        ? html`<p class="compare-taken compare-refused" tabindex="-1">${ctx.refused.text}
            ${ctx.refused.onDownload
              ? html`<button type="button" class="cl-link-button" data-command="download-held" @click=${ctx.refused.onDownload}>Download the saved record<span class="cl-visually-hidden"> exactly as it is stored</span></button>`
              : nothing}</p>`
        : nothing}
      ${ctx.taken?.id === p.id
        ? html`<p class="compare-taken">Taken from ${ctx.taken.label}.
            <button type="button" class="cl-link-button" data-command="undo-use" @click=${() => ctx.onUndo(p)}>Undo<span class="cl-visually-hidden"> taking this answer</span></button></p>`
        : nothing}
      ${p.answers.length
        ? html`<details class="compare-details">
            <summary><span>Each member's answer</span></summary>
            ${ctx.listed?.(p.id) === false ? nothing : html`<ul class="compare-members">${p.answers.map((a) => memberItem(p, a, current, ctx.onUse))}</ul>`}
          </details>`
        : nothing}
    </td>
  </tr>`;
}

function elementTable(e: ElementComparison, ctx: CompareViewContext): TemplateResult {
  const id = `compare-${e.id || 'other'}`;
  return html`<section class="compare-element" part="element">
    ${heading(ctx.level, e.title, 'cl-heading compare-element-title', 'element-heading', id)}
    <p class="cl-secondary">${e.disagreements ? `Answers differ on ${e.disagreements} of ${plural(e.prompts.length, 'prompt')}.` : e.prompts.length === 1 ? 'Answers agree.' : `Answers agree on all ${e.prompts.length} prompts.`}</p>
    <table class="compare-table" aria-labelledby=${id}>
      <thead><tr><th scope="col">Prompt</th><th scope="col">Members' answers</th><th scope="col">Board's answer</th></tr></thead>
      <tbody>${e.prompts.map((p) => promptRow(p, ctx))}</tbody>
    </table>
  </section>`;
}

function failures(failed: readonly CompareFailure[]): TemplateResult {
  return html`<div class="cl-message cl-message--error compare-errors" role="alert">
    <p class="panel-title">${failed.length === 1 ? 'One file could not be read' : `${failed.length} files could not be read`}</p>
    <ul>${failed.map((f) => html`<li><span class="compare-file">“${f.name}”</span>: ${f.errors.join(' ')}</li>`)}</ul>
    <p>The other files are compared below. Choose the files again to include a corrected one.</p>
  </div>`;
}

function legend(): TemplateResult {
  return html`<p class="compare-legend cl-secondary" aria-hidden="true">
    ${BAR_ORDER.map((s) => html`<span class="compare-key"><svg viewBox="0 0 10 10" class="compare-swatch" focusable="false"><rect class="seg seg--${s}" width="10" height="10"></rect></svg>${STATUS_LABELS[s]}</span>`)}
  </p>`;
}

export function compareView(ctx: CompareViewContext): TemplateResult {
  const c = ctx.comparison;
  return html`<div class="compare" part="compare">
    <p class="intro">Open the answer files (JSON) that board members downloaded from this checklist to see, prompt by prompt, where they agree.
      The files are read in this browser only: nothing is uploaded or sent anywhere.</p>
    ${ctx.onMembers
      ? html`<div class="compare-field">
          <button type="button" class="cl-button cl-button--secondary" data-command="compare-members" @click=${ctx.onMembers}>Compare the members' answers</button>
          <p class="cl-secondary">Every member who has answered on this site, by name, without files.</p>
          ${ctx.membersNote ? html`<p class="compare-members-note"><strong>${ctx.membersNote}</strong></p>` : nothing}
        </div>`
      : nothing}
    <div class="compare-field">
      <label class="compare-label" for="compare-files">Members' answer files</label>
      <p class="cl-secondary" id="compare-files-hint">You can choose several files at once. Each member uses “Download answers (JSON)”.</p>
      <input type="file" id="compare-files" class="compare-input" multiple accept=".json,application/json" aria-describedby="compare-files-hint" @change=${ctx.onFiles} />
    </div>
    <p class="compare-progress" aria-live="polite">${ctx.loading && ctx.loading.total > 1 ? `Reading ${Math.min(ctx.loading.done + 1, ctx.loading.total)} of ${ctx.loading.total} ${ctx.loading.what === 'member' ? "members' answers" : 'files'}…` : ''}</p>
    ${c?.failed.length ? failures(c.failed) : nothing}
    ${c && c.members.length
      ? html`<p class="compare-summary" data-members=${c.members.length}>
            <strong>Comparing ${plural(c.members.length, 'member')}</strong>: ${c.members.map((m) => m.label).join(', ')}.
            ${c.members.length > 1 ? (c.disagreements ? `Answers differ on ${plural(c.disagreements, 'prompt')}.` : 'Every answer agrees.') : ''}
          </p>
          ${legend()}
          ${c.elements.map((e) => elementTable(e, ctx))}
          <button type="button" class="cl-button cl-button--secondary cl-button--small" data-command="clear-compare" @click=${ctx.onClear}>Clear the comparison</button>`
      : nothing}
  </div>`;
}
