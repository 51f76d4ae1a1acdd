/**
 * Writes the board paper as a Word document with the `docx` library. Only ever imported
 * dynamically (by `boardPaperBlob` in paper-download.ts), so this module and `docx` form their own
 * chunk that a page fetches when someone asks for the paper.
 *
 * Accessible Word: real heading styles (Title, Heading 1, Heading 2) for the navigation pane, a
 * document title in the file's properties, tables with a header row that repeats on each page,
 * UK English, and text only (no colour carries meaning: an overdue action says "Overdue").
 */
import {
  Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from 'docx';
import type { BoardPaperAction, BoardPaperElement, BoardPaperInput } from './board-paper.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Characters XML 1.0 cannot hold (Word refuses a file containing them), and lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

/** Runs for a text with line breaks kept. */
function runs(text: string, options: { bold?: boolean } = {}): ParagraphChild[] {
  return xmlSafe(text).split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, break: i ? 1 : undefined, bold: options.bold }));
}

const para = (text: string, options: { bold?: boolean } = {}): Paragraph => new Paragraph({ children: runs(text, options) });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
  new Paragraph({ heading: level, children: runs(text) });

const cell = (text: string, bold = false): TableCell => new TableCell({ children: [para(text, { bold })] });

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
    ],
  });
}

const progressLine = (p: { progress: string; detail: string }): string => `${p.progress}${p.detail ? ` (${p.detail})` : ''}.`;

function elementSection(e: BoardPaperElement): (Paragraph | Table)[] {
  return [
    heading(e.title, HeadingLevel.HEADING_2),
    para(progressLine(e)),
    table(
      ['Prompt', 'Status', 'Note'],
      e.prompts.map((p) => [p.origin ? `${p.text}\n(${p.origin})` : p.text, p.statusLabel, p.note || 'None']),
    ),
  ];
}

function actionRows(actions: readonly BoardPaperAction[]): string[][] {
  return actions.map((a) => [a.what || 'Not described', a.owner || 'No owner', a.overdue ? `${a.dueText} (overdue)` : a.dueText, a.priority, `${a.prompt} (${a.element})`]);
}

/** The document's parts in reading order. */
export function boardPaperChildren(input: BoardPaperInput): (Paragraph | Table)[] {
  const overdue = input.actions.filter((a) => a.overdue).length;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(input.title) }),
    ...(input.organisation ? [para(input.organisation, { bold: true })] : []),
    para(`Board paper, ${input.dateText}.${input.updatedText ? ` ${input.updatedText}` : ''}`),

    heading('Progress', HeadingLevel.HEADING_1),
    para(`Overall: ${progressLine(input.overall)}`),
    table(['Element', 'Progress'], input.elements.map((e) => [e.title, progressLine(e)])),
    ...(input.sinceBaseline.length ? [heading('Change since the baseline', HeadingLevel.HEADING_2), ...input.sinceBaseline.map((line) => para(`${line}.`))] : []),

    heading('Summary', HeadingLevel.HEADING_1),
    ...input.elements.flatMap(elementSection),

    heading('Action plan', HeadingLevel.HEADING_1),
    ...(input.actions.length
      ? [
          para(`${input.actions.length} action${input.actions.length === 1 ? '' : 's'}, by due date${overdue ? `; ${overdue} overdue at ${input.dateText}` : ''}.`),
          table(['What', 'Owner', 'Due', 'Priority', 'Prompt'], actionRows(input.actions)),
        ]
      : [para('No actions have been recorded.')]),

    heading('About the prompts', HeadingLevel.HEADING_1),
    ...input.wordingNotes.map((n) => para(n)),
  ];
}

export async function buildBoardPaper(input: BoardPaperInput): Promise<Blob> {
  const doc = new Document({
    title: xmlSafe(input.title),
    description: xmlSafe(`${input.title}${input.organisation ? `, ${input.organisation}` : ''}, ${input.dateText}`),
    creator: 'clinical-leadership-elements',
    styles: { default: { document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } } } } },
    sections: [{ children: boardPaperChildren(input) }],
  });
  const blob = await Packer.toBlob(doc);
  return blob.type === DOCX_TYPE ? blob : new Blob([blob], { type: DOCX_TYPE });
}
