/**
 * Export and import of checklist answers. Pure, no DOM.
 *
 * - JSON: the stored record plus a `format` marker and the checklist's name, so a file can be
 *   recognised, validated and loaded back exactly (`parseExport(toJson(x))` gives `x` back).
 * - CSV: RFC 4180 (every field quoted when it holds a quote, comma or line break; CRLF between
 *   records) with spreadsheet formula injection neutralised: a cell starting with `=`, `+`, `-`, `@`,
 *   tab or carriage return gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text.
 */
import { nestsDeeperThan } from '../../internal/yield.js';
import { toCsv } from '../../internal/csv.js';
import type { ChecklistGroup } from '../model/progress.js';
import {
  answerOf, answersToObject, baselineToObject, readAnswers, readParts, readTimestamp, RECORD_SCHEMA, STATUS_LABELS,
  type AnswerMap, type ChecklistAnswer, type ChecklistBaseline, type PaperDetails,
} from '../model/answers.js';

export const EXPORT_FORMAT = 'clinical-leadership-elements/framework-checklist';
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 2_000_000;
/** An export nests four levels (record → answers → answer → action); a file nesting deeper than this is refused unparsed. */
export const MAX_IMPORT_DEPTH = 32;

export interface ExportMeta {
  storageKey?: string;
  organisation?: string;
  updatedAt?: string;
  baseline?: ChecklistBaseline;
  /** The board paper's cover sheet. */
  paper?: PaperDetails;
}

export function toJson(answers: AnswerMap, meta: ExportMeta = {}): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      schema: RECORD_SCHEMA,
      storageKey: meta.storageKey || null,
      organisation: meta.organisation || null,
      updatedAt: meta.updatedAt ?? null,
      answers: answersToObject(answers),
      ...(meta.baseline ? { baseline: baselineToObject(meta.baseline) } : {}),
      paper: meta.paper, // left out when undefined
    },
    null,
    2,
  );
}

export type ImportResult =
  | { ok: true; answers: AnswerMap; updatedAt?: string; baseline?: ChecklistBaseline; paper?: PaperDetails }
  | { ok: false; errors: string[] };

const MAX_IMPORT_ERRORS = 10;

/** Validates an exported file. Any problem rejects the whole file: nothing is half-imported. */
export function parseExport(text: string): ImportResult {
  if (typeof text !== 'string') return { ok: false, errors: ['The file could not be read as text.'] };
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: ['The file is too large to be a checklist export.'] };
  // Before JSON.parse, which takes a second or more (uninterruptibly) on 900,000 nested brackets.
  if (nestsDeeperThan(text, MAX_IMPORT_DEPTH)) return { ok: false, errors: ['The file is nested too deeply to be a checklist export.'] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [/^\s*[^{[\s]/.test(text) ? 'The file is not a JSON file (a CSV export cannot be loaded back; use the JSON download).' : 'The file is not valid JSON; it may be incomplete or damaged.'] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: ['The file is not a framework checklist export.'] };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) return { ok: false, errors: ['The file is not a framework checklist export (it was not downloaded from this checklist).'] };
  // Version 1 files (statuses and notes only) are read as they are: version 2 only adds fields.
  if (record.schema !== RECORD_SCHEMA && record.schema !== 1) {
    return {
      ok: false,
      errors: [typeof record.schema === 'number' && record.schema > RECORD_SCHEMA
        ? `The file was made by a newer version of this checklist (format version ${record.schema}); update the page's checklist to load it.`
        : 'The file has no format version this checklist understands.'],
    };
  }
  const { answers, errors } = readAnswers(record.answers);
  const parts = readParts(record, errors);
  if (errors.length) {
    const shown = errors.slice(0, MAX_IMPORT_ERRORS).map((e) => `The file's ${e}.`);
    if (errors.length > MAX_IMPORT_ERRORS) shown.push(`… and ${errors.length - MAX_IMPORT_ERRORS} more problems.`);
    return { ok: false, errors: shown };
  }
  return { ok: true, answers, updatedAt: readTimestamp(record.updatedAt), ...parts };
}

export const CSV_HEADER = ['Element', 'Prompt', 'Status', 'Note', 'Action', 'Action owner', 'Action due', 'Action priority', 'Prompt ID'] as const;
export const UNKNOWN_PROMPT_TEXT = '(a prompt that is no longer in this checklist)';

/** Every prompt in checklist order with its answer, then answers kept for prompts no longer shown. */
export function checklistCsv(groups: readonly ChecklistGroup[], answers: AnswerMap): string {
  const rows: string[][] = [[...CSV_HEADER]];
  const known = new Set<string>();
  for (const group of groups) {
    for (const prompt of group.prompts) {
      known.add(prompt.id);
      const answer = answerOf(answers, prompt.id);
      rows.push([group.title, prompt.text, ...cells(answer), prompt.id]);
    }
  }
  for (const [id, answer] of answers) {
    if (!known.has(id)) rows.push(['', UNKNOWN_PROMPT_TEXT, ...cells(answer), id]);
  }
  return toCsv(rows);
}

const cells = ({ status, note, action: a }: ChecklistAnswer): string[] => [STATUS_LABELS[status], note, a?.what ?? '', a?.owner ?? '', a?.due ?? '', a?.priority ?? ''];

/** A file name such as `framework-checklist-board-2026-2026-08-03.csv`. */
export function exportFileName(storageKey: string | undefined, extension: 'json' | 'csv', date = new Date()): string {
  const slug = (storageKey ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  const day = date.toISOString().slice(0, 10);
  return `framework-checklist${slug ? `-${slug}` : ''}-${day}.${extension}`;
}
