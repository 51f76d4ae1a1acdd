/**
 * The Paper details view: the board paper's cover sheet, filled in once per paper (meeting and date,
 * agenda item, author and executive lead as roles, purpose, executive summary, recommendation,
 * strategic objectives, board assurance framework, level of assurance, impact). Saved with the
 * answers as each field changes; printed first in the Word paper and in the print summary. The
 * fields are `PAPER_FIELDS` with the page's `paperFields` changes applied (paper-fields.ts).
 * Loaded only when the view is first shown. NHS.UK form patterns: a label, a hint tied to the field
 * with `aria-describedby`, radios in a fieldset with a legend.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../../internal/heading.js';
import { warnOnce } from '../../internal/warn.js';
import type { ChecklistHost } from '../host.js';
import { MAX_PAPER_TEXT, paperText, resolvePaperFields, type PaperField } from '../paper/paper-fields.js';

type PaperViewHost = ChecklistHost;

/** The last `paperFields` value resolved, per widget: resolved again only when the property changes. */
const resolved = new WeakMap<PaperViewHost, { from: unknown; fields: PaperField[]; errors: string[] }>();

function fieldsOf(host: PaperViewHost): { fields: PaperField[]; errors: string[] } {
  let r = resolved.get(host);
  if (!r || r.from !== host.paperFields) {
    r = { from: host.paperFields, ...resolvePaperFields(host.paperFields) };
    resolved.set(host, r);
    if (r.errors.length) warnOnce('framework-checklist', `Some paper-fields settings could not be used: ${r.errors.join('; ')}.`);
  }
  return r;
}

function field(host: PaperViewHost, f: PaperField, value: string): TemplateResult {
  const id = `paper-${f.id}`;
  const hintId = f.hint ? `${id}-hint` : undefined;
  const hint = f.hint ? html`<p class="note-hint cl-secondary" id=${hintId!}>${f.hint}</p>` : nothing;
  const set = (event: Event) => host.setPaperDetail(f.id, (event.target as HTMLInputElement).value);
  if (f.kind === 'choice') {
    const clear = () => {
      host.setPaperDetail(f.id, '');
      host.announce(`${f.label}: cleared.`);
    };
    return html`<fieldset class="paper-field" aria-describedby=${hintId ?? nothing}>
      <legend class="paper-label">${f.label}</legend>
      ${hint}
      <div class="statuses">
        ${(f.options ?? []).map((option, i) => html`<div class="radio">
          <input type="radio" id="${id}-${i}" name=${id} .value=${option} .checked=${live(value === option)} @change=${set} />
          <label for="${id}-${i}">${option}</label>
        </div>`)}
      </div>
      ${value && !f.options?.includes(value) ? html`<p class="cl-secondary">Saved earlier: ${value}</p>` : nothing}
      ${value ? html`<button type="button" class="cl-link-button" data-clear=${f.id} @click=${clear}>Clear<span class="cl-visually-hidden"> ${f.label}</span></button>` : nothing}
    </fieldset>`;
  }
  return html`<div class="paper-field">
    <label class="paper-label" for=${id}>${f.label}</label>
    ${hint}
    ${f.kind === 'textarea'
      ? html`<textarea class="note-input paper-text" id=${id} rows="4" maxlength=${MAX_PAPER_TEXT} aria-describedby=${hintId ?? nothing} .value=${live(value)} @input=${set}></textarea>`
      : html`<input class="paper-input" id=${id} type="text" autocomplete="off" maxlength=${MAX_PAPER_TEXT} aria-describedby=${hintId ?? nothing} .value=${live(value)} @input=${set} />`}
  </div>`;
}

export function renderView(host: PaperViewHost): TemplateResult {
  const { fields, errors } = fieldsOf(host);
  const values = host.paperDetails;
  return html`<div class="paper-view" data-view-content="paper">
    ${heading(host.sectionLevel, 'Paper details', 'cl-heading', 'summary-heading', 'paper-title')}
    <p>Fill these in once for the board paper. They are saved with the answers, and printed first, as the paper's cover sheet, in the Word paper and in Print summary. Leave out what does not apply.</p>
    ${errors.length
      ? html`<div class="cl-message cl-message--error" part="notice" role="alert">
          <p>Some of this page's cover sheet settings (<code>paper-fields</code>) could not be used, so those fields are shown as usual:</p>
          <ul>${errors.map((e) => html`<li>${e}</li>`)}</ul>
        </div>`
      : nothing}
    <form class="paper-form" @submit=${(e: Event) => e.preventDefault()} aria-labelledby="paper-title">
      ${fields.map((f) => field(host, f, paperText(values, f.id)))}
    </form>
  </div>`;
}

export const viewStyles = css`
  .paper-form {
    max-width: 40em;
  }
  .paper-field {
    margin: 0 0 var(--cl-space-4);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .paper-label {
    display: block;
    padding: 0;
    margin-bottom: var(--cl-space-1);
    font-weight: var(--cl-font-weight-bold);
  }
  .paper-input {
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: 40px;
    padding: 4px 8px;
    border: 2px solid var(--cl-color-input-border);
    border-radius: 0;
    background: var(--cl-color-surface);
    color: inherit;
    font: inherit;
  }
  .paper-input:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .paper-text {
    min-height: 6em;
  }
`;
