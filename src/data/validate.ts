/**
 * Validation of outside data. Nothing here throws: every entry point returns either the typed value
 * or a list of readable messages that name the record and the field, e.g.
 * `caseStudies[2] 'x': professionId 'y' is not a known profession`.
 */
import * as v from 'valibot';
import { describeValue } from './describe.js';
import { DatasetSchema, type Dataset } from './schema.js';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** More messages than this help nobody; the rest are counted. */
const MAX_ERRORS = 25;

function safeGet(obj: unknown, key: PropertyKey): unknown {
  try {
    return obj !== null && typeof obj === 'object' ? (obj as Record<PropertyKey, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** `caseStudies[2] 'rachel-mckeown': journey[1]`, built from a valibot issue path. */
function describePath(issue: v.BaseIssue<unknown>, root: unknown): string {
  const path = issue.path ?? [];
  let record = '';
  let field = '';
  let node: unknown = root;
  path.forEach((item, i) => {
    const key = item.key as PropertyKey;
    node = safeGet(node, key);
    if (typeof key === 'number') {
      if (i === 1) {
        const id = safeGet(node, 'id');
        record += `[${key}]` + (typeof id === 'string' && id ? ` '${id.slice(0, 80)}'` : '');
      } else field += `[${key}]`;
    } else if (i === 0) record = String(key);
    else field += (field ? '.' : '') + String(key);
  });
  if (!record) return field || 'the data set';
  return field ? `${record}: ${field}` : record;
}

const EXPECTED_TYPES = { object: 1, array: 1, string: 1, number: 1, boolean: 1 };
const EXPECTED: Record<string, string> = {
  Object: 'an object',
  Array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

function describeIssue(issue: v.BaseIssue<unknown>, root: unknown): string {
  const where = describePath(issue, root);
  if (issue.kind === 'schema' && issue.received === 'undefined') return `${where} is missing`;
  if (issue.kind === 'schema' && issue.type in EXPECTED_TYPES) {
    const expected = issue.expected ?? issue.type;
    return `${where} must be ${EXPECTED[expected] ?? expected}, not ${describeValue(issue.input)}`;
  }
  return `${where} ${issue.message}`;
}

/** Runs a valibot schema and turns its issues into readable messages. Never throws. */
export function validateWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  label?: string,
): ValidationResult<v.InferOutput<S>> {
  try {
    const result = v.safeParse(schema, input);
    if (result.success) return { ok: true, value: result.output };
    return { ok: false, errors: capErrors(result.issues.map((i) => (label ? `${label}: ` : '') + describeIssue(i, input))) };
  } catch (error) {
    return { ok: false, errors: [`${label ?? 'the data'} could not be read (${String((error as Error)?.message ?? error)})`] };
  }
}

function capErrors(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems`];
}

type Collection = Exclude<keyof Dataset, 'version' | 'title' | 'coverage' | 'framework'>;
const NOUNS: Record<Collection, string> = {
  sources: 'source',
  disciplines: 'discipline',
  professions: 'profession',
  elements: 'framework element',
  caseStudies: 'case study',
  barriers: 'barrier',
  enablers: 'enabler',
  checklistPrompts: 'checklist prompt',
  keyMessages: 'key message',
  boardFacts: 'board fact',
  frameworkMaps: 'framework map',
};

/** Which fields of which records point at which collection. */
const REFERENCES: Array<[Collection, string, Collection]> = [
  ['professions', 'disciplineId', 'disciplines'],
  ['caseStudies', 'professionId', 'professions'],
  ['caseStudies', 'barrierIds', 'barriers'],
  ['caseStudies', 'enablerIds', 'enablers'],
  ['barriers', 'disciplineIds', 'disciplines'],
  ['barriers', 'enablerIds', 'enablers'],
  ['barriers', 'elementIds', 'elements'],
  ['enablers', 'elementId', 'elements'],
  ['checklistPrompts', 'elementId', 'elements'],
  ['checklistPrompts', 'enablerIds', 'enablers'],
  ['boardFacts', 'disciplineIds', 'disciplines'],
];

function crossReferenceErrors(data: Dataset): string[] {
  const errors: string[] = [];
  const ids = {} as Record<Collection, Set<string>>;
  for (const collection of Object.keys(NOUNS) as Collection[]) {
    const seen = new Map<string, number>();
    data[collection].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first !== undefined) errors.push(`${collection}[${index}] '${record.id}': duplicate id (also ${collection}[${first}])`);
      else seen.set(record.id, index);
    });
    ids[collection] = new Set(seen.keys());
  }
  const check = (where: string, field: string, target: Collection, value: string) => {
    if (!ids[target].has(value)) errors.push(`${where}: ${field} '${value}' is not a known ${NOUNS[target]}`);
  };
  for (const [collection, field, target] of REFERENCES) {
    data[collection].forEach((record, index) => {
      const value = (record as unknown as Record<string, string | string[]>)[field];
      const where = `${collection}[${index}] '${record.id}'`;
      for (const id of Array.isArray(value) ? value : [value]) check(where, field, target, id);
    });
  }
  for (const collection of Object.keys(NOUNS) as Collection[]) {
    if (collection === 'sources') continue;
    data[collection].forEach((record, index) => {
      for (const id of (record as { sourceIds: string[] }).sourceIds) check(`${collection}[${index}] '${record.id}'`, 'sourceIds', 'sources', id);
    });
  }
  data.frameworkMaps.forEach((map, index) => {
    const where = `frameworkMaps[${index}] '${map.id}'`;
    const items = new Set<string>();
    map.items.forEach((item, i) => {
      if (items.has(item.id)) errors.push(`${where}: items[${i}] '${item.id}': duplicate id`);
      items.add(item.id);
      for (const id of item.sourceIds) check(`${where}: items[${i}] '${item.id}'`, 'sourceIds', 'sources', id);
    });
    map.mappings.forEach((m, i) => {
      const at = `${where}: mappings[${i}]`;
      if (!items.has(m.itemId)) errors.push(`${at}: itemId '${m.itemId}' is not an item of this map`);
      for (const id of m.promptIds) check(at, 'promptIds', 'checklistPrompts', id);
      for (const id of m.elementIds) check(at, 'elementIds', 'elements', id);
    });
  });
  for (const id of data.coverage?.sourceIds ?? []) check('coverage', 'sourceIds', 'sources', id);
  for (const id of data.framework?.sourceIds ?? []) check('framework', 'sourceIds', 'sources', id);
  return errors;
}

/**
 * Validates a whole data set: shape, lengths, duplicate ids and every cross-reference.
 * Returns the typed data set, or readable errors. Never throws, whatever it is given.
 */
export function validateDataset(input: unknown): ValidationResult<Dataset> {
  try {
    if (Array.isArray(input)) return { ok: false, errors: ['the data set must be an object, not a list'] };
    // A Promise, Map or Date would pass as an object with every list empty: say what it is instead.
    const kind = Object.prototype.toString.call(input).slice(8, -1);
    if (input !== null && typeof input === 'object' && kind !== 'Object') {
      return {
        ok: false,
        errors: [`the data set must be a plain object, not a ${kind}${kind === 'Promise' ? ' (was an await forgotten?)' : ''}`],
      };
    }
  } catch (error) {
    return { ok: false, errors: [`the data set could not be read (${String((error as Error)?.message ?? error)})`] };
  }
  const shaped = validateWith(DatasetSchema, input);
  if (!shaped.ok) return shaped;
  try {
    const errors = crossReferenceErrors(shaped.value);
    return errors.length ? { ok: false, errors: capErrors(errors) } : shaped;
  } catch (error) {
    return { ok: false, errors: [`the data set could not be checked (${String((error as Error)?.message ?? error)})`] };
  }
}
