/**
 * The evidence beside each prompt (issue 31): links to where the evidence lives (a board paper,
 * minutes, a policy on the trust's intranet) and a short note. Loaded with the action fields
 * (action-fields.ts re-exports it) when a person opens a prompt's "Add evidence" or "Add an action". Addresses are kept only when `https://` or relative (model/evidence.ts);
 * anything else is refused with a message naming the rule, and links are bound through `safeHref`.
 *
 * The fields stop at the record's own ceilings (maxlength), so what is typed can be read back.
 * Nothing about an individual belongs here: appraisal and fit and proper person evidence stay in
 * the trust's HR records.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ChecklistPrompt } from '../../data/schema.js';
import type { ChecklistHost } from '../host.js';
import { clip, type ChecklistAnswer, type ChecklistEvidence } from '../model/answers.js';
import { isEvidenceHref, MAX_EVIDENCE_HREF, MAX_EVIDENCE_LABEL, MAX_EVIDENCE_LINKS, MAX_EVIDENCE_NOTE } from '../model/evidence.js';
import { evidenceLink } from './evidence-link.js';

/** What the evidence fields read and call: a part of the one {@link ChecklistHost}. */
export type EvidenceHost = Pick<ChecklistHost, 'setEvidence' | 'announce' | 'requestUpdate' | 'focusIn'>;

/** The error shown under the new link's fields, by prompt id, until the link is added. */
const errors = new WeakMap<EvidenceHost, Map<string, { field: 'label' | 'href'; text: string }>>();
const errorsOf = (host: EvidenceHost) => errors.get(host) ?? errors.set(host, new Map()).get(host)!;

/** The shown error's text (part of the key that renders a prompt again), or `undefined`. */
export const errorKey = (host: EvidenceHost, id: string): string | undefined => errorsOf(host).get(id)?.text;

const EMPTY: ChecklistEvidence = { links: [], note: '' };

/** Why an address cannot be kept (the rule is `isEvidenceHref`'s), or `undefined`. */
export function evidenceHrefError(href: string): string | undefined {
  if (!href) return 'Enter the address of the evidence';
  if (href.length > MAX_EVIDENCE_HREF) return `The address must be ${MAX_EVIDENCE_HREF} characters or fewer`;
  return isEvidenceHref(href) ? undefined : 'The address must start with https:// or be an address on your intranet, such as /papers/board-minutes.pdf';
}

function addLink(host: EvidenceHost, prompt: ChecklistPrompt, answer: ChecklistAnswer, root: HTMLElement): void {
  const id = `p-${prompt.id}`;
  const labelInput = root.querySelector<HTMLInputElement>(`#${id}-evidence-label`)!;
  const hrefInput = root.querySelector<HTMLInputElement>(`#${id}-evidence-href`)!;
  // Cut at the ceiling reading uses (a script can set a value past maxlength), never through a character.
  const label = clip(labelInput.value.trim(), MAX_EVIDENCE_LABEL);
  const href = hrefInput.value.trim();
  const evidence = answer.evidence ?? EMPTY;
  const problem = !label
    ? ({ field: 'label', text: 'Enter what the evidence is, for example Board minutes, May 2026' } as const)
    : ((text) => (text ? ({ field: 'href', text } as const) : undefined))(evidenceHrefError(href));
  if (problem) {
    errorsOf(host).set(prompt.id, problem);
    host.announce(`Error: ${problem.text}.`);
    host.requestUpdate();
    host.focusIn(`#${id}-evidence-${problem.field}`);
    return;
  }
  errorsOf(host).delete(prompt.id);
  labelInput.value = '';
  hrefInput.value = '';
  host.setEvidence(prompt.id, { ...evidence, links: [...evidence.links, { label, href }] });
  host.announce(`Evidence added: ${label}.`);
  host.focusIn(`#${id}-evidence-label`);
}

function removeLink(host: EvidenceHost, prompt: ChecklistPrompt, answer: ChecklistAnswer, index: number): void {
  const evidence = answer.evidence ?? EMPTY;
  const removed = evidence.links[index];
  host.setEvidence(prompt.id, { ...evidence, links: evidence.links.filter((_, i) => i !== index) });
  host.announce(`Evidence removed: ${removed?.label ?? ''}.`);
  host.focusIn(`#p-${prompt.id}-evidence-label`);
}

/** The evidence fields of one prompt: its links (each removable), a form to add one, and the note. */
export function renderEvidenceFields(host: EvidenceHost, prompt: ChecklistPrompt, answer: ChecklistAnswer): TemplateResult {
  const id = `p-${prompt.id}`;
  const evidence = answer.evidence ?? EMPTY;
  const error = errorsOf(host).get(prompt.id);
  const full = evidence.links.length >= MAX_EVIDENCE_LINKS;
  const field = (name: 'label' | 'href', label: string, hint: string, max: number, type: string) => {
    const bad = error?.field === name;
    return html`<div class="field ${bad ? 'field--error' : ''}">
      <label class="field-label" for="${id}-evidence-${name}">${label}</label>
      <p class="note-hint cl-secondary" id="${id}-evidence-${name}-hint">${hint}</p>
      ${bad ? html`<p class="error-message" id="${id}-evidence-${name}-error"><span class="cl-visually-hidden">Error:</span> ${error!.text}</p>` : nothing}
      <input class="input input--wide ${bad ? 'input--error' : ''}" id="${id}-evidence-${name}" type=${type} autocomplete="off" maxlength=${max}
        aria-describedby="${id}-evidence-${name}-hint${bad ? ` ${id}-evidence-${name}-error` : ''}" aria-invalid=${bad ? 'true' : 'false'} />
    </div>`;
  };
  const onNote = (event: Event) => {
    const note = clip((event.target as HTMLTextAreaElement).value, MAX_EVIDENCE_NOTE);
    host.setEvidence(prompt.id, { ...evidence, note });
  };
  return html`<div class="action-fields evidence-fields" data-prompt-id=${prompt.id}>
    <p class="note-hint cl-secondary">
      Link to where the evidence is kept: a board paper, minutes or a policy. Evidence about the organisation only: an
      individual's appraisal or fit and proper person evidence belongs in the trust's HR records, not here.
    </p>
    ${evidence.links.length
      ? html`<ul class="evidence-links" aria-label="Evidence for this prompt">
          ${evidence.links.map((link, i) => html`<li>${evidenceLink(link)}
            <button type="button" class="cl-link-button" data-command="remove-evidence" @click=${() => removeLink(host, prompt, answer, i)}>
              Remove<span class="cl-visually-hidden"> ${link.label}</span></button></li>`)}
        </ul>`
      : nothing}
    ${full
      ? html`<p class="cl-secondary">This prompt has ${MAX_EVIDENCE_LINKS} links, the most one answer can keep.</p>`
      : html`<fieldset class="field evidence-new">
          <legend class="field-label">Add a link</legend>
          ${field('label', 'What it is', 'For example, Board minutes, May 2026', MAX_EVIDENCE_LABEL, 'text')}
          ${field('href', 'Address', 'Starting with https://, or an address on your intranet such as /papers/minutes.pdf', MAX_EVIDENCE_HREF, 'text')}
          <button type="button" class="cl-button cl-button--secondary cl-button--small" data-command="add-evidence"
            @click=${(e: Event) => addLink(host, prompt, answer, (e.currentTarget as HTMLElement).closest('.evidence-fields') as HTMLElement)}>
            Add link</button>
        </fieldset>`}
    <div class="field">
      <label class="field-label" for="${id}-evidence-note">Evidence note <span class="cl-secondary">(optional)</span></label>
      <p class="note-hint cl-secondary" id="${id}-evidence-note-hint">What the evidence shows, in a sentence or two (up to ${MAX_EVIDENCE_NOTE} characters)</p>
      <textarea class="note-input" id="${id}-evidence-note" rows="2" maxlength=${MAX_EVIDENCE_NOTE} aria-describedby="${id}-evidence-note-hint"
        .value=${live(evidence.note)} @input=${onNote}></textarea>
    </div>
  </div>`;
}

/** The evidence's own styles (the field, input and error message styles are the action fields'). */
export const evidenceStyles = css`
  .evidence-fields .input--wide {
    width: 100%;
    max-width: 30em;
    box-sizing: border-box;
  }
  .evidence-links {
    margin: 0 0 var(--cl-space-3);
    padding-left: 1.25rem;
    overflow-wrap: anywhere;
  }
  .evidence-links li {
    margin-bottom: var(--cl-space-1);
  }
  .evidence-new {
    margin-bottom: var(--cl-space-3);
  }
`;
