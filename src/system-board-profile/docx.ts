/**
 * The system view as a Word document for a system board or a regional meeting, through the same
 * Word machinery as the checklist's board paper (internal/docx-writer.ts: heading styles with
 * outline levels, fixed-width tables with repeating header rows, a footer with "Page x of y",
 * en-GB, Arial 12 pt). Only ever imported dynamically (on the "Download for a meeting (Word)"
 * click), so it and `docx` are chunks of their own. Text only: no colour carries meaning.
 */
import { heading, HeadingLevel, para, table, title as titlePara, wordBlob, type Paragraph, type Table } from '../internal/docx-writer.js';
import { disciplineCounts, inViewCodes, LEAD_ANSWERS, leadCounts, ofText, seatTotals, sharedWithInView, statutory, type OrgView } from './model.js';
import { COLUMNS, dateText, DISCIPLINE_LABELS, LEAD_LABELS, LEAD_NOTE, NO_RANKING_NOTE, rowCells, STATUTORY_NOTE } from './text.js';
import { fileDay } from './export.js';

const FOUR = [40, 20, 20, 20];

export async function systemPaperBlob(orgs: readonly OrgView[], title: string, now = new Date()): Promise<Blob> {
  const n = orgs.length;
  const inView = inViewCodes(orgs);
  const seats = seatTotals(orgs);
  const leads = leadCounts(orgs);
  const fts = orgs.filter((o) => o.record.kind === 'foundation-trust');
  const both = fts.filter((o) => statutory(o.record)?.state === 'both').length;
  const made = dateText(fileDay(now));
  const children: (Paragraph | Table)[] = [
    titlePara(title),
    para(`${n} organisation${n === 1 ? '' : 's'}, from the board profiles each board agreed to share. Made on ${made}.`),
    para(NO_RANKING_NOTE),
    heading('Organisations with each discipline at the board', HeadingLevel.HEADING_1),
    para(n < 5 ? `Counts of organisations, out of ${n}; with fewer than five no shares are shown.` : `Counts of organisations, out of ${n}, with the share in brackets.`, { keepNext: true }),
    table(FOUR, ['Discipline', 'Among voting members', 'Among all board members', 'Attending'],
      disciplineCounts(orgs).map((r) => [DISCIPLINE_LABELS[r.discipline], ofText(r.voting, n), ofText(r.board, n), ofText(r.attends, n)])),
    heading('Seats across the footprint', HeadingLevel.HEADING_1),
    para(seats.sharedOnce ? `${seats.sharedOnce} post${seats.sharedOnce === 1 ? ' is' : 's are'} shared between these organisations; each is counted once.` : 'No post is recorded as shared between these organisations.', { keepNext: true }),
    table(FOUR, ['Discipline', 'Voting seats', 'All board seats', 'Attending'], seats.rows.map((r) => [DISCIPLINE_LABELS[r.discipline], String(r.voting), String(r.board), String(r.attends)])),
    heading('A senior strategic AHP lead', HeadingLevel.HEADING_1),
    para(LEAD_NOTE, { keepNext: true }),
    table([70, 30], ['As recorded', 'Organisations'], LEAD_ANSWERS.filter((a) => leads[a]).map((a) => [LEAD_LABELS[a], ofText(leads[a], n)])),
    heading('The two statutory clinical executive seats (foundation trusts)', HeadingLevel.HEADING_1),
    para(fts.length ? `${both} of ${fts.length} foundation trust${fts.length === 1 ? '' : 's'} record both registrations among voting executive directors.` : 'No foundation trust is included.'),
    para(STATUTORY_NOTE),
    heading('Each organisation', HeadingLevel.HEADING_1),
    ...orgs.flatMap((o) => {
      const cells = rowCells(o.record, sharedWithInView(o.record, inView));
      return [
        heading(cells.name, HeadingLevel.HEADING_2),
        table([40, 60], undefined, COLUMNS.slice(1).map(([key, label]) => [label, cells[key]]), true),
        ...(o.history.length ? [para(`Older records: ${o.history.map((h) => dateText(h.date)).join('; ')}.`)] : []),
      ];
    }),
  ];
  return wordBlob({ title, description: `${title}, ${n} organisations, ${made}`, creator: 'clinical-leadership-elements', footerLine: title, dateText: made, children });
}
