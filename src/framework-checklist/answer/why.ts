/**
 * The text of each prompt's "Why this prompt is here": who wrote the prompt, and the enablers and
 * sources it comes from. Fetched the first time a reader opens one. URLs from data pass through
 * `safeHref`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DatasetIndex } from '../../data/lookup.js';
import type { ChecklistPrompt, Source } from '../../data/schema.js';
import { citationOf, renderCitation } from '../../internal/citation.js';
import { GUIDE_TITLE } from './prompt.js';

function sourceItem(source: Source): TemplateResult {
  return html`<li>${renderCitation(citationOf(source.id, source))}</li>`;
}

/** Who wrote a prompt, as a reader should know it. */
export function provenanceText(prompt: ChecklistPrompt): TemplateResult | string {
  if (prompt.authored === 'framework') {
    return html`The framework's own key question for this element, in our paraphrase (from a report of <cite>${GUIDE_TITLE}</cite>).`;
  }
  if (prompt.authored === 'derived') {
    return "Our question, written from the barriers and enablers in this data set and placed under one of the framework's five elements. It is not the framework's wording.";
  }
  return 'Added by your organisation.';
}

/** Why the prompt is there: who wrote it, and the enablers and sources it comes from. */
export function whyBody(prompt: ChecklistPrompt, index: DatasetIndex | undefined): TemplateResult {
  const enablers = index ? prompt.enablerIds.map((id) => index.enablers.get(id)).filter((e) => e !== undefined) : [];
  const sources = index ? prompt.sourceIds.map((id) => index.sources.get(id)).filter((s) => s !== undefined) : [];
  return html`<div class="why-body">
      <p>${provenanceText(prompt)}</p>
      ${enablers.length
        ? html`<p class="why-label">What it builds on:</p>
            <ul>${enablers.map((e) => html`<li>${e.title}</li>`)}</ul>`
        : nothing}
      ${sources.length ? html`<p class="why-label">Sources:</p><ul>${sources.map(sourceItem)}</ul>` : nothing}
    </div>`;
}

export const viewStyles = css`
  .why-body {
    margin-top: var(--cl-space-2);
    padding-left: var(--cl-space-3);
    border-left: 4px solid var(--cl-color-border);
    font-size: var(--cl-font-size-small);
  }
  .why-body ul {
    margin: 0 0 var(--cl-space-2);
    padding-left: 1.25rem;
  }
  .why-body p {
    margin-bottom: var(--cl-space-2);
  }
  .why-label {
    font-weight: var(--cl-font-weight-bold);
  }

`;
