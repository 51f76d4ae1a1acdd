/**
 * The system view's templates: the footprint's counts, the shared-post totals, the AHP-lead and
 * statutory counts, and each organisation's row (sortable by name only). Pure Lit templates; no
 * colour carries meaning and no cell is ranked or scored.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { countText, showMoreText } from '../internal/filter-text.js';
import { heading } from '../internal/heading.js';
import {
  disciplineCounts, inViewCodes, LEAD_ANSWERS, leadCounts, ofText, seatTotals, sharedWithInView, statutory, type OrgView, type SortDirection,
} from './model.js';
import { COLUMNS, dateText, DISCIPLINE_LABELS, LEAD_LABELS, LEAD_NOTE, NO_RANKING_NOTE, rowCells, STATUTORY_NOTE } from './text.js';

/** How many organisations have each discipline, among voting members, all board members and attending. */
export function disciplineTable(orgs: readonly OrgView[], uid: string, level: number): TemplateResult {
  const n = orgs.length;
  return html`<section part="disciplines">
    ${heading(level, 'Organisations with each discipline at the board', 'cl-heading', 'heading', `${uid}-disciplines`)}
    <p class="cl-secondary">${n < 5
      ? `Counts of organisations, out of ${n}. With fewer than five organisations in view no shares are shown.`
      : `Counts of organisations, out of ${n}, with the share in brackets.`}</p>
    <div class="scroll" role="region" aria-labelledby="${uid}-disciplines">
      <table class="cl-table">
        <thead><tr><th scope="col">Discipline</th><th scope="col">Among voting members</th><th scope="col">Among all board members</th><th scope="col">Attending</th></tr></thead>
        <tbody>${disciplineCounts(orgs).map((r) => html`<tr data-discipline=${r.discipline}>
          <th scope="row">${DISCIPLINE_LABELS[r.discipline]}</th><td>${ofText(r.voting, n)}</td><td>${ofText(r.board, n)}</td><td>${ofText(r.attends, n)}</td>
        </tr>`)}</tbody>
      </table>
    </div>
  </section>`;
}

/** Seats across the footprint, each shared post once. */
export function seatsTable(orgs: readonly OrgView[], uid: string, level: number): TemplateResult {
  const t = seatTotals(orgs);
  return html`<section part="seats">
    ${heading(level, 'Seats across the footprint', 'cl-heading', 'heading', `${uid}-seats`)}
    <p class="cl-secondary shared-note">${t.sharedOnce
      ? `${t.sharedOnce} post${t.sharedOnce === 1 ? ' is' : 's are'} shared between organisations in view; each is counted once here.`
      : 'No post is recorded as shared between organisations in view.'}
      ${t.sharedUnknown ? ` ${t.sharedUnknown} seat${t.sharedUnknown === 1 ? ' is' : 's are'} marked shared without the other organisations' codes, so counted with each organisation that lists ${t.sharedUnknown === 1 ? 'it' : 'them'}.` : nothing}</p>
    <div class="scroll" role="region" aria-labelledby="${uid}-seats">
      <table class="cl-table">
        <thead><tr><th scope="col">Discipline</th><th scope="col">Voting seats</th><th scope="col">All board seats</th><th scope="col">Attending</th></tr></thead>
        <tbody>${t.rows.map((r) => html`<tr><th scope="row">${DISCIPLINE_LABELS[r.discipline]}</th><td>${r.voting}</td><td>${r.board}</td><td>${r.attends}</td></tr>`)}</tbody>
      </table>
    </div>
  </section>`;
}

/** The senior strategic AHP lead as each board recorded it, and the statutory check for foundation trusts. */
export function leadAndLaw(orgs: readonly OrgView[], uid: string, level: number): TemplateResult {
  const n = orgs.length;
  const leads = leadCounts(orgs);
  const fts = orgs.filter((o) => o.record.kind === 'foundation-trust');
  const both = fts.filter((o) => statutory(o.record)?.state === 'both').length;
  return html`<section part="lead">
      ${heading(level, 'A senior strategic AHP lead', 'cl-heading', 'heading', `${uid}-lead`)}
      <p class="cl-secondary">${LEAD_NOTE}</p>
      <ul class="lead-counts">${LEAD_ANSWERS.filter((a) => leads[a]).map((a) => html`<li data-lead=${a}>${LEAD_LABELS[a]}: ${ofText(leads[a], n)}</li>`)}</ul>
    </section>
    <section part="law">
      ${heading(level, 'The two statutory clinical executive seats (foundation trusts)', 'cl-heading', 'heading', `${uid}-law`)}
      <p class="law-count">${fts.length
        ? `${both} of ${fts.length} foundation trust${fts.length === 1 ? '' : 's'} in view record both registrations among voting executive directors. Each trust's row says what is recorded.`
        : 'No foundation trust is in view.'}</p>
      <p class="cl-secondary">${STATUTORY_NOTE}</p>
    </section>`;
}

const NOUN = { one: 'organisation', many: 'organisations' };

export interface TableView {
  direction: SortDirection;
  /** Rows shown (a page at a time, so 200 organisations never lay out at once). */
  limit: number;
  pageSize: number;
  onSort: () => void;
  onMore: () => void;
}

/** Each organisation's own row; the Organisation column is the only one that sorts. */
export function orgTable(orgs: readonly OrgView[], view: TableView, uid: string, level: number): TemplateResult {
  const inView = inViewCodes(orgs);
  const { direction, onSort } = view;
  const shown = orgs.slice(0, view.limit);
  return html`<section part="organisations">
    ${heading(level, 'Each organisation', 'cl-heading', 'heading', `${uid}-orgs`)}
    <p class="cl-secondary no-ranking">${NO_RANKING_NOTE}</p>
    <p class="org-count">${countText(NOUN, orgs.length, orgs.length, false, shown.length)}</p>
    <div class="scroll" role="region" aria-labelledby="${uid}-orgs">
      <table class="cl-table orgs" part="table">
        <thead><tr>
          <th scope="col" aria-sort=${direction}>
            <button type="button" class="sort" data-action="sort" @click=${onSort}>Organisation <span class="cl-visually-hidden">(sorted by name, ${direction === 'ascending' ? 'A to Z' : 'Z to A'}; select to reverse)</span><span aria-hidden="true">${direction === 'ascending' ? '▲' : '▼'}</span></button>
          </th>
          ${COLUMNS.slice(1).map(([, label]) => html`<th scope="col">${label}</th>`)}
        </tr></thead>
        <tbody>${shown.map((o, i) => {
          const cells = rowCells(o.record, sharedWithInView(o.record, inView));
          return html`<tr data-org=${o.record.key}>
            <th scope="row" tabindex="-1" data-row=${i}><span class="org-name">${cells.name}</span>${o.history.length
              ? html`<details class="history"><summary>${o.history.length} older record${o.history.length === 1 ? '' : 's'}</summary>
                  <ul>${o.history.map((h) => html`<li>${dateText(h.date)} (${h.source}): ${rowCells(h, 0).voting}</li>`)}</ul></details>`
              : nothing}</th>
            ${COLUMNS.slice(1).map(([key]) => html`<td>${cells[key]}</td>`)}
          </tr>`;
        })}</tbody>
      </table>
    </div>
    ${shown.length < orgs.length
      ? html`<p><button type="button" class="cl-button cl-button--secondary" data-action="more" @click=${view.onMore}>${showMoreText(NOUN, Math.min(view.pageSize, orgs.length - shown.length))}</button></p>`
      : nothing}
  </section>`;
}
