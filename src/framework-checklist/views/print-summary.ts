/**
 * The print summary (the board paper's page): shown by `@media print` and by the `print-preview`
 * attribute. Loaded once the checklist is on screen and idle, or when printing is asked for; until
 * it arrives, printing shows the form itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import type { ChecklistAnswer } from '../model/answers.js';
import { STATUS_LABELS } from '../model/answers.js';
import { progressDetail, progressText, type ChecklistGroup, type ChecklistProgress } from '../model/progress.js';
import { DERIVED_NOTE, formatDate, formatWhen } from '../answer/prompt.js';

export { printPlan } from './plan-view.js';
export { printStyles as viewStyles } from './print.styles.js';

export interface SummaryContext {
  title: string;
  organisation?: string;
  level: number;
  printedOn: Date;
  updatedAt?: string;
  derived: boolean;
  /** The printed action plan, when there are actions (and its chunk is loaded). */
  plan?: TemplateResult;
}

/** The board-paper view: shown by `@media print` and by the `print-preview` attribute. */
export function printSummary(
  groups: readonly ChecklistGroup[],
  progress: ChecklistProgress,
  answerFor: (id: string) => ChecklistAnswer,
  ctx: SummaryContext,
): TemplateResult {
  const sub = Math.min(ctx.level + 1, 6);
  const updated = formatWhen(ctx.updatedAt);
  return html`<div class="summary" part="summary">
    ${heading(ctx.level, ctx.title, 'cl-heading summary-title', 'summary-heading')}
    ${ctx.organisation ? html`<p class="summary-organisation">${ctx.organisation}</p>` : nothing}
    <p class="summary-meta">
      Summary as at ${formatDate(ctx.printedOn)}.${updated ? ` Answers last changed at ${updated}.` : ''}<br />
      <strong>${progressText(progress)}</strong>${progressDetail(progress) ? ` (${progressDetail(progress)})` : ''}.
    </p>
    ${groups.map((group) => {
      const tally = progress.byElement[group.id];
      return html`<section class="summary-group">
        ${heading(sub, group.title, 'cl-heading summary-group-title', 'summary-heading')}
        <p class="summary-progress">${tally ? progressText(tally) : ''}</p>
        <table class="summary-table">
          <thead><tr><th scope="col">Prompt</th><th scope="col">Status</th><th scope="col">Note</th></tr></thead>
          <tbody>
            ${group.prompts.map((prompt) => {
              const answer = answerFor(prompt.id);
              return html`<tr>
                <td>${prompt.text}</td>
                <td class="summary-status">${STATUS_LABELS[answer.status]}</td>
                <td class="summary-note">${answer.note || html`<span class="cl-secondary">None</span>`}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </section>`;
    })}
    ${ctx.plan ?? nothing}
    ${ctx.derived
      ? html`<p class="summary-foot cl-secondary">${DERIVED_NOTE}</p>`
      : nothing}
  </div>`;
}
