/**
 * The Word machinery every downloadable document shares (the checklist's board paper, the system
 * view's meeting paper), written with the `docx` library. Only ever imported by modules that are
 * themselves imported dynamically, so it and `docx` stay in the lazily loaded Word chunks.
 *
 * A document that behaves like one in Word and LibreOffice: Title, Heading 1 and Heading 2 are
 * paragraph styles with outline levels (the navigation pane, PDF bookmarks, tagged headings) and keep
 * with what follows; each table has a header row that repeats on each page and fixed column widths;
 * every page has a footer ("Page x of y"); the file's title and language (en-GB) are set; Arial
 * 12 pt on A4. Text only: no colour carries meaning.
 */
import {
  Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from 'docx';
import { plainText } from './csv.js';

export { HeadingLevel, Paragraph, Table };

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Characters XML 1.0 cannot hold (Word refuses a file containing them), and lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Text Word can hold. A vertical tab (Word's own manual line break, pasted) and a form feed become
 * line breaks, and any other control character a space (`plainText`, as in the CSV), rather than
 * vanishing and gluing two words together.
 */
export const xmlSafe = (text: string): string => plainText(text.replace(/[\u000B\u000C]/g, '\n')).replace(NOT_XML, '');

/** A4 with 2 cm margins: the width text and tables have, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Runs for a text with line breaks kept. */
export function runs(text: string, options: { bold?: boolean } = {}): ParagraphChild[] {
  return xmlSafe(text).split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, break: i ? 1 : undefined, bold: options.bold }));
}

/** `keepNext`: on the same page as what follows (a heading's first line, a table's first row). */
export const para = (text: string, options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph =>
  new Paragraph({ children: runs(text, options), keepNext: options.keepNext });
export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false): Paragraph =>
  new Paragraph({ heading: level, children: runs(text), pageBreakBefore });
export const title = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.TITLE, children: runs(text) });

const dxa = (share: number) => Math.floor((TEXT_WIDTH * share) / 100);
const cell = (text: string, share: number, bold = false): TableCell =>
  new TableCell({ width: { size: dxa(share), type: WidthType.DXA }, children: [para(text, { bold })] });

/**
 * A table at fixed column widths (shares of the text width that add up to 100); `header` repeats at
 * the top of each page and is never split. Body rows may split, so a long note does not leave half a
 * page blank.
 */
export function table(widths: readonly number[], header: readonly string[] | undefined, rows: readonly (readonly string[])[], boldFirst = false): Table {
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

/** "Board self-assessment · Anytown NHS Foundation Trust", then "7 December 2026 · Page 2 of 6". */
function footer(first: string, dateText: string): Footer {
  const small = 20; // 10 pt
  return new Footer({
    children: [
      new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: xmlSafe(first), size: small })] }),
      new Paragraph({ children: [new TextRun({ children: [xmlSafe(`${dateText} · Page `), PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: small })] }),
    ],
  });
}

const TEXT_COLOUR = '212B32'; // NHS text colour
const headingStyle = (size: number, outlineLevel: number, before: number) => ({
  run: { font: 'Arial', size, bold: true, color: TEXT_COLOUR },
  paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after: 120 } },
});

export interface WordInput {
  title: string;
  description: string;
  /** The file's author (and last modified by). */
  creator: string;
  /** The footer's first line; the second is the date and the page number. */
  footerLine: string;
  dateText: string;
  children: (Paragraph | Table)[];
}

/** The document as a Blob of the Word type. */
export async function wordBlob(input: WordInput): Promise<Blob> {
  const creator = xmlSafe(input.creator).slice(0, 200);
  const doc = new Document({
    title: xmlSafe(input.title),
    description: xmlSafe(input.description),
    creator,
    lastModifiedBy: creator,
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
      footers: { default: footer(input.footerLine, input.dateText) },
      children: input.children,
    }],
  });
  const blob = await Packer.toBlob(doc);
  return blob.type === DOCX_TYPE ? blob : new Blob([blob], { type: DOCX_TYPE });
}
