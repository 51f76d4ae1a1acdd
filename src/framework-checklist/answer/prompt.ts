/**
 * The parts of `<framework-checklist>` that only turn data into markup: a prompt with its status
 * radios and note, the "why this prompt" disclosure, progress bars and the print summary.
 * Text bindings only; URLs from data pass through `safeHref`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { DatasetIndex } from '../../data/lookup.js';
import type { ChecklistPrompt } from '../../data/schema.js';
import { heading } from '../../internal/heading.js';
import { MAX_NOTE, STATUSES, STATUS_CLASSES, STATUS_LABELS, type ChecklistAnswer, type ChecklistStatus } from '../model/answers.js';
import { groupStatus, progressDetail, progressText, type ChecklistGroup, type ChecklistProgress, type ProgressTally } from '../model/progress.js';

export const GUIDE_TITLE = 'Clinical leadership – a framework for action';

/** What the page says about the bundled prompts' wording: true to what was recovered of the framework. */
export const DERIVED_NOTE =
  "The prompts are our own questions, written from the barriers and enablers in this library's data set and grouped under the framework's five elements; they are not the framework's wording. Where a prompt is the framework's own key question, in our paraphrase, it says so.";

// Made on first use, not when the module loads: each Intl object costs milliseconds to build (locale
// data), time the page's load spent blocked (Total Blocking Time) though few renders need a date.
let dateFormat: Intl.DateTimeFormat | undefined;
let timeFormat: Intl.DateTimeFormat | undefined;

/** "14:05 on 3 August 2026", or `undefined` for a missing or bad timestamp. */
export function formatWhen(iso: string | undefined): string | undefined {
  const date = iso ? new Date(iso) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  timeFormat ??= new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${timeFormat.format(date)} on ${formatDate(date)}`;
}
export const formatDate = (date: Date): string =>
  (dateFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })).format(date);

export function statusTag(status: ChecklistStatus): TemplateResult {
  return html`<strong class=${STATUS_CLASSES[status]}>${STATUS_LABELS[status]}</strong>`;
}

/** A labelled native progress bar; its value text matches the visible text. */
export function progressBar(t: ProgressTally, label: string): TemplateResult {
  const max = Math.max(t.total, 1);
  return html`<progress class="bar" part="progress-bar" max=${max} .value=${t.completed} aria-label=${label} aria-valuetext=${progressText(t)}></progress>`;
}

export function overallProgress(p: ChecklistProgress): TemplateResult {
  const detail = progressDetail(p);
  return html`<p class="overall-text"><strong>${progressText(p)}</strong>${detail ? html`<span class="cl-secondary">${` (${detail})`}</span>` : nothing}</p>
    ${progressBar(p, 'Overall progress')}`;
}

export function groupHeader(group: ChecklistGroup, tally: ProgressTally, level: number): TemplateResult {
  return html`<div class="element-head">
      ${heading(level, group.title, 'cl-heading element-title', 'element-heading')}
      <p class="element-progress">${statusTag(groupStatus(tally))} <span>${progressText(tally)}</span></p>
    </div>
    ${progressBar(tally, `${group.title} progress`)}
    ${group.summary
      ? html`<details class="about"><summary><span>About this element</span></summary><p class="cl-secondary">${group.summary}</p></details>`
      : nothing}`;
}

export interface PromptContext {
  noteLimit: number;
  index?: DatasetIndex;
  onStatus: (event: Event) => void;
  onNote: (event: Event) => void;
  onToggle: (event: Event) => void;
  /** Whether a prompt's action is open. */
  open: (id: string, hasAction: boolean) => boolean;
  /** Opening a "Why this prompt is here" (its text is fetched the first time). */
  onWhy: (event: Event) => void;
  /** The text of "Why this prompt is here", once its chunk is loaded. */
  why?: (prompt: ChecklistPrompt) => TemplateResult;
  /** A key for what was typed into a prompt's date fields (its draft), so a change there renders it again. */
  draft?: (id: string) => string | undefined;
  /** The action's fields, once their chunk is loaded. */
  fields?: (prompt: ChecklistPrompt, answer: ChecklistAnswer) => TemplateResult;
  /** The evidence fields (links and a note), once their chunk is loaded; `open("e:<id>")` says whether they are open. */
  evidence?: (prompt: ChecklistPrompt, answer: ChecklistAnswer) => TemplateResult;
}

const hasSegmenter = typeof Intl.Segmenter === 'function';
let segmenter: Intl.Segmenter | undefined; // made on first use (see dateFormat)

/** Characters as a reader counts them: an emoji, an accented letter or a flag is one (grapheme clusters). */
export function visibleLength(text: string): number {
  if (!hasSegmenter || !/[^\x20-\x7e]/.test(text)) return hasSegmenter ? text.length : [...text].length; // plain ASCII: one each
  segmenter ??= new Intl.Segmenter('en-GB');
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

export function countText(length: number, limit: number): string {
  const left = Math.abs(limit - length);
  return `You have ${left.toLocaleString('en-GB')} character${left === 1 ? '' : 's'} ${length > limit ? 'too many' : 'remaining'}`;
}

/**
 * The NHS.UK character count under a field `fieldId`: its limit for screen readers (the field's
 * `aria-describedby` names `<fieldId>-limit`), and the count as a reader sees it (hidden from screen
 * readers: the page announces it politely once typing pauses), followed at the record's hard
 * ceiling (`max`, code units as the record is read) by why nothing more goes in. With `threshold`
 * (a share of the limit), the count shows only from there, as `data-threshold` does in NHS.UK frontend.
 */
export function characterCount(fieldId: string, text: string, limit: number, max: number, what: string, threshold = 0): TemplateResult {
  const length = visibleLength(text);
  const full = text.length >= max;
  return html`<p class="cl-visually-hidden" id="${fieldId}-limit">You can enter up to ${limit.toLocaleString('en-GB')} characters</p>
    ${length >= limit * threshold || full
      ? html`<p class="note-count ${length > limit || full ? 'note-count--over' : ''}" aria-hidden="true">${countLine(text, limit, max, what)}</p>`
      : nothing}`;
}

/** What the count says, and what is announced once typing pauses: the count, then the ceiling when reached. */
export const countLine = (text: string, limit: number, max: number, what: string): string =>
  countText(visibleLength(text), limit) + (text.length >= max ? `. ${what} can be at most ${max.toLocaleString('en-GB')} characters; nothing after that is kept.` : '');

/**
 * One prompt: a fieldset whose legend is the prompt, four status radios and a note. The hint
 * describes each radio, not the fieldset: Orca does not read a group's description when focus
 * enters it, so a reader heard the question and "Not started" but never the hint. Every edit
 * changes the answer at once, so the bound values always match what is on screen (no `live()`).
 */
export function promptItem(prompt: ChecklistPrompt, answer: ChecklistAnswer, ctx: PromptContext): TemplateResult {
  const id = `p-${prompt.id}`;
  const over = visibleLength(answer.note) > ctx.noteLimit;
  const open = ctx.open(prompt.id, !!answer.action);
  const evOpen = ctx.open(`e:${prompt.id}`, false);
  return html`<li class="prompt" part="prompt" data-prompt-id=${prompt.id}>
    <fieldset>
      <legend class="prompt-text">${prompt.text}</legend>
      <p class="prompt-status"><span class="cl-visually-hidden">Status: </span>${statusTag(answer.status)}</p>
      ${prompt.authored === 'organisation' ? html`<p class="prompt-origin cl-secondary">Your organisation's prompt</p>` : nothing}
      ${prompt.authored === 'framework' ? html`<p class="prompt-origin cl-secondary">The framework's key question, paraphrased</p>` : nothing}
      ${prompt.hint ? html`<p class="prompt-hint cl-secondary" id="${id}-hint">${prompt.hint}</p>` : nothing}
      <div class="statuses">
        ${STATUSES.map(
          (s) => html`<div class="radio">
            <input type="radio" id="${id}-${s}" name="${id}-status" value=${s} data-prompt-id=${prompt.id}
              aria-describedby=${prompt.hint ? `${id}-hint` : nothing} .checked=${answer.status === s} @change=${ctx.onStatus} />
            <label for="${id}-${s}">${STATUS_LABELS[s]}</label>
          </div>`,
        )}
      </div>
      <div class="note">
        <label class="note-label" for="${id}-note">Note <span class="cl-secondary">(optional)</span></label>
        <p class="note-hint cl-secondary" id="${id}-note-hint">The evidence, or what you found</p>
        <textarea id="${id}-note" class="note-input ${over ? 'note-input--over' : ''}" rows="2" data-prompt-id=${prompt.id} maxlength=${MAX_NOTE}
          aria-describedby="${id}-note-hint ${id}-note-limit" aria-invalid=${over ? 'true' : 'false'}
          .value=${answer.note} @input=${ctx.onNote}></textarea>
        ${characterCount(`${id}-note`, answer.note, ctx.noteLimit, MAX_NOTE, 'A note')}
      </div>
      <details class="action" ?open=${open} data-prompt-id=${prompt.id} @toggle=${ctx.onToggle}>
        <summary><span>${answer.action ? 'Action' : 'Add an action'}</span></summary>
        ${open ? (ctx.fields?.(prompt, answer) ?? html`<p class="cl-secondary">Loading…</p>`) : nothing}
      </details>
      <details class="action evidence" part="evidence" ?open=${evOpen} data-prompt-id="e:${prompt.id}" @toggle=${ctx.onToggle}>
        <summary><span>${answer.evidence ? 'Evidence' : 'Add evidence'}</span></summary>
        ${evOpen ? (ctx.evidence?.(prompt, answer) ?? html`<p class="cl-secondary">Loading…</p>`) : nothing}
      </details>
      <details class="why" part="why" @toggle=${ctx.onWhy}>
        <summary><span>Why this prompt is here</span></summary>
        ${ctx.why?.(prompt) ?? nothing}
      </details>
    </fieldset>
  </li>`;
}

/** Every element with its progress and its prompts. */
export function renderGroups(
  groups: readonly ChecklistGroup[], progress: ChecklistProgress, level: number, answerFor: (id: string) => ChecklistAnswer, ctx: PromptContext,
): TemplateResult {
  return html`${groups.map(
    (group) => html`<section class="element" part="element" data-element-id=${group.id}>
      ${groupHeader(group, progress.byElement[group.id], level)}
      <ul class="prompts" role="list">
        ${group.prompts.map((p) => {
          // Only prompts whose answer, open action, date draft or loaded parts changed are rendered again.
          const answer = answerFor(p.id);
          return guard([p, answer, ctx.open(p.id, !!answer.action), ctx.open(`e:${p.id}`, false), ctx.fields, ctx.why, ctx.noteLimit, ctx.index, ctx.draft?.(p.id)], () => promptItem(p, answer, ctx));
        })}
      </ul>
    </section>`,
  )}`;
}
