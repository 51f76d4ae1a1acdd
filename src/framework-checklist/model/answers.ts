/**
 * The answers of a framework checklist: the four statuses, their labels and tag styles, and the
 * checks applied to answers read from storage or from an imported file. Pure, no DOM.
 *
 * Answers live in a `Map` keyed by prompt id, so ids such as "constructor" never meet
 * `Object.prototype`. An answer equal to the default (not started, no note) is not kept.
 */
import { isId } from '../../data/id.js';
import { isIsoDate, isIsoTimestamp, isoDay } from '../../internal/iso-date.js';
import { isEmptyEvidence, readEvidence, type ChecklistEvidence } from './evidence.js';

export type { ChecklistEvidence, EvidenceLink } from './evidence.js';

export const STATUSES = ['not-started', 'in-progress', 'completed', 'not-applicable'] as const;
export type ChecklistStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<ChecklistStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'not-applicable': 'Not applicable',
};

/** NHS "complete multiple tasks" styles: Completed is plain bold text, the others are tags. */
export const STATUS_CLASSES: Readonly<Record<ChecklistStatus, string>> = {
  'not-started': 'cl-tag',
  'in-progress': 'cl-tag cl-tag--white',
  completed: 'status-completed',
  'not-applicable': 'cl-tag cl-tag--grey',
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type ChecklistPriority = (typeof PRIORITIES)[number] | '';

/** What will be done about a prompt, by whom and by when. Every field may be empty; an all-empty action is not kept. */
export interface ChecklistAction {
  what: string;
  /** A role, not a person's name: "Medical director". */
  owner: string;
  /** `YYYY-MM-DD`, or `''` for no date. */
  due: string;
  priority: ChecklistPriority;
}

export interface ChecklistAnswer {
  status: ChecklistStatus;
  /** Free text: evidence, context. May be empty. */
  note: string;
  /** Absent when there is no action. */
  action?: ChecklistAction;
  /** Links to the evidence and a short note on it; absent when there is none. */
  evidence?: ChecklistEvidence;
}

/** The board's statuses kept on one day: one point of the series. */
export interface ChecklistSnapshot {
  /** `YYYY-MM-DD`. */
  takenAt: string;
  statuses: Map<string, ChecklistStatus>;
}

/**
 * The latest snapshot (today's answers kept as a dated point to measure change from), with the
 * snapshots taken before it in `earlier` (oldest first): the board's years as a series. A baseline
 * saved before snapshots existed is a series of one.
 */
export interface ChecklistBaseline extends ChecklistSnapshot {
  earlier?: ChecklistSnapshot[];
}

/** More snapshots than this in one record is not a board's history. */
export const MAX_SNAPSHOTS = 100;

export type AnswerMap = Map<string, ChecklistAnswer>;

/**
 * The board paper's cover sheet ("Paper details"): text by field id (`meeting`, `purpose`, a trust's
 * own field…). Optional in the record; values for fields a page no longer shows are kept, not dropped.
 */
export type PaperDetails = Record<string, string>;

/** What was typed into an action's due-date fields while it is not (yet) a real date (the NHS.UK date input's rule is internal/date-input.ts). */
export type { DateDraft } from '../../internal/date-input.js';

export const DEFAULT_ANSWER: Readonly<ChecklistAnswer> = Object.freeze({ status: 'not-started', note: '' });

/** The version of the saved record and of the JSON export. Version 1 (no actions, no baseline) is still read. */
export const RECORD_SCHEMA = 2;

/** A hard ceiling on a stored or imported note; the visible limit (`note-limit`) is advice, this is a guard. */
export const MAX_NOTE = 20_000;
/** More answers than this in one record is not a checklist. */
export const MAX_ANSWERS = 5_000;

/** A hard ceiling on an action's "what" and owner. */
export const MAX_ACTION = 2_000;

/** Text cut to at most `max` UTF-16 units (a ceiling above), never through a surrogate pair: half an emoji is no character. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max);
}

export const isStatus = (value: unknown): value is ChecklistStatus => STATUSES.includes(value as ChecklistStatus);
const ACTION_KEYS = ['what', 'owner', 'due', 'priority'] as const;
export const isEmptyAction = (a: ChecklistAction | undefined): boolean => !a || ACTION_KEYS.every((k) => !a[k]);
export const isDefault = (a: ChecklistAnswer): boolean => a.status === 'not-started' && a.note === '' && isEmptyAction(a.action) && isEmptyEvidence(a.evidence);
/** Two answers say the same (compared as they are kept: empty actions and evidence left out). */
export const sameAnswer = (a: ChecklistAnswer, b: ChecklistAnswer): boolean => JSON.stringify(cleanAnswer(a)) === JSON.stringify(cleanAnswer(b));

/**
 * A real calendar date written `YYYY-MM-DD` (2026-02-31 is not one), the one due-date rule, and
 * "today" (`isoDay`, the reader's own day): both live in internal/iso-date.ts, shared with the board
 * profile's term dates and every download's file name; used here by `readAction` and the baseline,
 * and by the action fields, the plan and the paper.
 */
export { isIsoDate, isoDay };

/**
 * Today's statuses (those not "not started") as a snapshot dated `today`. Given the `previous`
 * baseline, it and its earlier snapshots are kept before it (one taken the same day is replaced),
 * so nothing of the series is lost.
 */
export function takeBaseline(answers: AnswerMap, today: Date, previous?: ChecklistBaseline): ChecklistBaseline {
  const takenAt = isoDay(today);
  const earlier = previous ? [...(previous.earlier ?? []), { takenAt: previous.takenAt, statuses: previous.statuses }].filter((s) => s.takenAt !== takenAt).slice(-(MAX_SNAPSHOTS - 1)) : [];
  const statuses = new Map([...answers].filter(([, a]) => a.status !== 'not-started').map(([id, a]) => [id, a.status]));
  return earlier.length ? { takenAt, statuses, earlier } : { takenAt, statuses };
}

/** The series without its latest snapshot (the one before becomes the baseline); `undefined` when none is left. */
export function withoutLatest(b: ChecklistBaseline | undefined): ChecklistBaseline | undefined {
  const e = b?.earlier ?? [];
  // An empty `earlier` is not written (baselineToObject), so the record is as if it never had one.
  return e.length ? { ...e[e.length - 1], earlier: e.slice(0, -1) } : undefined;
}

/** A copy with only the fields of an answer, the action and evidence left out when empty. */
export function cleanAnswer(a: ChecklistAnswer): ChecklistAnswer {
  const out: ChecklistAnswer = { status: a.status, note: a.note };
  if (!isEmptyAction(a.action)) {
    const { what, owner, due, priority } = a.action!;
    out.action = { what, owner, due, priority };
  }
  if (!isEmptyEvidence(a.evidence)) out.evidence = { links: a.evidence!.links.map(({ label, href }) => ({ label, href })), note: a.evidence!.note };
  return out;
}

export function answerOf(answers: AnswerMap, id: string): ChecklistAnswer {
  return answers.get(id) ?? DEFAULT_ANSWER;
}

/** Sets or removes one answer (a default answer is removed). Returns a new map. */
export function withAnswer(answers: AnswerMap, id: string, answer: ChecklistAnswer): AnswerMap {
  const next = new Map(answers);
  if (isDefault(answer)) next.delete(id);
  else next.set(id, cleanAnswer(answer));
  return next;
}

/** A plain-object copy for the public API and for JSON. */
export function answersToObject(answers: AnswerMap): Record<string, ChecklistAnswer> {
  return Object.fromEntries([...answers].map(([id, a]) => [id, cleanAnswer(a)]));
}

/** The prompt ids whose answer differs between two maps, in the order they first appear. */
export function changedIds(before: AnswerMap, after: AnswerMap): string[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => !sameAnswer(answerOf(before, id), answerOf(after, id)));
}

const quote = (value: unknown): string => {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : String(value);
};

function readAnswer(id: string, value: unknown): ChecklistAnswer | string {
  if (!isId(id)) return `answer ${quote(id)} does not have a valid prompt id`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `answer "${id}" must be an object, not ${quote(value)}`;
  const { status, note = '', action, evidence: rawEvidence } = value as { status?: unknown; note?: unknown; action?: unknown; evidence?: unknown };
  if (!isStatus(status)) return `answer "${id}": status must be one of ${STATUSES.map((s) => `"${s}"`).join(', ')}, not ${quote(status)}`;
  if (typeof note !== 'string') return `answer "${id}": note must be text, not ${quote(note)}`;
  if (note.length > MAX_NOTE) return `answer "${id}": note is longer than ${MAX_NOTE.toLocaleString('en-GB')} characters`;
  const evidence = readEvidence(rawEvidence);
  if (typeof evidence === 'string') return `answer "${id}": ${evidence}`;
  if (action === undefined || action === null) return cleanAnswer({ status, note, evidence });
  const read = readAction(action);
  return typeof read === 'string' ? `answer "${id}": action ${read}` : cleanAnswer({ status, note, action: read, evidence });
}

function readAction(value: unknown): ChecklistAction | string {
  if (typeof value !== 'object' || Array.isArray(value)) return `must be an object, not ${quote(value)}`;
  const { what = '', owner = '', due = '', priority = '' } = value as Record<string, unknown>;
  for (const [name, text] of [['what', what], ['owner', owner]] as const) {
    if (typeof text !== 'string') return `${name} must be text, not ${quote(text)}`;
    if (text.length > MAX_ACTION) return `${name} is longer than ${MAX_ACTION.toLocaleString('en-GB')} characters`;
  }
  if (typeof due !== 'string' || (due && !isIsoDate(due))) return `due date ${quote(due)} is not a real date written YYYY-MM-DD`;
  if (priority !== '' && !PRIORITIES.includes(priority as never)) return `priority must be "high", "medium", "low" or empty, not ${quote(priority)}`;
  return { what: what as string, owner: owner as string, due, priority: priority as ChecklistPriority };
}

/**
 * Reads a baseline (`{ takenAt, answers: { id: { status } }, earlier?: [{ takenAt, answers }] }`);
 * `undefined` for none, text for a problem. A baseline without `earlier` (saved before snapshots
 * existed) is read as the first and only snapshot. `name` is for the earlier snapshots' messages.
 */
export function readBaseline(value: unknown, name = 'the baseline'): ChecklistBaseline | undefined | string {
  if (value == null) return undefined;
  const { takenAt, answers, earlier } = value as { takenAt?: unknown; answers?: unknown; earlier?: unknown };
  if (typeof takenAt !== 'string' || !isIsoDate(takenAt)) return `${name}'s date ${quote(takenAt)} is not a real date written YYYY-MM-DD`;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return `${name}'s answers must be an object, not ${quote(answers)}`;
  const statuses = new Map<string, ChecklistStatus>();
  for (const [id, a] of Object.entries(answers)) {
    const status = (a as { status?: unknown } | null)?.status;
    if (!isId(id) || !isStatus(status)) return `${name}'s answer ${quote(id)} is not valid`;
    statuses.set(id, status);
  }
  const list = earlier ?? [];
  if (!Array.isArray(list) || list.length >= MAX_SNAPSHOTS) return `${name}'s earlier snapshots must be a list of fewer than ${MAX_SNAPSHOTS}`;
  // Only the baseline has earlier snapshots (theirs are never written, so not read).
  const read = name === 'the baseline' ? list.map((s) => readBaseline(s ?? 0, 'an earlier snapshot') as ChecklistBaseline | string) : [];
  const problem = read.find((r) => typeof r === 'string');
  if (problem) return problem as string;
  return read.length ? { takenAt, statuses, earlier: (read as ChecklistBaseline[]).map((r) => ({ takenAt: r.takenAt, statuses: r.statuses })) } : { takenAt, statuses };
}

const snapshotToObject = (s: ChecklistSnapshot) => ({ takenAt: s.takenAt, answers: Object.fromEntries([...s.statuses].map(([id, status]) => [id, { status }])) });

export function baselineToObject(b: ChecklistBaseline): { takenAt: string; answers: Record<string, { status: ChecklistStatus }>; earlier?: unknown[] } {
  return b.earlier?.length ? { ...snapshotToObject(b), earlier: b.earlier.map(snapshotToObject) } : snapshotToObject(b);
}

/**
 * Reads a record's `paper` (`{ "<field id>": "text" }`): an object of texts, or text naming the
 * problem; `undefined` for none. Kept as it is (a field this page does not show is not dropped);
 * what reads it takes only its own fields' texts (`paperText` in paper/paper-fields.ts). Small on
 * purpose: this runs in the widget's own chunk.
 */
export function readPaperDetails(value: unknown): PaperDetails | undefined | string {
  if (value == null) return undefined;
  return typeof value == 'object' && !Array.isArray(value) && Object.values(value).every((text) => typeof text == 'string')
    ? paperOf(value as PaperDetails)
    : 'paper details (the cover sheet) are not valid';
}

/** The paper details, or `undefined` when no field has text (a record without them has no `paper`). */
export const paperOf = (paper: PaperDetails): PaperDetails | undefined => (Object.keys(paper).length ? paper : undefined);

/** A record's optional parts (the baseline, the paper details), for storage and files alike; each problem is added to `errors`. */
export function readParts(record: { baseline?: unknown; paper?: unknown }, errors: string[]): { baseline?: ChecklistBaseline; paper?: PaperDetails } {
  const [baseline, paper] = [readBaseline(record.baseline), readPaperDetails(record.paper)].map((part) => (typeof part === 'string' ? void errors.push(part) : part));
  return { baseline: baseline as ChecklistBaseline | undefined, paper: paper as PaperDetails | undefined };
}

/**
 * Reads an `answers` object from outside (storage or a file). Valid entries are returned even when
 * others are not, so storage can recover what it can; an import treats any error as fatal.
 */
export function readAnswers(value: unknown): { answers: AnswerMap; errors: string[] } {
  const answers: AnswerMap = new Map();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { answers, errors: [`answers must be an object, not ${quote(value)}`] };
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_ANSWERS) return { answers, errors: [`there are more than ${MAX_ANSWERS.toLocaleString('en-GB')} answers`] };
  const errors: string[] = [];
  for (const [id, raw] of entries) {
    const answer = readAnswer(id, raw);
    if (typeof answer === 'string') errors.push(answer);
    else if (!isDefault(answer)) answers.set(id, answer);
  }
  return { answers, errors };
}

/** A real ISO time (`isIsoTimestamp`: not `"0"`, not 31 February), or undefined. */
export function readTimestamp(value: unknown): string | undefined {
  return isIsoTimestamp(value) ? value : undefined;
}
