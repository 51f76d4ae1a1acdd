/**
 * Writes the board paper as a Word document with the `docx` library. Only ever imported
 * dynamically (by `boardPaperBlob` in paper-download.ts), so this module and `docx` form their own
 * chunk that a page fetches when someone asks for the paper.
 *
 * A document that behaves like one in Word and LibreOffice: Title, Heading 1 and Heading 2 are
 * paragraph styles with outline levels (the navigation pane, PDF bookmarks, tagged headings) and keep
 * with what follows; each table has a header row that repeats on each page and columns sized for
 * what they hold; every page has a footer with the title, organisation, date and "Page x of y"; the
 * file's title and language (en-GB) are set; Arial 12 pt. Text only: no colour carries meaning (an
 * overdue action says "(overdue)").
 */
import {
  Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from 'docx';
import type { BoardPaperAction, BoardPaperElement, BoardPaperInput } from './board-paper.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Characters XML 1.0 cannot hold (Word refuses a file containing them), and lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Text Word can hold. A vertical tab (Word's own manual line break, pasted) and a form feed become
 * line breaks rather than vanishing and gluing two words together.
 */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '').replace(/[\u000B\u000C]/g, '\n');

/** A4 with 2 cm margins: the width text and tables have, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Column widths as shares of the text width (they add up to 100). */
export const COLUMNS = {
  cover: [32, 68],
  progress: [45, 55],
  summary: [38, 18, 44],
  compare: [50, 30, 20],
  plan: [26, 22, 15, 12, 25],
} as const;

/** Runs for a text with line breaks kept. */
function runs(text: string, options: { bold?: boolean } = {}): ParagraphChild[] {
  return xmlSafe(text).split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, break: i ? 1 : undefined, bold: options.bold }));
}

/** `keepNext`: on the same page as what follows (a heading's first line, a table's first row). */
const para = (text: string, options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph =>
  new Paragraph({ children: runs(text, options), keepNext: options.keepNext });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false): Paragraph =>
  new Paragraph({ heading: level, children: runs(text), pageBreakBefore });

const dxa = (share: number) => Math.floor((TEXT_WIDTH * share) / 100);
const cell = (text: string, share: number, bold = false): TableCell =>
  new TableCell({ width: { size: dxa(share), type: WidthType.DXA }, children: [para(text, { bold })] });

/** A table at fixed column widths; `header` repeats at the top of each page and is never split. Body rows may split, so a long note does not leave half a page blank. */
function table(widths: readonly number[], header: string[] | undefined, rows: string[][], boldFirst = false): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map(dxa),
    layout: TableLayoutType.FIXED,
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, widths[i], true)) })] : []),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i], boldFirst && i === 0)) })),
    ],
  });
}

const progressLine = (p: { progress: string; detail: string }): string => `${p.progress}${p.detail ? ` (${p.detail})` : ''}.`;

function elementSection(e: BoardPaperElement): (Paragraph | Table)[] {
  return [
    heading(e.title, HeadingLevel.HEADING_2),
    para(progressLine(e), { keepNext: true }),
    table(
      COLUMNS.summary,
      ['Prompt', 'Status', 'Note'],
      e.prompts.map((p) => [p.origin ? `${p.text}\n(${p.origin})` : p.text, p.statusLabel, p.note || 'None']),
    ),
  ];
}

function actionRows(actions: readonly BoardPaperAction[]): string[][] {
  return actions.map((a) => [a.what || 'Not described', a.owner || 'No owner', a.overdue ? `${a.dueText} (overdue)` : a.dueText, a.priority, `${a.prompt} (${a.element})`]);
}

/** The cover sheet: the short fields in a two-column table, each longer one under a heading of its own. */
function coverSheet(input: BoardPaperInput): (Paragraph | Table)[] {
  if (!input.cover.length) return [];
  const short = input.cover.filter((c) => !c.long);
  const long = input.cover.filter((c) => c.long);
  return [
    heading('Cover sheet', HeadingLevel.HEADING_1),
    ...(short.length ? [table(COLUMNS.cover, undefined, short.map((c) => [c.label, c.text]), true)] : []),
    ...long.flatMap((c) => [heading(c.label, HeadingLevel.HEADING_2), ...c.text.split(/\n\s*\n/).map((p) => para(p))]),
  ];
}

function comparisonSection(input: BoardPaperInput): (Paragraph | Table)[] {
  const c = input.comparison;
  if (!c) return [];
  return [
    heading("Members' answers compared", HeadingLevel.HEADING_1),
    para(c.intro),
    ...c.elements.flatMap((e) => [
      heading(e.title, HeadingLevel.HEADING_2),
      para(e.summary, { keepNext: true }),
      table(COLUMNS.compare, ['Prompt', "Members' answers", 'Agreement'], e.rows),
    ]),
  ];
}

/** The document's parts in reading order: the cover sheet (when filled in) on a page of its own, then the self-assessment. */
export function boardPaperChildren(input: BoardPaperInput): (Paragraph | Table)[] {
  const overdue = input.actions.filter((a) => a.overdue).length;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(input.title) }),
    ...(input.organisation ? [para(input.organisation, { bold: true })] : []),
    para(`Board paper, ${input.dateText}.${input.updatedText ? ` ${input.updatedText}` : ''}`),
    ...coverSheet(input),

    heading('Progress', HeadingLevel.HEADING_1, input.cover.length > 0),
    para(`Overall: ${progressLine(input.overall)}`, { keepNext: true }),
    table(COLUMNS.progress, ['Element', 'Progress'], input.elements.map((e) => [e.title, progressLine(e)])),
    ...(input.sinceBaseline.length
      ? [heading('Change since the baseline', HeadingLevel.HEADING_2), para(input.sinceIntro, { keepNext: true }), ...input.sinceBaseline.map((line) => para(`${line}.`))]
      : []),
    ...comparisonSection(input),

    heading('Summary', HeadingLevel.HEADING_1),
    ...input.elements.flatMap(elementSection),

    heading('Action plan', HeadingLevel.HEADING_1),
    ...(input.actions.length
      ? [
          para(`${input.actions.length} action${input.actions.length === 1 ? '' : 's'}, by due date${overdue ? `; ${overdue} overdue at ${input.dateText}` : ''}.`, { keepNext: true }),
          table(COLUMNS.plan, ['What', 'Owner', 'Due', 'Priority', 'Prompt'], actionRows(input.actions)),
        ]
      : [para('No actions have been recorded.')]),

    heading('About the prompts', HeadingLevel.HEADING_1),
    ...input.wordingNotes.map((n) => para(n)),
  ];
}

/** "Board self-assessment · Anytown NHS Foundation Trust", then "7 December 2026 · Page 2 of 6". */
function footer(input: BoardPaperInput): Footer {
  const small = 20; // 10 pt
  return new Footer({
    children: [
      new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: xmlSafe([input.title, input.organisation].filter(Boolean).join(' · ')), size: small })] }),
      new Paragraph({ children: [new TextRun({ children: [xmlSafe(`${input.dateText} · Page `), PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: small })] }),
    ],
  });
}

const TEXT_COLOUR = '212B32'; // NHS text colour
const headingStyle = (size: number, outlineLevel: number, before: number) => ({
  run: { font: 'Arial', size, bold: true, color: TEXT_COLOUR },
  paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: 120 } },
});

export async function buildBoardPaper(input: BoardPaperInput): Promise<Blob> {
  const author = input.cover.find((c) => c.id === 'author')?.text;
  const doc = new Document({
    title: xmlSafe(input.title),
    description: xmlSafe(`${input.title}${input.organisation ? `, ${input.organisation}` : ''}, ${input.dateText}`),
    creator: xmlSafe(author || input.organisation || 'clinical-leadership-elements').slice(0, 200),
    lastModifiedBy: xmlSafe(author || input.organisation || 'clinical-leadership-elements').slice(0, 200),
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 24, color: TEXT_COLOUR, language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { font: 'Arial', size: 48, bold: true, color: TEXT_COLOUR }, paragraph: { keepNext: true, spacing: { after: 240 } } },
        heading1: headingStyle(32, 0, 360),
        heading2: headingStyle(28, 1, 240),
      },
    },
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
      footers: { default: footer(input) },
      children: boardPaperChildren(input),
    }],
  });
  const blob = await Packer.toBlob(doc);
  return blob.type === DOCX_TYPE ? blob : new Blob([blob], { type: DOCX_TYPE });
}
