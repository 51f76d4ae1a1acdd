/**
 * The Action plan view: every action, sorted by due date (undated last), overdue ones marked against
 * today, optionally grouped by owner or by element; and the same plan for the print summary.
 * Loaded when the view is first shown, or as soon as there is an action (so the plan prints).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate } from '../../data/date.js';
import { heading } from '../../internal/heading.js';
import type { ChecklistHost } from '../host.js';
import { planItems, PRIORITY_LABELS, type PlanItem } from '../model/action-plan.js';
import { OTHER_GROUP_TITLE } from '../model/progress.js';
import { printStyles } from './print.styles.js';

export type PlanGrouping = 'none' | 'owner' | 'element';

const grouping = new WeakMap<ChecklistHost, PlanGrouping>();

/** Items in groups: one unnamed group, or one per owner ("No owner" last) or per element. */
export function groupItems(items: PlanItem[], by: PlanGrouping): [string, PlanItem[]][] {
  if (by === 'none') return [['', items]];
  const groups = new Map<string, PlanItem[]>();
  for (const item of items) {
    const name = by === 'owner' ? item.action.owner.trim() || 'No owner' : item.element || OTHER_GROUP_TITLE;
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  const entries = [...groups];
  if (by === 'owner') entries.sort(([a], [b]) => (a === 'No owner' ? 1 : b === 'No owner' ? -1 : a.localeCompare(b, 'en-GB')));
  return entries;
}

function table(host: ChecklistHost, items: PlanItem[], caption: string, print: boolean): TemplateResult {
  return html`<table class="summary-table plan-table">
    <caption class="cl-visually-hidden">${caption}</caption>
    <thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Priority</th></tr></thead>
    <tbody>
      ${items.map(
        (i) => html`<tr class=${i.overdue ? 'overdue' : ''}>
          <td>
            <span class="plan-what">${i.action.what || '(no description)'}</span>
            <span class="plan-prompt cl-secondary">${i.element}: ${i.prompt}</span>
            ${print
              ? nothing
              : html`<a href="#p-${i.promptId}-action-what" class="plan-change" @click=${(e: Event) => {
                  e.preventDefault();
                  host.showPrompt(i.promptId, 'action');
                }}>Change<span class="cl-visually-hidden"> the action for: ${i.prompt}</span></a>`}
          </td>
          <td data-label="Owner">${i.action.owner || html`<span class="cl-secondary">Not set</span>`}</td>
          <td data-label="Due">${i.action.due ? formatPartialDate(i.action.due) : html`<span class="cl-secondary">No date</span>`}${i.overdue
            ? html` <strong class="cl-tag cl-tag--red plan-overdue">Overdue</strong>`
            : nothing}</td>
          <td data-label="Priority">${i.action.priority ? PRIORITY_LABELS[i.action.priority] : html`<span class="cl-secondary">Not set</span>`}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function plan(host: ChecklistHost, by: PlanGrouping, print: boolean, level: number): TemplateResult {
  const items = planItems(host);
  const overdue = items.filter((i) => i.overdue).length;
  if (!items.length) return html`<p>There are no actions yet. Add one to a prompt in the Answer view.</p>`;
  return html`<p class="plan-count">${items.length} ${items.length === 1 ? 'action' : 'actions'}${overdue ? `, ${overdue} overdue` : ''}, sorted by due date.</p>
    ${groupItems(items, by).map(([name, list]) =>
      name ? html`${heading(level, name, 'cl-heading plan-group', 'summary-heading')}${table(host, list, `Actions: ${name}`, print)}` : table(host, list, 'Actions', print),
    )}`;
}

export function renderView(host: ChecklistHost): TemplateResult {
  const by = grouping.get(host) ?? 'none';
  const choose = (event: Event) => {
    grouping.set(host, (event.target as HTMLInputElement).value as PlanGrouping);
    host.requestUpdate();
  };
  const options: [PlanGrouping, string][] = [['none', 'No grouping'], ['owner', 'Owner'], ['element', 'Element']];
  return html`<div class="plan-view" data-view-content="plan">
    <fieldset class="plan-grouping">
      <legend>Group actions by</legend>
      <div class="statuses">
        ${options.map(
          ([value, label]) => html`<div class="radio">
            <input type="radio" id="plan-by-${value}" name="plan-by" value=${value} .checked=${by === value} @change=${choose} />
            <label for="plan-by-${value}">${label}</label>
          </div>`,
        )}
      </div>
    </fieldset>
    ${plan(host, by, false, host.sectionLevel)}
  </div>`;
}

/** The action plan for the print summary, by due date. */
export function printPlan(host: ChecklistHost, level: number): TemplateResult {
  return html`<section class="summary-group summary-plan">
    ${heading(level, 'Action plan', 'cl-heading summary-group-title', 'summary-heading')}
    ${plan(host, 'none', true, Math.min(level + 1, 6))}
  </section>`;
}

/** The plan's own styles: for the view, and for the printed plan (print-summary.ts adopts them too). */
export const planStyles = css`
  .plan-grouping {
    margin: 0 0 var(--cl-space-3);
    padding: 0;
    border: 0;
  }
  .plan-grouping legend {
    font-weight: var(--cl-font-weight-bold);
  }
  .plan-view .summary-table {
    margin-bottom: var(--cl-space-4);
  }
  .plan-what,
  .plan-prompt {
    display: block;
  }
  .plan-what {
    font-weight: var(--cl-font-weight-bold);
  }
  .plan-change {
    color: var(--cl-color-link);
  }
  /* Narrow: the table's header row is hidden (see print.styles.ts), so each value says what it is. */
  @container (max-width: 30rem) {
    .plan-table td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: var(--cl-font-weight-bold);
    }
  }
  .cl-tag--red {
    color: #6b140e;
    border-color: #6b140e;
    background: #f7d4d1;
  }
  .plan-overdue {
    white-space: nowrap;
  }
`;

/** The table styles are the print summary's (adopted once more if both are loaded: harmless). */
export const viewStyles = [printStyles, planStyles];
