/**
 * The terms view, loaded the first time a seat's "Terms and tenure" is opened or a seat already has
 * a term date: each seat's first appointment and term end (the NHS.UK date input, with the same
 * date rule and messages as the checklist's due date) and whether the post is shared with another
 * organisation; and, for the board, the tenure notes, the look-ahead and the shared posts. Sources are
 * cited through `cite` (the checks part's citation), so this part does not carry its own.
 *
 * What was typed into the date fields stays on the page while it is not a real date (with its
 * error); the seat keeps its last good date until the fields hold a real one.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BoardFact } from '../data/schema.js';
import { dateError, draftOf, toIso, type DateDraft } from '../internal/date-input.js';
import { heading } from '../internal/heading.js';
import type { Seat } from './model.js';
import { HORIZONS, lookAhead, lookAheadText, sharedPosts, tenureNotes } from './tenure.js';

export interface TermsHost {
  /** What is typed in each seat's date fields, by `<seat id>-first` and `<seat id>-end`. */
  readonly dateDrafts: Map<string, DateDraft>;
  /** The look-ahead's horizon in months. */
  horizon: number;
  editSeat(seat: Seat, patch: Partial<Seat>): void;
  /** Says a date's error in the element's live region (focus has left the fields by then). */
  announce(text: string): void;
  requestUpdate(): void;
}

/** The board fact with the tenure rule as NHS England words the Code (its sources are cited). */
export const TENURE_FACT = 'code-of-governance-tenure';

const FIELDS = { first: ['firstAppointed', 'Date first appointed to the board', 'Date first appointed'], end: ['termEnds', 'Term end date', 'Term end date'] } as const;

function dateField(host: TermsHost, seat: Seat, which: keyof typeof FIELDS): TemplateResult {
  const [field, legend, label] = FIELDS[which];
  const key = `${seat.id}-${which}`;
  const id = `seat-${seat.id}-${which}`;
  const draft = host.dateDrafts.get(key) ?? draftOf(seat[field]);
  const error = draft.checked ? dateError(draft, label) : undefined;
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const next: DateDraft = { ...(host.dateDrafts.get(key) ?? draftOf(seat[field])), [input.dataset.part!]: input.value };
    host.dateDrafts.set(key, next);
    if (!dateError(next, label)) {
      next.checked = false;
      const iso = next.day || next.month || next.year ? toIso(next) : undefined;
      if (iso !== seat[field]) host.editSeat(seat, { [field]: iso });
    }
    host.requestUpdate();
  };
  // Leaving the three fields checks them, as a form's Continue would.
  const onLeave = (event: FocusEvent) => {
    if ((event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) return;
    const current = host.dateDrafts.get(key);
    if (!current) return;
    const message = dateError(current, label);
    if (message && !current.checked) host.announce(`Error: ${message}.`);
    current.checked = !!message;
    host.requestUpdate();
  };
  const part = (p: 'day' | 'month' | 'year', text: string, width: string) => html`<div class="date-item">
    <label class="date-label" for="${id}-${p}">${text}</label>
    <input class="cl-input date-input--${width}" id="${id}-${p}" inputmode="numeric" autocomplete="off" data-part=${p}
      aria-invalid=${error ? 'true' : 'false'} .value=${live(draft[p])} />
  </div>`;
  return html`<fieldset class="date ${error ? 'date--error' : ''}" role="group" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
    @input=${onInput} @focusout=${onLeave}>
    <legend class="date-legend">${legend}</legend>
    <p class="cl-secondary date-hint" id="${id}-hint">For example, 1 4 2027</p>
    ${error ? html`<p class="date-error" id="${id}-error"><span class="cl-visually-hidden">Error:</span> ${error}</p>` : nothing}
    <div class="date-parts">${part('day', 'Day', '2')}${part('month', 'Month', '2')}${part('year', 'Year', '4')}</div>
  </fieldset>`;
}

/** One seat's terms: two optional dates and the shared-post box, with its tenure note if any. */
export function termFields(host: TermsHost, seat: Seat, seats: readonly Seat[]): TemplateResult {
  const note = tenureNotes(seats).find((n) => n.seat.id === seat.id);
  return html`<div class="terms-fields">
    ${dateField(host, seat, 'first')}
    ${dateField(host, seat, 'end')}
    <div class="cl-checkbox">
      <input type="checkbox" id="seat-${seat.id}-shared" .checked=${live(!!seat.shared)}
        @change=${(e: Event) => host.editSeat(seat, { shared: (e.target as HTMLInputElement).checked || undefined })} />
      <label for="seat-${seat.id}-shared">Shared with another organisation (a joint post)</label>
    </div>
    ${note ? html`<p class="tenure-note" data-level=${note.level}>${note.text}</p>` : nothing}
  </div>`;
}

/** The board's terms: tenure notes with their source, the look-ahead and the shared posts. */
export function termsSection(
  host: TermsHost, seats: readonly Seat[], level: number, uid: string, fact?: BoardFact, cite?: (ids: readonly string[]) => unknown,
): TemplateResult {
  const notes = tenureNotes(seats);
  const ahead = lookAhead(seats, host.horizon);
  const shared = sharedPosts(seats);
  const hasDates = seats.some((s) => s.firstAppointed || s.termEnds);
  return html`<section class="terms" part="terms" aria-labelledby="${uid}-terms">
    ${heading(level, 'Terms, tenure and the voices the board may lose', 'cl-heading', 'terms-heading', `${uid}-terms`)}
    ${hasDates ? nothing : html`<p class="cl-secondary">Add first-appointment and term-end dates under each seat's "Terms and tenure" to see these.</p>`}
    ${notes.length
      ? html`<ul class="tenure-notes">${notes.map((n) => html`<li data-level=${n.level}>${n.text}</li>`)}</ul>
          ${fact ? html`<p class="cl-secondary">${fact.text}</p>${fact.scope ? html`<p class="cl-secondary">Applies to: ${fact.scope}</p>` : nothing}${cite?.(fact.sourceIds) ?? nothing}` : nothing}`
      : hasDates ? html`<p>No chair or non-executive director is past six years from first appointment.</p>` : nothing}
    <div class="cl-field horizon">
      <label for="${uid}-horizon">Look ahead</label>
      <select id="${uid}-horizon" class="cl-input" @change=${(e: Event) => { host.horizon = Number((e.target as HTMLSelectElement).value); host.requestUpdate(); }}>
        ${HORIZONS.map((m) => html`<option value=${m} ?selected=${m === host.horizon}>The next ${m} months</option>`)}
      </select>
    </div>
    <p class="look-ahead" part="look-ahead" role="status">${lookAheadText(ahead)}</p>
    ${shared.length ? html`<p class="shared">Shared with another organisation: ${shared.join('; ')}.</p>` : nothing}
  </section>`;
}

/** The date fields' styles, adopted by the element when this chunk loads (not carried up front). */
export const styles = css`
  .date { border: 0; padding: 0; margin: var(--cl-space-2) 0; min-width: 0; }
  .date--error { padding-left: var(--cl-space-3); border-left: 4px solid var(--cl-color-error, #d5281b); }
  .date-legend { font-weight: var(--cl-font-weight-bold); padding: 0; }
  .date-hint, .date-error { margin: 0 0 var(--cl-space-1); }
  .date-error { color: var(--cl-color-error, #d5281b); font-weight: var(--cl-font-weight-bold); }
  .date-parts { display: flex; flex-wrap: wrap; gap: var(--cl-space-3); }
  .date-label { display: block; }
  .date-input--2 { width: 3.5em; }
  .date-input--4 { width: 5.5em; }
  .tenure-note, .tenure-notes li { max-width: 44em; }
  @media (forced-colors: active) {
    .date--error { border-left-color: CanvasText; }
  }
`;
