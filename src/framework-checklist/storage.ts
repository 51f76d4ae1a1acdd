/**
 * The checklist's saved record, kept through the shared `src/internal/storage.ts` (localStorage by
 * default; blocked, full or absent storage leaves the answers in memory with a notice).
 *
 * Record: `clinical-leadership-elements:checklist:<storage-key>` →
 * `{ "schema": 1, "updatedAt": "<ISO>", "answers": { "<promptId>": { "status", "note" } } }`.
 * Damaged records are copied aside to `<key>:corrupt-<ISO time>` (see the shared module).
 */
import { isStorageEventFor, loadRecord, writeItem, type CorruptRecord, type RecordCodec, type StorageProblem } from '../internal/storage.js';
import { answersToObject, readAnswers, readTimestamp, RECORD_SCHEMA, type AnswerMap } from './model.js';

export { problemOf, type CorruptRecord, type StorageProblem } from '../internal/storage.js';

export const STORAGE_PREFIX = 'clinical-leadership-elements:checklist:';

export interface LoadResult {
  answers: AnswerMap;
  updatedAt?: string;
  /** False when storage could not be read: it must not be written in this session. */
  loaded: boolean;
  problem?: StorageProblem;
  corrupt?: CorruptRecord;
}

export const fullKey = (storageKey: string): string => `${STORAGE_PREFIX}${storageKey}`;

/** True when this event came from the page's localStorage (not sessionStorage) for this key. */
export const isEventFor = (event: StorageEvent, storageKey: string): boolean => isStorageEventFor(event, fullKey(storageKey));

type Parsed = { ok: true; answers: AnswerMap; updatedAt?: string } | { ok: false; reason: string; answers: AnswerMap };

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
  if (record.schema !== RECORD_SCHEMA) {
    const newer = typeof record.schema === 'number' && record.schema > RECORD_SCHEMA;
    return { ok: false, reason: newer ? `it was saved by a newer version of this checklist (format version ${record.schema})` : 'its format version is not one this checklist understands', answers: new Map() };
  }
  const { answers, errors } = readAnswers(record.answers);
  if (errors.length) return { ok: false, reason: errors.length === 1 ? errors[0] : `${errors.length} answers are not valid (${errors[0]} …)`, answers };
  return { ok: true, answers, updatedAt: readTimestamp(record.updatedAt) };
}

export function serialise(answers: AnswerMap, updatedAt: string): string {
  return JSON.stringify({ schema: RECORD_SCHEMA, updatedAt, answers: answersToObject(answers) });
}

/** The checklist's record for the shared storage module (an empty set removes the record). */
export const checklistCodec: RecordCodec<AnswerMap> = {
  parse(raw) {
    const parsed = parseRecord(raw);
    return parsed.ok ? { ok: true, value: parsed.answers, updatedAt: parsed.updatedAt } : { ok: false, reason: parsed.reason, value: parsed.answers, recovered: parsed.answers.size };
  },
  serialise: (answers, updatedAt) => (answers.size ? serialise(answers, updatedAt) : null),
};

/** Loads the answers saved under `storageKey`. Sets damaged data aside. Never throws. */
export function loadAnswers(storageKey: string, now: () => Date = () => new Date()): LoadResult {
  const { value, ...rest } = loadRecord(fullKey(storageKey), checklistCodec, now);
  return { answers: value ?? new Map(), ...rest };
}

/** Saves the answers (an empty set removes the record). Returns the problem, if any. */
export function saveAnswers(storageKey: string, answers: AnswerMap, updatedAt: string): StorageProblem | undefined {
  return writeItem(fullKey(storageKey), checklistCodec.serialise(answers, updatedAt));
}
