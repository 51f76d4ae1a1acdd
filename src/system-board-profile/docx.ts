/**
 * The system view as a Word document for a system board or a regional meeting, written with the
 * same `docx` library as the checklist's board paper. Only ever imported dynamically (on the
 * "Download for a meeting (Word)" click), so this module and `docx` are a chunk of their own.
 *
 * Accessible Word as the board paper makes it: real heading styles, a document title, tables with
 * a repeating header row, UK English, Arial 12 pt, text only (no colour carries meaning).
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { disciplineCounts, inViewCodes, LEAD_ANSWERS, leadCounts, ofText, seatTotals, sharedWithInView, statutory, type OrgView } from './model.js';
import { COLUMNS, dateText, DISCIPLINE_LABELS, LEAD_LABELS, LEAD_NOTE, NO_RANKING_NOTE, rowCells, STATUTORY_NOTE } from './text.js';
import { fileDay } from './export.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Characters XML 1.0 cannot hold (Word refuses a file containing them). */
const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ' ');

const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text: xmlSafe(text), bold })] });
const head = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(xmlSafe(text))] });
const cell = (text: string, bold = false) => new TableCell({ children: [para(text, bold)] });
function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
    ],
  });
}

export async function systemPaperBlob(orgs: readonly OrgView[], title: string, now = new Date()): Promise<Blob> {
  const n = orgs.length;
  const inView = inViewCodes(orgs);
  const seats = seatTotals(orgs);
  const leads = leadCounts(orgs);
  const fts = orgs.filter((o) => o.record.kind === 'foundation-trust');
  const both = fts.filter((o) => statutory(o.record)?.state === 'both').length;
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(title))] }),
    para(`${n} organisation${n === 1 ? '' : 's'}, from the board profiles each board agreed to share. Made on ${dateText(fileDay(now))}.`),
    para(NO_RANKING_NOTE),
    head('Organisations with each discipline at the board', HeadingLevel.HEADING_1),
    para(n < 5 ? `Counts of organisations, out of ${n}; with fewer than five no shares are shown.` : `Counts of organisations, out of ${n}, with the share in brackets.`),
    table(['Discipline', 'Among voting members', 'Among all board members', 'Attending'],
      disciplineCounts(orgs).map((r) => [DISCIPLINE_LABELS[r.discipline], ofText(r.voting, n), ofText(r.board, n), ofText(r.attends, n)])),
    head('Seats across the footprint', HeadingLevel.HEADING_1),
    para(seats.sharedOnce ? `${seats.sharedOnce} post${seats.sharedOnce === 1 ? ' is' : 's are'} shared between these organisations; each is counted once.` : 'No post is recorded as shared between these organisations.'),
    table(['Discipline', 'Voting seats', 'All board seats', 'Attending'], seats.rows.map((r) => [DISCIPLINE_LABELS[r.discipline], String(r.voting), String(r.board), String(r.attends)])),
    head('A senior strategic AHP lead', HeadingLevel.HEADING_1),
    para(LEAD_NOTE),
    table(['As recorded', 'Organisations'], LEAD_ANSWERS.filter((a) => leads[a]).map((a) => [LEAD_LABELS[a], ofText(leads[a], n)])),
    head('The two statutory clinical executive seats (foundation trusts)', HeadingLevel.HEADING_1),
    para(fts.length ? `${both} of ${fts.length} foundation trust${fts.length === 1 ? '' : 's'} record both registrations among voting executive directors.` : 'No foundation trust is included.'),
    para(STATUTORY_NOTE),
    head('Each organisation', HeadingLevel.HEADING_1),
    ...orgs.flatMap((o) => {
      const cells = rowCells(o.record, sharedWithInView(o.record, inView));
      return [
        head(cells.name, HeadingLevel.HEADING_2),
        table(['', ''], COLUMNS.slice(1).map(([key, label]) => [label, cells[key]])),
        ...(o.history.length ? [para(`Older records: ${o.history.map((h) => dateText(h.date)).join('; ')}.`)] : []),
      ];
    }),
  ];
  const doc = new Document({
    title: xmlSafe(title),
    creator: 'clinical-leadership-elements',
    styles: { default: { document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } } } } },
    sections: [{ children }],
  });
  const blob = await Packer.toBlob(doc);
  return blob.type === DOCX_TYPE ? blob : new Blob([blob], { type: DOCX_TYPE });
}
