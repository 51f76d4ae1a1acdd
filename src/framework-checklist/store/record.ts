/**
 * The checklist's saved record, kept through the shared `src/internal/storage.ts` (localStorage by
 * default; blocked, full or absent storage leaves the answers in memory with a notice).
 *
 * Record: `clinical-leadership-elements:checklist:<storage-key>` →
 * `{ "schema": 2, "updatedAt": "<ISO>", "answers": { "<promptId>": { "status", "note", "action"? } },
 * "baseline"?: { "takenAt": "YYYY-MM-DD", "answers": { "<promptId>": { "status" } } },
 * "paper"?: { "<field id>": "text" } }` (`paper`: the board paper's cover sheet, optional).
 * A damaged `paper` is reported like a damaged answer; the answers are still read.
 * A version 1 record (the same without actions and baseline) is read as it is and saved as version 2
 * at the next change: nothing in it is lost.
 * Damaged records are copied aside to `<key>:corrupt-<ISO time>` (see the shared module).
 */
import { isStorageEventFor, loadRecord, writeItem, type CorruptRecord, type StorageProblem } from '../../internal/local-storage.js';
import type { KitCodec } from '../../internal/record-store/controller.js';
import {
  answersToObject, baselineToObject, cleanAnswer, readAnswers, readBaseline, readParts, readTimestamp, RECORD_SCHEMA,
  type AnswerMap, type ChecklistBaseline, type PaperDetails,
} from '../model/answers.js';

export { problemOf, type CorruptRecord, type StorageProblem } from '../../internal/local-storage.js';

export const STORAGE_PREFIX = 'clinical-leadership-elements:checklist:';

/** Stands for the baseline among the prompt ids changed while an adapter was reading (never a valid id). */
export const BASELINE = ' baseline';
/** Stands for the paper details among touched prompt ids (never a valid id). */
export const PAPER = ' paper';

/** What is kept under one storage key. */
export interface ChecklistRecord {
  answers: AnswerMap;
  baseline?: ChecklistBaseline;
  /** The board paper's cover sheet. */
  paper?: PaperDetails;
}

export interface LoadResult {
  answers: AnswerMap;
  baseline?: ChecklistBaseline;
  paper?: PaperDetails;
  updatedAt?: string;
  /** False when storage could not be read: it must not be written in this session. */
  loaded: boolean;
  problem?: StorageProblem;
  corrupt?: CorruptRecord;
}

export const fullKey = (storageKey: string): string => `${STORAGE_PREFIX}${storageKey}`;

/** True when this event came from the page's localStorage (not sessionStorage) for this key. */
export const isEventFor = (event: StorageEvent, storageKey: string): boolean => isStorageEventFor(event, fullKey(storageKey));

type Parsed = { ok: true; answers: AnswerMap; updatedAt?: string; baseline?: ChecklistBaseline; paper?: PaperDetails }
  | { ok: false; reason: string; answers: AnswerMap; baseline?: ChecklistBaseline; paper?: PaperDetails };

/** Reads a stored record; what can be read is returned even when the record is damaged. */
export function parseRecord(raw: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON', answers: new Map() };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'it is not a saved checklist', answers: new Map() };
  const record = data as Record<string, unknown>;
  if (record.schema !== RECORD_SCHEMA && record.schema !== 1) {
    const newer = typeof record.schema === 'number' && record.schema > RECORD_SCHEMA;
    return { ok: false, reason: newer ? `it was saved by a newer version of this checklist (format version ${record.schema})` : 'its format version is not one this checklist understands', answers: new Map() };
  }
  const { answers, errors } = readAnswers(record.answers);
  const parts = readParts(record, errors);
  if (errors.length) return { ok: false, reason: errors.length === 1 ? errors[0] : `${errors.length} answers are not valid (${errors[0]} …)`, answers, ...parts };
  return { ok: true, answers, updatedAt: readTimestamp(record.updatedAt), ...parts };
}

export function serialise(answers: AnswerMap, updatedAt: string, baseline?: ChecklistBaseline, paper?: PaperDetails): string {
  return JSON.stringify({
    schema: RECORD_SCHEMA, updatedAt, answers: answersToObject(answers),
    ...(baseline ? { baseline: baselineToObject(baseline) } : {}),
    paper, // left out when undefined
  });
}

/** The ids of the baseline and the paper details among the record's items (never a prompt id: those are `a:<id>`). */
export const BASELINE_ITEM = 'baseline';
export const PAPER_ITEM = 'paper';

/**
 * The checklist's record for the saved-record kit (no answers, baseline or paper details removes the
 * record): its items are the answers by prompt id (`a:<id>`), the baseline and the paper details, so
 * two windows answering different prompts both keep their answers.
 */
export const checklistCodec: KitCodec<ChecklistRecord> = {
  empty: () => ({ answers: new Map() }),
  toItems(r) {
    const items = new Map([...r.answers].map(([id, a]) => [`a:${id}`, JSON.stringify(cleanAnswer(a))]));
    if (r.baseline) items.set(BASELINE_ITEM, JSON.stringify(baselineToObject(r.baseline)));
    if (r.paper) items.set(PAPER_ITEM, JSON.stringify(r.paper));
    return items;
  },
  fromItems(items) {
    const r: ChecklistRecord = { answers: new Map() };
    for (const [id, text] of items) {
      if (id === BASELINE_ITEM) r.baseline = readBaseline(JSON.parse(text)) as ChecklistBaseline;
      else if (id === PAPER_ITEM) r.paper = JSON.parse(text);
      else r.answers.set(id.slice(2), JSON.parse(text));
    }
    return r;
  },
  parse(raw) {
    const { answers, baseline, paper, ...p } = parseRecord(raw);
    const value = { answers, baseline, paper };
    return p.ok ? { ok: true, value, updatedAt: p.updatedAt } : { ok: false, reason: p.reason, value, recovered: answers.size };
  },
  serialise: (r, updatedAt) => (r.answers.size || r.baseline || r.paper ? serialise(r.answers, updatedAt, r.baseline, r.paper) : null),
};

/** Loads the answers saved under `storageKey`. Sets damaged data aside. Never throws. */
export function loadAnswers(storageKey: string, now: () => Date = () => new Date()): LoadResult {
  const { value, ...rest } = loadRecord(fullKey(storageKey), checklistCodec, now);
  return { answers: value?.answers ?? new Map(), baseline: value?.baseline, paper: value?.paper, ...rest };
}

/** Saves the answers (no answers, baseline or paper details removes the record). Returns the problem, if any. */
export function saveAnswers(storageKey: string, answers: AnswerMap, updatedAt: string, baseline?: ChecklistBaseline, paper?: PaperDetails): StorageProblem | undefined {
  return writeItem(fullKey(storageKey), checklistCodec.serialise({ answers, baseline, paper }, updatedAt));
}
