/**
 * The answers of a framework checklist: the four statuses, their labels and tag styles, and the
 * checks applied to answers read from storage or from an imported file. Pure, no DOM.
 *
 * Answers live in a `Map` keyed by prompt id, so ids such as "constructor" never meet
 * `Object.prototype`. An answer equal to the default (not started, no note) is not kept.
 */
import { isId } from '../data/id.js';

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

export interface ChecklistAnswer {
  status: ChecklistStatus;
  /** Free text: owner, evidence, next step. May be empty. */
  note: string;
}

export type AnswerMap = Map<string, ChecklistAnswer>;

export const DEFAULT_ANSWER: Readonly<ChecklistAnswer> = Object.freeze({ status: 'not-started', note: '' });

/** The version of the saved record and of the JSON export. */
export const RECORD_SCHEMA = 1;

/** A hard ceiling on a stored or imported note; the visible limit (`note-limit`) is advice, this is a guard. */
export const MAX_NOTE = 20_000;
/** More answers than this in one record is not a checklist. */
export const MAX_ANSWERS = 5_000;

export const isStatus = (value: unknown): value is ChecklistStatus => STATUSES.includes(value as ChecklistStatus);
export const isDefault = (a: ChecklistAnswer): boolean => a.status === 'not-started' && a.note === '';
export const sameAnswer = (a: ChecklistAnswer, b: ChecklistAnswer): boolean => a.status === b.status && a.note === b.note;

export function answerOf(answers: AnswerMap, id: string): ChecklistAnswer {
  return answers.get(id) ?? DEFAULT_ANSWER;
}

/** Sets or removes one answer (a default answer is removed). Returns a new map. */
export function withAnswer(answers: AnswerMap, id: string, answer: ChecklistAnswer): AnswerMap {
  const next = new Map(answers);
  if (isDefault(answer)) next.delete(id);
  else next.set(id, { status: answer.status, note: answer.note });
  return next;
}

/** A plain-object copy for the public API and for JSON. */
export function answersToObject(answers: AnswerMap): Record<string, ChecklistAnswer> {
  return Object.fromEntries([...answers].map(([id, a]) => [id, { status: a.status, note: a.note }]));
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
  const { status, note = '' } = value as { status?: unknown; note?: unknown };
  if (!isStatus(status)) return `answer "${id}": status must be one of ${STATUSES.map((s) => `"${s}"`).join(', ')}, not ${quote(status)}`;
  if (typeof note !== 'string') return `answer "${id}": note must be text, not ${quote(note)}`;
  if (note.length > MAX_NOTE) return `answer "${id}": note is longer than ${MAX_NOTE.toLocaleString('en-GB')} characters`;
  return { status, note };
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
  if (entries.length > MAX_ANSWERS) return { answers, errors: [`there are more than ${MAX_ANSWERS} answers`] };
  const errors: string[] = [];
  for (const [id, raw] of entries) {
    const answer = readAnswer(id, raw);
    if (typeof answer === 'string') errors.push(answer);
    else if (!isDefault(answer)) answers.set(id, answer);
  }
  return { answers, errors };
}

/** An ISO timestamp, or undefined. */
export function readTimestamp(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : undefined;
}
