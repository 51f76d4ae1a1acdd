/**
 * Saving checklist answers in `localStorage`, which may be blocked (touching `window.localStorage`
 * throws `SecurityError`), full (`setItem` throws `QuotaExceededError`), absent, or shared with
 * another tab. Every access is wrapped; nothing here throws.
 *
 * Record: `clinical-leadership-elements:checklist:<storage-key>` →
 * `{ "schema": 1, "updatedAt": "<ISO>", "answers": { "<promptId>": { "status", "note" } } }`.
 *
 * Saved data that cannot be read (not JSON, an unknown schema, invalid answers) is never thrown
 * away: it is copied aside to `<key>:corrupt-<ISO time>` and what could be read is kept. If the copy
 * cannot be made (storage full), the original is left untouched and the caller must not write the
 * key until the person acts (clears or imports).
 */
import { answersToObject, readAnswers, readTimestamp, RECORD_SCHEMA, type AnswerMap } from './model.js';

export const STORAGE_PREFIX = 'clinical-leadership-elements:checklist:';
const PROBE_KEY = 'clinical-leadership-elements:probe';

/** Why answers cannot be saved: storage blocked by the browser or policy, full, missing, or another failure. */
export type StorageProblem = 'blocked' | 'full' | 'absent' | 'failed';

export interface CorruptRecord {
  /** What was wrong, in a sentence fragment: "it is not valid JSON". */
  reason: string;
  /** Where the original was copied; `undefined` when it could not be copied and was left in place. */
  asideKey?: string;
  /** How many answers could still be read from it. */
  recovered: number;
}

export interface LoadResult {
  answers: AnswerMap;
  updatedAt?: string;
  /**
   * True when the saved record was read (or there was none). When false, storage could not be read
   * and must not be written in this session: it may hold answers this page never saw.
   */
  loaded: boolean;
  /** Why storage cannot be used (it may be readable and still refuse writes). */
  problem?: StorageProblem;
  corrupt?: CorruptRecord;
}

export const fullKey = (storageKey: string): string => `${STORAGE_PREFIX}${storageKey}`;

export function problemOf(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name;
  const code = (error as { code?: number } | null)?.code;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'full';
  if (name === 'SecurityError' || code === 18) return 'blocked';
  return 'failed';
}

type Access = { storage: Storage } | { problem: StorageProblem };

/** The page's localStorage, or why it cannot be had. */
export function access(): Access {
  try {
    const storage = globalThis.localStorage;
    if (!storage || typeof storage.getItem !== 'function') return { problem: 'absent' };
    return { storage };
  } catch (error) {
    return { problem: problemOf(error) === 'full' ? 'full' : 'blocked' };
  }
}

/** True when this event came from the page's localStorage (not sessionStorage) for this key. */
export function isEventFor(event: StorageEvent, storageKey: string): boolean {
  if (event.key !== null && event.key !== fullKey(storageKey)) return false;
  const a = access();
  return 'storage' in a && (event.storageArea === null || event.storageArea === a.storage);
}

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

function write(storage: Storage, key: string, value: string | null): StorageProblem | undefined {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return undefined;
  } catch (error) {
    return problemOf(error);
  }
}

/** Loads the answers saved under `storageKey`. Sets damaged data aside. Never throws. */
export function loadAnswers(storageKey: string, now: () => Date = () => new Date()): LoadResult {
  const a = access();
  if (!('storage' in a)) return { answers: new Map(), loaded: false, problem: a.problem };
  const { storage } = a;
  const key = fullKey(storageKey);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch (error) {
    return { answers: new Map(), loaded: false, problem: problemOf(error) === 'full' ? 'full' : 'blocked' };
  }
  // Can we write at all? (Some private modes read fine and refuse every write.)
  const probe = write(storage, PROBE_KEY, '1') ?? write(storage, PROBE_KEY, null);
  if (raw === null) return { answers: new Map(), loaded: true, problem: probe };
  const parsed = parseRecord(raw);
  if (parsed.ok) return { answers: parsed.answers, updatedAt: parsed.updatedAt, loaded: true, problem: probe };
  // Damaged: copy it aside, then replace it with what could be read, so it is set aside once.
  const asideKey = `${key}:corrupt-${now().toISOString()}`;
  const corrupt: CorruptRecord = { reason: parsed.reason, recovered: parsed.answers.size };
  if (!write(storage, asideKey, raw)) {
    corrupt.asideKey = asideKey;
    write(storage, key, parsed.answers.size ? serialise(parsed.answers, now().toISOString()) : null);
  }
  return { answers: parsed.answers, corrupt, loaded: true, problem: probe };
}

/** Saves the answers (an empty set removes the record). Returns the problem, if any. */
export function saveAnswers(storageKey: string, answers: AnswerMap, updatedAt: string): StorageProblem | undefined {
  const a = access();
  if (!('storage' in a)) return a.problem;
  return write(a.storage, fullKey(storageKey), answers.size ? serialise(answers, updatedAt) : null);
}
