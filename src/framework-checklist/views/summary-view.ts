/**
 * The Summary view: the NHS.UK "check answers" pattern, one summary list per element, each row
 * with a "Change" link back to its prompt; and the baseline (today's statuses kept with a date)
 * with the change per element since then. Loaded only when the view is first shown.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ChecklistPrompt } from '../../data/schema.js';
import { formatPartialDate } from '../../data/date.js';
import { heading } from '../../internal/heading.js';
import type { ChecklistHost } from '../host.js';
import { changesSince, sinceText } from '../model/baseline.js';
import type { ChecklistAnswer } from '../model/answers.js';
import { progressText } from '../model/progress.js';
import { statusTag } from '../answer/prompt.js';
import { evidenceBlock } from '../answer/evidence-link.js';
import { mayServeLines, OUR_MAPPING } from '../model/framework-map.js';
import type { ChecklistGroup } from '../model/progress.js';

/** Per element: which of the board's other frameworks its evidence may serve (our mapping), or nothing. */
export function mayServeBlock(host: Pick<ChecklistHost, 'frameworkMaps'>, group: ChecklistGroup, cls = 'may-serve'): TemplateResult | typeof nothing {
  const lines = mayServeLines(host.frameworkMaps, group);
  if (!lines.length) return nothing;
  return html`<div class=${cls}>
    <p><strong>This evidence may also serve</strong> <span class="cl-secondary">(${OUR_MAPPING.toLowerCase()})</span>:</p>
    <ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>
  </div>`;
}

/** "Talent management: 1 → 3 of 4 completed; 2 statuses moved: …", per element (every status move, not only to Completed). */
export function baselineChanges(host: ChecklistHost): string[] {
  return changesSince(host.groups, new Map(Object.entries(host.answers)), host.baseline).map((c) => c.text);
}

function baselineBlock(host: ChecklistHost, level: number): TemplateResult {
  const baseline = host.baseline;
  const take = () => {
    host.saveBaseline();
    host.announce(`Baseline saved: today's answers, ${formatPartialDate(host.baseline!.takenAt)}.`);
  };
  const remove = () => {
    const earlier = !!host.baseline?.earlier?.length;
    host.saveBaseline(false);
    host.announce(earlier ? `Latest snapshot removed; the baseline is now ${formatPartialDate(host.baseline!.takenAt)}.` : 'Baseline removed.');
    host.focusIn('[data-command="baseline"]');
  };
  return html`<section class="baseline" aria-labelledby="baseline-title">
    ${heading(level, 'Change since the baseline', 'cl-heading', 'summary-heading', 'baseline-title')}
    ${baseline
      ? html`<p>Baseline taken on ${formatPartialDate(baseline.takenAt)}. ${sinceText(baseline)}</p>
          <ul class="baseline-changes">${baselineChanges(host).map((line) => html`<li>${line}</li>`)}</ul>`
      : html`<p>Save today's answers as a baseline to see, later, how far each element has moved since then.</p>`}
    <div class="panel-actions">
      <button type="button" class="cl-button cl-button--secondary cl-button--small" data-command="baseline" @click=${take}>
        ${baseline ? "Save today's answers as a new baseline (earlier ones are kept in Over time)" : "Save today's answers as a baseline"}
      </button>
      ${baseline
        ? html`<button type="button" class="cl-link-button" data-command="remove-baseline" @click=${remove}>${baseline.earlier?.length ? 'Remove the latest snapshot' : 'Remove the baseline'}</button>`
        : nothing}
    </div>
  </section>`;
}

function answerValue(answer: ChecklistAnswer): TemplateResult {
  const unanswered = answer.status === 'not-started' && !answer.note && !answer.action && !answer.evidence;
  if (unanswered) return html`<span class="cl-secondary">Not answered</span>`;
  const a = answer.action;
  return html`${statusTag(answer.status)}
    ${answer.note ? html`<p class="summary-list-note">${answer.note}</p>` : nothing}
    ${a
      ? html`<p class="summary-list-note"><strong>Action:</strong> ${a.what || '(no description)'}${a.owner ? `; owner: ${a.owner}` : ''}${a.due
        ? `; due ${formatPartialDate(a.due)}` : ''}${a.priority ? `; ${a.priority} priority` : ''}</p>`
      : nothing}
    ${evidenceBlock(answer.evidence)}`;
}

function row(host: ChecklistHost, prompt: ChecklistPrompt): TemplateResult {
  const change = (event: Event) => {
    event.preventDefault();
    host.showPrompt(prompt.id);
  };
  return html`<div class="summary-list-row">
    <dt class="summary-list-key">${prompt.text}</dt>
    <dd class="summary-list-value">${answerValue(host.answerFor(prompt.id))}</dd>
    <dd class="summary-list-actions">
      <a href="#p-${prompt.id}-${host.answerFor(prompt.id).status}" data-change=${prompt.id} @click=${change}>Change<span class="cl-visually-hidden">
        the answer to: ${prompt.text}</span></a>
    </dd>
  </div>`;
}

export function renderView(host: ChecklistHost): TemplateResult {
  const level = host.sectionLevel;
  const progress = host.progress.byElement;
  return html`<div class="summary-view" data-view-content="summary">
    ${baselineBlock(host, level)}
    ${host.groups.map(
      (group) => html`<section class="summary-list-group" aria-labelledby="sl-${group.id || 'other'}">
        ${heading(level, group.title, 'cl-heading', 'element-heading', `sl-${group.id || 'other'}`)}
        <p>${progressText(progress[group.id])}</p>
        ${mayServeBlock(host, group)}
        <dl class="summary-list">${group.prompts.map((p) => row(host, p))}</dl>
      </section>`,
    )}
  </div>`;
}

export const viewStyles = css`
  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-3);
    align-items: center;
  }
  .baseline {
    margin: 0 0 var(--cl-space-4);
    padding: var(--cl-space-3);
    border: 1px solid var(--cl-color-border);
    background: var(--cl-color-surface);
  }
  .baseline-changes {
    margin: 0 0 var(--cl-space-3);
    padding-left: 1.25rem;
  }
  .summary-list {
    margin: 0 0 var(--cl-space-5, 2rem);
  }
  .summary-list-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--cl-space-1);
    padding: var(--cl-space-2) 0;
    border-bottom: 1px solid var(--cl-color-border);
  }
  .summary-list-key {
    font-weight: var(--cl-font-weight-bold);
  }
  .summary-list-value,
  .summary-list-actions {
    margin: 0;
  }
  .summary-list-note {
    margin: var(--cl-space-1) 0 0;
    white-space: pre-wrap;
  }
  .may-serve {
    margin: 0 0 var(--cl-space-3);
    padding: var(--cl-space-2) var(--cl-space-3);
    border-left: 4px solid var(--cl-color-border);
  }
  .may-serve p,
  .may-serve ul,
  .evidence-list,
  .evidence-note {
    margin: 0;
  }
  .may-serve ul,
  .evidence-list {
    padding-left: 1.25rem;
  }
  .evidence {
    overflow-wrap: anywhere;
  }
  .summary-list-actions a {
    color: var(--cl-color-link);
  }
  @container (min-width: 40rem) {
    .summary-list-row {
      grid-template-columns: 2fr 2fr auto;
      gap: var(--cl-space-3);
    }
    .summary-list-actions {
      text-align: right;
    }
  }
`;
