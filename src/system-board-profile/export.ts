/**
 * The system view as a CSV file (formula-safe cells: internal/csv.ts): each organisation's row,
 * then the footprint's counts. The same words as the page (text.ts). Pure.
 */
import { toCsv } from '../internal/csv.js';
import { disciplineCounts, inViewCodes, LEAD_ANSWERS, leadCounts, ofText, seatTotals, sharedWithInView, type OrgView } from './model.js';
import { COLUMNS, DISCIPLINE_LABELS, LEAD_LABELS, rowCells } from './text.js';

/** The reader's own calendar day, `YYYY-MM-DD`, for file names. */
export function fileDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function systemCsv(orgs: readonly OrgView[]): string {
  const inView = inViewCodes(orgs);
  const n = orgs.length;
  const rows: string[][] = [COLUMNS.map(([, label]) => label)];
  for (const o of orgs) {
    const cells = rowCells(o.record, sharedWithInView(o.record, inView));
    rows.push(COLUMNS.map(([key]) => cells[key]));
  }
  rows.push([]);
  rows.push(['Discipline', 'Organisations with it among voting members', 'Among all board members', 'Attending']);
  for (const r of disciplineCounts(orgs)) rows.push([DISCIPLINE_LABELS[r.discipline], ofText(r.voting, n), ofText(r.board, n), ofText(r.attends, n)]);
  const seats = seatTotals(orgs);
  rows.push([]);
  rows.push(['Discipline', 'Voting seats (shared posts once)', 'All board seats', 'Attending']);
  for (const r of seats.rows) rows.push([DISCIPLINE_LABELS[r.discipline], String(r.voting), String(r.board), String(r.attends)]);
  rows.push([]);
  rows.push(['Senior strategic AHP lead', 'Organisations']);
  const leads = leadCounts(orgs);
  for (const a of LEAD_ANSWERS) rows.push([LEAD_LABELS[a], ofText(leads[a], n)]);
  return toCsv(rows);
}
