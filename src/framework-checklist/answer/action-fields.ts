/**
 * The optional action beside each prompt: what will be done, the owner (a role), a due date (the
 * NHS.UK date input: day, month and year fields) and a priority; and the NHS.UK error summary for
 * due dates that are not real dates. Loaded only when a person opens an action, or when the saved
 * answers already hold one.
 *
 * What was typed into the date fields is kept on the page while it is not a real date (and shown
 * with its error); the saved action keeps its last good date until the fields hold a real one.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ChecklistPrompt } from '../../data/schema.js';
import { dateError, draftOf, toIso, type DateDraft } from '../../internal/date-input.js';
import type { ChecklistHost } from '../host.js';
import { clip, MAX_ACTION, PRIORITIES, type ChecklistAction, type ChecklistAnswer, type ChecklistPriority } from '../model/answers.js';
import { PRIORITY_LABELS } from '../model/action-plan.js';
import { characterCount, countLine, visibleLength } from './prompt.js';
import { evidenceStyles } from './evidence-fields.js';

/** The evidence fields come in this chunk too (one chunk, one loader in the element). */
export { errorKey as evidenceErrorKey, renderEvidenceFields } from './evidence-fields.js';

/** What the action fields read and call: a part of the one {@link ChecklistHost}. */
export type ActionFieldsHost = Pick<ChecklistHost, 'dateDrafts' | 'answerFor' | 'setAction' | 'announce' | 'requestUpdate' | 'focusIn' | 'promptText'>;

/** Suggested maximum length of an action; longer text is kept and flagged (up to the record's ceiling, `MAX_ACTION`). */
export const ACTION_LIMIT = 250;
/** The owner's count shows from this share of its limit (NHS.UK's `data-threshold`): a role is short. */
const OWNER_THRESHOLD = 0.75;
const FIELD_NAMES = { what: 'What will be done', owner: 'An owner' } as const;
/** One pending "characters remaining" announcement per checklist. */
const countTimers = new WeakMap<ActionFieldsHost, ReturnType<typeof setTimeout>>();
const EMPTY: ChecklistAction = { what: '', owner: '', due: '', priority: '' };

export { dateError, type DateDraft };

/** Every due date with an error the person has seen, in checklist order. */
export function dateErrors(host: ActionFieldsHost, ids: readonly string[]): { id: string; text: string }[] {
  return ids.flatMap((id) => {
    const draft = host.dateDrafts.get(id);
    const text = draft?.checked ? dateError(draft) : undefined;
    return text ? [{ id, text }] : [];
  });
}

/** The NHS.UK error summary: a heading and a link to each field. */
export function errorSummary(host: ActionFieldsHost, errors: { id: string; text: string }[]): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="group" aria-labelledby="error-summary-title">
    <p class="error-summary-title" id="error-summary-title">There is a problem</p>
    <ul>
      ${errors.map(
        (e) => html`<li><a href="#p-${e.id}-due-day" @click=${(event: Event) => {
          event.preventDefault();
          host.focusIn(`#p-${e.id}-due-day`);
        }}>${e.text}<span class="cl-visually-hidden"> (${host.promptText(e.id) ?? e.id})</span></a></li>`,
      )}
    </ul>
  </div>`;
}

function onInput(host: ActionFieldsHost, event: Event): void {
  const input = event.target as HTMLInputElement;
  const id = input.dataset.promptId;
  const field = input.dataset.field;
  if (!id || !field) return;
  const action = { ...EMPTY, ...host.answerFor(id).action };
  if (field === 'what' || field === 'owner') {
    // The record's own ceiling, as at reading (`maxlength` stops typing there; a value set by script is cut the same way).
    const text = clip(input.value, MAX_ACTION);
    if (text !== input.value) input.value = text;
    action[field] = text;
    const limit = field === 'what' ? ACTION_LIMIT : MAX_ACTION;
    const length = visibleLength(text);
    clearTimeout(countTimers.get(host));
    // Like the note: the count is said politely once typing pauses (the owner's only near its limit).
    if (field === 'what' || length >= limit * OWNER_THRESHOLD) {
      countTimers.set(host, setTimeout(() => host.announce(countLine(text, limit, MAX_ACTION, FIELD_NAMES[field])), 1000));
    }
  }
  else if (field === 'priority') action.priority = input.value as ChecklistPriority;
  else {
    const draft = { ...(host.dateDrafts.get(id) ?? draftOf(action.due)), [field]: input.value };
    host.dateDrafts.set(id, draft);
    if (!dateError(draft)) {
      action.due = draft.day || draft.month || draft.year ? toIso(draft) : '';
      draft.checked = false;
    }
  }
  host.setAction(id, action);
}

/** Leaving the three date fields checks them, as a form's Continue would. */
function onDateLeave(host: ActionFieldsHost, event: FocusEvent): void {
  const group = event.currentTarget as HTMLElement;
  if (group.contains(event.relatedTarget as Node | null)) return;
  const id = group.dataset.promptId!;
  const draft = host.dateDrafts.get(id);
  if (!draft) return;
  const error = dateError(draft);
  if (error && !draft.checked) host.announce(`Error: ${error}.`);
  draft.checked = !!error;
  host.requestUpdate();
}

const dateInput = (id: string, field: keyof DateDraft, label: string, value: string, invalid: boolean, cls: string) =>
  html`<div class="date-item">
    <label class="date-label" for="${id}-due-${field}">${label}</label>
    <input class="input ${cls} ${invalid ? 'input--error' : ''}" id="${id}-due-${field}" name="${id}-due-${field}" inputmode="numeric"
      autocomplete="off" data-prompt-id=${id.slice(2)} data-field=${field} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(value)} />
  </div>`;

/** The fields of one prompt's action. */
export function renderActionFields(host: ActionFieldsHost, prompt: ChecklistPrompt, answer: ChecklistAnswer): TemplateResult {
  const id = `p-${prompt.id}`;
  const action = answer.action ?? EMPTY;
  const draft = host.dateDrafts.get(prompt.id) ?? draftOf(action.due);
  const error = draft.checked ? dateError(draft) : undefined;
  const over = visibleLength(action.what) > ACTION_LIMIT;
  const input = (event: Event) => onInput(host, event);
  return html`<div class="action-fields" @input=${input} @change=${input}>
    <div class="field">
      <label class="field-label" for="${id}-action-what">What will be done</label>
      <textarea class="note-input ${over ? 'note-input--over' : ''}" id="${id}-action-what" rows="2" data-prompt-id=${prompt.id} data-field="what" maxlength=${MAX_ACTION}
        aria-describedby="${id}-action-what-limit" aria-invalid=${over ? 'true' : 'false'} .value=${live(action.what)}></textarea>
      ${characterCount(`${id}-action-what`, action.what, ACTION_LIMIT, MAX_ACTION, FIELD_NAMES.what)}
    </div>
    <div class="field">
      <label class="field-label" for="${id}-action-owner">Owner</label>
      <p class="note-hint cl-secondary" id="${id}-action-owner-hint">A role, not a person's name, for example Medical director</p>
      <input class="input input--owner" id="${id}-action-owner" autocomplete="off" data-prompt-id=${prompt.id} data-field="owner" maxlength=${MAX_ACTION}
        aria-describedby="${id}-action-owner-hint ${id}-action-owner-limit" .value=${live(action.owner)} />
      ${characterCount(`${id}-action-owner`, action.owner, MAX_ACTION, MAX_ACTION, FIELD_NAMES.owner, OWNER_THRESHOLD)}
    </div>
    <fieldset class="field date ${error ? 'field--error' : ''}" role="group" aria-describedby="${id}-due-hint${error ? ` ${id}-due-error` : ''}"
      data-prompt-id=${prompt.id} @focusout=${(e: FocusEvent) => onDateLeave(host, e)}>
      <legend class="field-label">Due date</legend>
      <p class="note-hint cl-secondary" id="${id}-due-hint">For example, 27 3 2027</p>
      ${error ? html`<p class="error-message" id="${id}-due-error"><span class="cl-visually-hidden">Error:</span> ${error}</p>` : nothing}
      <div class="date-input">
        ${dateInput(id, 'day', 'Day', draft.day, !!error, 'input--2')}
        ${dateInput(id, 'month', 'Month', draft.month, !!error, 'input--2')}
        ${dateInput(id, 'year', 'Year', draft.year, !!error, 'input--4')}
      </div>
    </fieldset>
    <fieldset class="field">
      <legend class="field-label">Priority</legend>
      <div class="statuses">
        ${(['', ...PRIORITIES] as ChecklistPriority[]).map(
          (p) => html`<div class="radio">
            <input type="radio" id="${id}-priority-${p || 'none'}" name="${id}-priority" value=${p} data-prompt-id=${prompt.id} data-field="priority"
              .checked=${live(action.priority === p)} />
            <label for="${id}-priority-${p || 'none'}">${PRIORITY_LABELS[p]}</label>
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}


export const viewStyles = [evidenceStyles, css`
  .action-fields {
    margin-top: var(--cl-space-2);
    padding-left: var(--cl-space-3);
    border-left: 4px solid var(--cl-color-border);
  }
  .field {
    margin: 0 0 var(--cl-space-3);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field--error {
    padding-left: var(--cl-space-3);
    border-left: 4px solid var(--cl-color-error);
  }
  .field-label {
    display: block;
    padding: 0;
    font-weight: var(--cl-font-weight-bold);
  }
  .input {
    display: block;
    height: 40px;
    padding: 4px;
    border: 2px solid var(--cl-color-input-border);
    border-radius: 0;
    background: var(--cl-color-surface);
    color: inherit;
    font: inherit;
  }
  .input--owner {
    /* Border and padding inside the width: at 320 px a content-box 100% field overflowed its column. */
    box-sizing: border-box;
    width: 100%;
    max-width: 20em;
  }
  .input--2 {
    width: 3.5em;
  }
  .input--4 {
    width: 5.5em;
  }
  .input--error {
    border-color: var(--cl-color-error);
  }
  .input:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-3);
  }
  .date-label {
    display: block;
  }
  .error-message {
    margin: 0 0 var(--cl-space-2);
    color: var(--cl-color-error);
    font-weight: var(--cl-font-weight-bold);
  }
  .error-summary {
    margin: 0 0 var(--cl-space-4);
    padding: var(--cl-space-3);
    border: 4px solid var(--cl-color-error);
  }
  .error-summary-title {
    margin: 0 0 var(--cl-space-2);
    font-size: 1.25rem;
    font-weight: var(--cl-font-weight-bold);
  }
  .error-summary ul {
    margin: 0;
    padding-left: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--cl-color-error);
    font-weight: var(--cl-font-weight-bold);
  }
`];
