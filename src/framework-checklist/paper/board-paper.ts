/**
 * The board paper: a Word document (.docx) of the checklist, for a board pack. This module is
 * small and safe to import statically: {@link boardPaperInputFrom} turns the checklist into plain
 * data (no DOM); `boardPaperBlob` (paper-download.ts) loads the Word writer (`board-paper-docx.ts` and the
 * `docx` library: 226 KiB minified, 67 KiB gzip) only when someone asks for the paper, so the widget's own chunk
 * does not grow. Nothing is sent anywhere: the file is made in the browser.
 */
import { formatPartialDate } from '../../data/date.js';
import { recordFileName } from '../../internal/record-files.js';
import { answerOf, clip, isIsoDate, isoDay, MAX_ACTION, STATUS_LABELS, type AnswerMap, type ChecklistAnswer, type ChecklistBaseline, type ChecklistStatus, type PaperDetails } from '../model/answers.js';
import { planItems, PRIORITY_LABELS } from '../model/action-plan.js';
import { changesSince, sinceText } from '../model/baseline.js';
import { computeProgress, progressDetail, progressText, type ChecklistGroup } from '../model/progress.js';
import { DERIVED_NOTE, GUIDE_TITLE } from '../answer/prompt.js';
import { agreementText, countsText, type Comparison } from '../views/compare.js';
import { coverLines, resolvePaperFields, type CoverLine } from './paper-fields.js';
import type { FrameworkMap } from '../../data/schema.js';
import { evidenceLines } from '../model/evidence.js';
import { mayServeLines, OUR_MAPPING } from '../model/framework-map.js';
import { seriesOf, seriesRows } from '../model/series.js';

/** An action as the checklist keeps it (the checklist's `ChecklistAction`). */
export interface PaperActionRecord {
  what: string;
  owner: string;
  /** 'YYYY-MM-DD' or ''. */
  due: string;
  priority: 'high' | 'medium' | 'low' | '';
}

export interface BoardPaperPrompt {
  id: string;
  text: string;
  /** Who wrote the wording, when it is not ours: "The framework's key question, paraphrased". */
  origin?: string;
  status: ChecklistStatus;
  statusLabel: string;
  note: string;
  /** Evidence links as text ("Board minutes <https://…>"), and the evidence note; absent without evidence. */
  evidence?: { links: string[]; note: string };
}

export interface BoardPaperElement {
  title: string;
  /** "2 of 4 completed". */
  progress: string;
  /** "1 in progress, 1 not applicable", or ''. */
  detail: string;
  completed: number;
  total: number;
  prompts: BoardPaperPrompt[];
  /** Which of the board's other frameworks this element's evidence may serve, one line per framework (our mapping). */
  mayServe?: string[];
}

export interface BoardPaperAction {
  what: string;
  owner: string;
  /** 'YYYY-MM-DD' or ''. */
  due: string;
  /** "12 March 2026", or "No date". */
  dueText: string;
  /** Due before the paper's date while its prompt is not completed. */
  overdue: boolean;
  priority: string;
  prompt: string;
  element: string;
}

/** Members' answers compared (the Compare view), per element. */
export interface BoardPaperComparison {
  /** "3 members' answers were compared." */
  intro: string;
  elements: {
    title: string;
    /** "Agreed on 2 of 3 prompts; differed on 1." */
    summary: string;
    /** Prompt, the members' answers in words, and whether they agree. */
    rows: [string, string, string][];
  }[];
}

/** Everything the paper shows, as plain data. */
export interface BoardPaperInput {
  /** The cover sheet's filled-in fields (Paper details), in order; empty for none. */
  cover: CoverLine[];
  title: string;
  organisation: string;
  /** The paper's date, 'YYYY-MM-DD'. */
  date: string;
  /** "2 December 2026". */
  dateText: string;
  /** "Answers last changed on 1 December 2026.", or ''. */
  updatedText: string;
  overall: { progress: string; detail: string; completed: number; total: number };
  /** "Since the baseline of 12 March 2026:"; '' without a baseline. */
  sinceIntro: string;
  /** "Talent management: 1 → 3 of 4 completed; 2 statuses moved: …", per element; empty without a baseline. */
  sinceBaseline: string[];
  /** When members' answers were compared. */
  comparison?: BoardPaperComparison;
  elements: BoardPaperElement[];
  /** Every snapshot's date and each element's "1 of 4 completed" at it, oldest first; absent without snapshots. */
  series?: { dates: string[]; rows: { title: string; cells: string[] }[] };
  /** The label beside every mapping. */
  mappingLabel?: string;
  /** Sorted by due date (undated last), then in checklist order. */
  actions: BoardPaperAction[];
  /** Who wrote the prompts; the last paragraphs of the paper. */
  wordingNotes: string[];
}

export interface BoardPaperMeta {
  title?: string;
  organisation?: string;
  /** The paper's date (today by default). */
  date?: Date;
  updatedAt?: string;
  /** The checklist's baseline (statuses kept on a day), if one was saved. */
  baseline?: ChecklistBaseline;
  /** The cover sheet's text by field id, and the page's `paperFields` changes (see paper-fields.ts). */
  paper?: PaperDetails;
  paperFields?: unknown;
  /** Members' answers compared in the Compare view, if any loaded. */
  comparison?: Comparison;
  /** The data set's maps to the board's other frameworks: each element says which items its evidence may serve. */
  maps?: readonly FrameworkMap[];
}

export const BOARD_PAPER_TITLE = 'Clinical leadership self-assessment';
export const FRAMEWORK_ORIGIN = "The framework's key question, paraphrased";
export const ORGANISATION_ORIGIN = "Your organisation's prompt";
export const FRAMEWORK_NOTE = `Prompts marked "${FRAMEWORK_ORIGIN}" are the framework's own key questions, in our paraphrase (from a report of ${GUIDE_TITLE}).`;
export const ORGANISATION_NOTE = `Prompts marked "${ORGANISATION_ORIGIN}" were added by the organisation.`;

/** Trimmed text cut at `max`, never through an emoji (`clip`). */
const text = (value: unknown, max: number): string => (typeof value === 'string' ? clip(value.trim(), max) : '');

/** The action kept with an answer, if it says anything. Tolerates records without actions (schema 1). */
function actionOf(answer: ChecklistAnswer): PaperActionRecord | undefined {
  const a = (answer as { action?: unknown } | null)?.action as Partial<PaperActionRecord> | undefined;
  if (!a || typeof a !== 'object') return undefined;
  const action: PaperActionRecord = {
    // The model's own ceiling (the one an answer is read and typed with), so the paper never cuts what was saved.
    what: text(a.what, MAX_ACTION),
    owner: text(a.owner, MAX_ACTION),
    due: typeof a.due === 'string' && isIsoDate(a.due) ? a.due : '',
    priority: a.priority === 'high' || a.priority === 'medium' || a.priority === 'low' ? a.priority : '',
  };
  return action.what || action.owner || action.due || action.priority ? action : undefined;
}

const originOf = (authored: string | undefined): string | undefined =>
  authored === 'framework' ? FRAMEWORK_ORIGIN : authored === 'organisation' ? ORGANISATION_ORIGIN : undefined;

/** Plain data for the paper from the checklist's groups and answers. Pure. */
export function boardPaperInputFrom(groups: readonly ChecklistGroup[], answers: AnswerMap, meta: BoardPaperMeta = {}): BoardPaperInput {
  const now = meta.date ?? new Date();
  const date = isoDay(now);
  const progress = computeProgress(groups, answers);
  const authored = new Set<string>();
  const elements = groups.map((group): BoardPaperElement => {
    const tally = progress.byElement[group.id];
    const prompts = group.prompts.map((p): BoardPaperPrompt => {
      const answer = answerOf(answers, p.id);
      authored.add(p.authored ?? 'organisation');
      const ev = answer.evidence;
      return {
        id: p.id, text: p.text, origin: originOf(p.authored), status: answer.status, statusLabel: STATUS_LABELS[answer.status], note: answer.note,
        ...(ev ? { evidence: { links: evidenceLines(ev), note: ev.note } } : {}),
      };
    });
    const mayServe = mayServeLines(meta.maps ?? [], group);
    return {
      title: group.title, progress: progressText(tally), detail: progressDetail(tally), completed: tally.completed, total: tally.total, prompts,
      ...(mayServe.length ? { mayServe } : {}),
    };
  });
  // The one action-plan builder (the Plan view's and the printed plan's), with the paper's guarded reader.
  const actions = planItems({ groups, answerFor: (id) => answerOf(answers, id) }, now, actionOf).map(({ action, overdue, prompt, element }): BoardPaperAction => ({
    what: action.what,
    owner: action.owner,
    due: action.due,
    dueText: action.due ? formatPartialDate(action.due) : 'No date',
    overdue,
    priority: PRIORITY_LABELS[action.priority],
    prompt,
    element,
  }));
  const updated = meta.updatedAt ? new Date(meta.updatedAt) : undefined;
  const sinceBaseline = changesSince(groups, answers, meta.baseline).map((c) => c.text);
  const points = seriesOf(groups, meta.baseline);
  const series = points.length ? { dates: points.map((p) => p.dateText), rows: seriesRows(groups, points).map(({ title, cells }) => ({ title, cells })) } : undefined;
  const wordingNotes = [
    authored.has('derived') ? DERIVED_NOTE : '',
    authored.has('framework') ? FRAMEWORK_NOTE : '',
    authored.has('organisation') ? ORGANISATION_NOTE : '',
  ].filter(Boolean);
  return {
    cover: coverLines(resolvePaperFields(meta.paperFields).fields, meta.paper),
    title: text(meta.title, 200) || BOARD_PAPER_TITLE,
    organisation: text(meta.organisation, 200),
    date,
    dateText: formatPartialDate(date),
    updatedText: updated && !Number.isNaN(updated.getTime()) ? `Answers last changed on ${formatPartialDate(isoDay(updated))}.` : '',
    overall: { progress: progressText(progress), detail: progressDetail(progress), completed: progress.completed, total: progress.total },
    sinceIntro: meta.baseline ? sinceText(meta.baseline) : '',
    sinceBaseline,
    comparison: comparisonOf(meta.comparison),
    elements,
    ...(series ? { series } : {}),
    ...(meta.maps?.length ? { mappingLabel: OUR_MAPPING } : {}),
    actions,
    wordingNotes,
  };
}

/** What the paper says about a comparison: how many members, and per element where they agreed and differed. */
function comparisonOf(c: Comparison | undefined): BoardPaperComparison | undefined {
  const n = c?.members.length ?? 0;
  if (!c || !n) return undefined;
  return {
    intro: `${n === 1 ? "One member's answers were" : `${n} members' answers were`} compared (each member's own downloaded answers). Notes and actions are not compared.`,
    elements: c.elements.map((e) => {
      const differ = e.disagreements;
      const agree = e.prompts.length - differ;
      return {
        title: e.title,
        summary: n < 2 ? `${e.prompts.length} prompts, one member only.` : `Agreed on ${agree} of ${e.prompts.length} prompts${differ ? `; differed on ${differ}` : ''}.`,
        rows: e.prompts.map((p): [string, string, string] => [p.text, countsText(p.counts), agreementText(p)]),
      };
    }),
  };
}

/** "board-paper-board-2026-2026-12-02.docx". */
export const boardPaperFileName = (storageKey: string | undefined, date = new Date()): string => recordFileName('board-paper', storageKey, 'docx', date);
