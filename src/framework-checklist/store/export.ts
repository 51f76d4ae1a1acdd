/**
 * Export and import of checklist answers. Pure, no DOM.
 *
 * - JSON: the stored record plus a `format` marker and the checklist's name, so a file can be
 *   recognised, validated and loaded back exactly (`parseExport(toJson(x))` gives `x` back).
 * - CSV: the one writer in `internal/csv.ts` (RFC 4180, formulas neutralised). Reading a file (size
 *   cap, byte order mark, JSON) and file names: `internal/record-files.ts`.
 */
import { toCsv } from '../../internal/csv.js';
import { parseJsonText } from '../../internal/record-json.js';
import type { ChecklistGroup } from '../model/progress.js';
import {
  answerOf, answersToObject, baselineToObject, readAnswers, readParts, readTimestamp, RECORD_SCHEMA, STATUS_LABELS,
  type AnswerMap, type ChecklistAnswer, type ChecklistBaseline, type PaperDetails,
} from '../model/answers.js';
import { evidenceLines } from '../model/evidence.js';

export const EXPORT_FORMAT = 'clinical-leadership-elements/framework-checklist';

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
  const read = parseJsonText(text, 'a checklist export');
  if (!read.ok) return { ok: false, errors: [read.error] };
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: ['The file is not a framework checklist export.'] };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) return { ok: false, errors: ['The file is not a framework checklist export (it was not downloaded from this checklist).'] };
  // Version 1 files (statuses and notes only) are read as they are: version 2 only adds fields.
  if (record.schema !== RECORD_SCHEMA && record.schema !== 1) {
    return {
      ok: false,
      errors: [Number.isSafeInteger(record.schema) && (record.schema as number) > RECORD_SCHEMA
        ? `The file was made by a newer version of this checklist (format version ${record.schema}); update the page's checklist to load it.`
        : 'The file has no format version this checklist understands.'],
    };
  }
  const { answers, errors } = readAnswers(record.answers);
  const parts = readParts(record, errors);
  if (errors.length) {
    // "The file's answer "x": …", "In the file, there are more than 5,000 answers."
    const shown = errors.slice(0, MAX_IMPORT_ERRORS).map((e) => (/^(there|the) /.test(e) ? `In the file, ${e}.` : `The file's ${e}.`));
    if (errors.length > MAX_IMPORT_ERRORS) shown.push(`… and ${errors.length - MAX_IMPORT_ERRORS} more problems.`);
    return { ok: false, errors: shown };
  }
  return { ok: true, answers, updatedAt: readTimestamp(record.updatedAt), ...parts };
}

/** The evidence columns come last, after the prompt id, so files read by position before them still line up. */
export const CSV_HEADER = ['Element', 'Prompt', 'Status', 'Note', 'Action', 'Action owner', 'Action due', 'Action priority', 'Prompt ID', 'Evidence links', 'Evidence note'] as const;
export const UNKNOWN_PROMPT_TEXT = '(a prompt that is no longer in this checklist)';

/** Every prompt in checklist order with its answer, then answers kept for prompts no longer shown. */
export function checklistCsv(groups: readonly ChecklistGroup[], answers: AnswerMap): string {
  const rows: string[][] = [[...CSV_HEADER]];
  const known = new Set<string>();
  for (const group of groups) {
    for (const prompt of group.prompts) {
      known.add(prompt.id);
      const answer = answerOf(answers, prompt.id);
      rows.push([group.title, prompt.text, ...cells(answer), prompt.id, ...evidenceCells(answer)]);
    }
  }
  for (const [id, answer] of answers) {
    if (!known.has(id)) rows.push(['', UNKNOWN_PROMPT_TEXT, ...cells(answer), id, ...evidenceCells(answer)]);
  }
  return toCsv(rows);
}

/** One link a line in one cell ("Board minutes <https://…>"), then the evidence note. */
const evidenceCells = ({ evidence }: ChecklistAnswer): string[] => [evidenceLines(evidence).join('\n'), evidence?.note ?? ''];
const cells = ({ status, note, action: a }: ChecklistAnswer): string[] => [STATUS_LABELS[status], note, a?.what ?? '', a?.owner ?? '', a?.due ?? '', a?.priority ?? ''];
