/**
 * The print summary (the board paper's page): shown by `@media print` and by the `print-preview`
 * attribute. Loaded once the checklist is on screen and idle, or when printing is asked for; until
 * it arrives, printing shows the form itself. Complete on its own: the cover sheet (Paper details)
 * first, the change since the baseline, and the action plan styled whichever views were opened
 * (its styles come with this chunk, not only with the Action plan view).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { changesSince, sinceText } from '../model/baseline.js';
import type { ChecklistAnswer, ChecklistBaseline } from '../model/answers.js';
import { STATUS_LABELS } from '../model/answers.js';
import { progressDetail, progressText, type ChecklistGroup, type ChecklistProgress } from '../model/progress.js';
import { DERIVED_NOTE, formatDate, formatWhen } from '../answer/prompt.js';
import { coverLines, resolvePaperFields } from '../paper/paper-fields.js';
import { planStyles } from './plan-view.js';
import { printStyles } from './print.styles.js';
import type { FrameworkMap } from '../../data/schema.js';
import { evidenceBlock } from '../answer/evidence-link.js';
import { mayServeLines, OUR_MAPPING } from '../model/framework-map.js';

export { printPlan } from './plan-view.js';
/** The summary's styles and the printed plan's (adopted again if the Action plan view loads too: harmless). */
export const viewStyles = [printStyles, planStyles];

export interface SummaryContext {
  title: string;
  organisation?: string;
  level: number;
  /** When printing was asked for; unset in print preview before any (today, then). */
  printedOn?: Date;
  updatedAt?: string;
  derived: boolean;
  /** The printed action plan, when there are actions (and its chunk is loaded). */
  plan?: TemplateResult;
  /** The data set's maps to the board's other frameworks: each element says which items its evidence may serve. */
  maps?: readonly FrameworkMap[];
  /** The checklist: its answers, baseline, cover sheet (Paper details) and `paperFields`. */
  host?: { answers: Record<string, ChecklistAnswer>; baseline?: ChecklistBaseline; paperDetails: Record<string, string>; paperFields?: unknown };
}

/** The cover sheet: the filled-in Paper details, short ones as a list, longer ones under headings. */
function cover(ctx: SummaryContext, sub: number): TemplateResult | typeof nothing {
  const lines = coverLines(resolvePaperFields(ctx.host?.paperFields).fields, ctx.host?.paperDetails);
  if (!lines.length) return nothing;
  const short = lines.filter((l) => !l.long);
  return html`<section class="summary-cover">
    ${heading(sub, 'Cover sheet', 'cl-heading summary-group-title', 'summary-heading')}
    ${short.length ? html`<dl class="summary-cover-list">${short.map((l) => html`<div><dt>${l.label}</dt><dd>${l.text}</dd></div>`)}</dl>` : nothing}
    ${lines.filter((l) => l.long).map((l) => html`${heading(Math.min(sub + 1, 6), l.label, 'cl-heading summary-cover-heading', 'summary-heading')}
      <p class="summary-cover-text">${l.text}</p>`)}
  </section>`;
}

function sinceBaseline(groups: readonly ChecklistGroup[], ctx: SummaryContext, sub: number): TemplateResult | typeof nothing {
  const baseline = ctx.host?.baseline;
  if (!baseline) return nothing;
  return html`<section class="summary-group summary-baseline">
    ${heading(sub, 'Change since the baseline', 'cl-heading summary-group-title', 'summary-heading')}
    <p>${sinceText(baseline)}</p>
    <ul>${changesSince(groups, new Map(Object.entries(ctx.host!.answers)), baseline).map((c) => html`<li>${c.text}.</li>`)}</ul>
  </section>`;
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
      Summary as at ${formatDate(ctx.printedOn ?? new Date())}.${updated ? ` Answers last changed at ${updated}.` : ''}<br />
      <strong>${progressText(progress)}</strong>${progressDetail(progress) ? ` (${progressDetail(progress)})` : ''}.
    </p>
    ${cover(ctx, sub)}
    ${sinceBaseline(groups, ctx, sub)}
    ${groups.map((group) => {
      const tally = progress.byElement[group.id];
      return html`<section class="summary-group">
        ${heading(sub, group.title, 'cl-heading summary-group-title', 'summary-heading')}
        <p class="summary-progress">${tally ? progressText(tally) : ''}</p>
        ${((lines) => lines.length
          ? html`<p class="summary-may-serve">This evidence may also serve (${OUR_MAPPING.toLowerCase()}): ${lines.join('. ')}.</p>`
          : nothing)(mayServeLines(ctx.maps ?? [], group))}
        <table class="summary-table">
          <thead><tr><th scope="col">Prompt</th><th scope="col">Status</th><th scope="col">Note</th></tr></thead>
          <tbody>
            ${group.prompts.map((prompt) => {
              const answer = answerFor(prompt.id);
              return html`<tr>
                <td>${prompt.text}</td>
                <td class="summary-status">${STATUS_LABELS[answer.status]}</td>
                <td class="summary-note">${answer.note || (answer.evidence ? '' : html`<span class="cl-secondary">None</span>`)}${evidenceBlock(answer.evidence, 'summary-evidence')}</td>
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
