/**
 * Writes the board paper as a Word document. Only ever imported dynamically (by `boardPaperBlob` in
 * paper-download.ts), so this module, the shared Word machinery (internal/docx-writer.ts: styles,
 * headings with outline levels, fixed-width tables with repeating header rows, the footer with
 * "Page x of y") and `docx` form chunks a page fetches only when someone asks for the paper.
 * Each table's columns are sized for what they hold (COLUMNS); text only: no colour carries meaning
 * (an overdue action says "(overdue)").
 */
import { heading, HeadingLevel, para, Paragraph, runs, table, Table, wordBlob } from '../../internal/docx-writer.js';
import type { BoardPaperAction, BoardPaperElement, BoardPaperInput } from './board-paper.js';

export { DOCX_TYPE, TEXT_WIDTH, xmlSafe } from '../../internal/docx-writer.js';

/** Column widths as shares of the text width (they add up to 100). */
export const COLUMNS = {
  cover: [32, 68],
  progress: [45, 55],
  summary: [38, 18, 44],
  compare: [50, 30, 20],
  plan: [26, 22, 15, 12, 25],
} as const;

const progressLine = (p: { progress: string; detail: string }): string => `${p.progress}${p.detail ? ` (${p.detail})` : ''}.`;

/** The note, then the evidence: its links one a line, and its note. */
function noteCell(p: BoardPaperElement['prompts'][number]): string {
  const ev = p.evidence;
  const evidence = ev ? [`Evidence:`, ...ev.links, ...(ev.note ? [ev.note] : [])].join('\n') : '';
  return [p.note, evidence].filter(Boolean).join('\n') || 'None';
}

/** Each element's completed prompts at every snapshot: the years as a series, with no rating. */
function seriesSection(series: NonNullable<BoardPaperInput['series']>): (Paragraph | Table)[] {
  return [
    heading('Each element over time', HeadingLevel.HEADING_2),
    para(`${series.dates.length} dated snapshot${series.dates.length === 1 ? '' : 's'} of the board's answers, oldest first. Counts are shown as they are, with no red, amber or green rating.`, { keepNext: true }),
    table([30, ...series.dates.map(() => 70 / series.dates.length)], ['Element', ...series.dates], series.rows.map((r) => [r.title, ...r.cells]), true),
  ];
}

function elementSection(e: BoardPaperElement): (Paragraph | Table)[] {
  return [
    heading(e.title, HeadingLevel.HEADING_2),
    para(progressLine(e), { keepNext: true }),
    ...(e.mayServe?.length ? [para(`This evidence may also serve (our mapping, not CQC's or NHS England's): ${e.mayServe.join('. ')}.`, { keepNext: true })] : []),
    table(
      COLUMNS.summary,
      ['Prompt', 'Status', 'Note'],
      e.prompts.map((p) => [p.origin ? `${p.text}\n(${p.origin})` : p.text, p.statusLabel, noteCell(p)]),
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
    ...(input.series ? seriesSection(input.series) : []),

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

export async function buildBoardPaper(input: BoardPaperInput): Promise<Blob> {
  const author = input.cover.find((c) => c.id === 'author')?.text;
  return wordBlob({
    title: input.title,
    description: `${input.title}${input.organisation ? `, ${input.organisation}` : ''}, ${input.dateText}`,
    creator: author || input.organisation || 'clinical-leadership-elements',
    footerLine: [input.title, input.organisation].filter(Boolean).join(' · '),
    dateText: input.dateText,
    children: boardPaperChildren(input),
  });
}
