/**
 * One evidence link as the views show it (the Answer view's evidence fields, the Summary, the print
 * summary): a link bound through `safeHref`, or plain text when the address must not be a link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '../../internal/url.js';
import type { ChecklistEvidence, EvidenceLink } from '../model/answers.js';

export function evidenceLink(link: EvidenceLink): TemplateResult {
  const href = safeHref(link.href);
  const label = link.label || link.href;
  return href
    ? html`<a href=${href} rel="noopener noreferrer">${label}</a>${link.label ? html` <span class="cl-secondary evidence-href">(${link.href})</span>` : nothing}`
    : html`${label}`;
}

/** "Evidence:" with its links and note, or nothing when the answer has none. */
export function evidenceBlock(evidence: ChecklistEvidence | undefined, cls = 'summary-list-note'): TemplateResult | typeof nothing {
  if (!evidence) return nothing;
  return html`<div class="${cls} evidence">
    <strong>Evidence:</strong>
    ${evidence.links.length ? html`<ul class="evidence-list">${evidence.links.map((l) => html`<li>${evidenceLink(l)}</li>`)}</ul>` : nothing}
    ${evidence.note ? html`<p class="evidence-note">${evidence.note}</p>` : nothing}
  </div>`;
}
