/**
 * Data for the hardening suites, derived from the bundled data set: hostile copies (a payload in
 * every text field), copies with a payload in a field the schema rejects, and id renaming that
 * keeps every cross-reference intact.
 */
import * as v from 'valibot';
import { dataset as bundled } from '../../src/data/bundled-dataset.js';
import { Id, type DatasetInput } from '../../src/data/schema.js';

export { bundled };

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A plain, mutable copy of the bundled data set. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Mutable = Record<string, any>;
export const bundledCopy = (): Mutable => clone(bundled) as unknown as Mutable;

/** The schema's own test for an absolute web address (src/data/schema.ts, WebUrl). */
export const acceptedUrl = (value: string): boolean => value.length <= 2000 && /^https?:\/\/[^\s]+$/i.test(value);

/** A link template for `barrier-href` / `enabler-href` / `case-study-href`: the payload, with `{id}` if it has none. */
export const template = (payload: string): string => (payload.includes('{id}') ? payload : `${payload}{id}`);

/**
 * A smaller, still valid and still complete copy of the bundled data set: two case studies, the
 * barriers they meet, the enablers they and those barriers name, one checklist prompt per
 * framework element, and everything else. Every kind of record and field is there; a sweep of
 * hundreds of renders does not pay for all of them each time.
 */
export function smallDataset(): Mutable {
  const d = bundledCopy();
  d.caseStudies = d.caseStudies.slice(0, 2);
  const barrierIds = new Set<string>(d.caseStudies.flatMap((c: Mutable) => c.barrierIds));
  d.barriers = d.barriers.filter((b: Mutable) => barrierIds.has(b.id));
  const enablerIds = new Set<string>(d.caseStudies.flatMap((c: Mutable) => c.enablerIds));
  d.enablers = d.enablers.filter((e: Mutable) => enablerIds.has(e.id));
  const seen = new Set<string>();
  d.checklistPrompts = d.checklistPrompts.filter((p: Mutable) => !seen.has(p.elementId) && seen.add(p.elementId));
  for (const r of [...d.barriers, ...d.checklistPrompts]) r.enablerIds = r.enablerIds.filter((id: string) => enablerIds.has(id));
  d.keyMessages = d.keyMessages.slice(0, 2);
  pruneFrameworkMaps(d);
  return d;
}

/**
 * Keeps the framework maps valid after records were removed: a mapping names only prompts and
 * elements still in the data set, an item or map only sources still there (every reference must
 * resolve, so a map naming a removed prompt would make the whole data set invalid).
 */
export function pruneFrameworkMaps(d: Mutable): void {
  if (!Array.isArray(d.frameworkMaps)) return;
  const ids = (list: Mutable[] | undefined) => new Set<string>((list ?? []).map((r: Mutable) => r.id));
  const prompts = ids(d.checklistPrompts);
  const elements = ids(d.elements);
  const sources = ids(d.sources);
  const keep = (list: string[] | undefined, known: Set<string>) => (list ?? []).filter((id) => known.has(id));
  for (const map of d.frameworkMaps) {
    map.sourceIds = keep(map.sourceIds, sources);
    for (const item of map.items ?? []) item.sourceIds = keep(item.sourceIds, sources);
    for (const m of map.mappings ?? []) {
      m.promptIds = keep(m.promptIds, prompts);
      m.elementIds = keep(m.elementIds, elements);
    }
  }
}

/** The bundled data set (see `smallDataset`) with `payload` in every short and long text field, and in every source URL when the schema accepts it. */
export function hostileDataset(payload: string): DatasetInput {
  const d = smallDataset();
  d.title = payload;
  d.version = payload;
  for (const s of d.sources) {
    s.title = payload;
    s.publisher = payload;
    s.note = payload;
    if (acceptedUrl(payload)) s.url = payload;
  }
  for (const x of d.disciplines) x.label = payload;
  for (const x of d.professions) x.label = payload;
  for (const x of d.elements) {
    x.title = payload;
    x.summary = payload;
  }
  for (const c of d.caseStudies) {
    c.name = payload;
    c.role = payload;
    c.organisation = payload;
    c.summary = payload;
    c.journey = [payload, payload];
    c.turningPoint = payload;
  }
  for (const b of d.barriers) {
    b.title = payload;
    b.description = payload;
  }
  for (const e of d.enablers) {
    e.title = payload;
    e.description = payload;
  }
  for (const p of d.checklistPrompts) {
    p.text = payload;
    p.hint = payload;
  }
  for (const k of d.keyMessages) k.text = payload;
  if (d.coverage) d.coverage.notes = [payload];
  return d as DatasetInput;
}

const isId = (p: string): boolean => v.is(Id, p);

/**
 * Fields the schema checks by pattern or list (ids, references, dates, handles, URLs, picklists):
 * putting a payload in one of them must make the whole data set invalid unless the field's own
 * check accepts the payload (`accepts`). An accepted id may still break a cross-reference.
 */
export const STRICT_FIELDS: ReadonlyArray<{ field: string; accepts: (p: string) => boolean; set: (d: Mutable, p: string) => void }> = [
  { field: 'sources[0].id', accepts: isId, set: (d, p) => (d.sources[0].id = p) },
  { field: 'sources[0].url', accepts: acceptedUrl, set: (d, p) => (d.sources[0].url = p) },
  { field: 'sources[0].date', accepts: () => false, set: (d, p) => (d.sources[0].date = p) },
  { field: 'disciplines[0].id', accepts: isId, set: (d, p) => (d.disciplines[0].id = p) },
  { field: 'professions[0].id', accepts: isId, set: (d, p) => (d.professions[0].id = p) },
  { field: 'professions[0].disciplineId', accepts: isId, set: (d, p) => (d.professions[0].disciplineId = p) },
  { field: 'elements[0].id', accepts: isId, set: (d, p) => (d.elements[0].id = p) },
  { field: 'caseStudies[0].id', accepts: isId, set: (d, p) => (d.caseStudies[0].id = p) },
  { field: 'caseStudies[0].professionId', accepts: isId, set: (d, p) => (d.caseStudies[0].professionId = p) },
  { field: 'caseStudies[0].asOf', accepts: () => false, set: (d, p) => (d.caseStudies[0].asOf = p) },
  { field: 'caseStudies[0].handle', accepts: (p) => /^@[A-Za-z0-9_]{1,30}$/.test(p), set: (d, p) => (d.caseStudies[0].handle = p) },
  { field: 'caseStudies[0].barrierIds[]', accepts: isId, set: (d, p) => d.caseStudies[0].barrierIds.push(p) },
  { field: 'caseStudies[0].sourceIds[]', accepts: isId, set: (d, p) => d.caseStudies[0].sourceIds.push(p) },
  { field: 'barriers[0].id', accepts: isId, set: (d, p) => (d.barriers[0].id = p) },
  { field: 'barriers[0].level', accepts: () => false, set: (d, p) => (d.barriers[0].level = p) },
  { field: 'barriers[0].elementIds[]', accepts: isId, set: (d, p) => d.barriers[0].elementIds.push(p) },
  { field: 'barriers[0].disciplineIds[]', accepts: isId, set: (d, p) => d.barriers[0].disciplineIds.push(p) },
  { field: 'enablers[0].id', accepts: isId, set: (d, p) => (d.enablers[0].id = p) },
  { field: 'enablers[0].elementId', accepts: isId, set: (d, p) => (d.enablers[0].elementId = p) },
  { field: 'enablers[0].actor', accepts: () => false, set: (d, p) => (d.enablers[0].actor = p) },
  { field: 'checklistPrompts[0].id', accepts: isId, set: (d, p) => (d.checklistPrompts[0].id = p) },
  { field: 'checklistPrompts[0].elementId', accepts: isId, set: (d, p) => (d.checklistPrompts[0].elementId = p) },
  { field: 'checklistPrompts[0].authored', accepts: () => false, set: (d, p) => (d.checklistPrompts[0].authored = p) },
  { field: 'keyMessages[0].id', accepts: isId, set: (d, p) => (d.keyMessages[0].id = p) },
  { field: 'coverage.sourceIds[]', accepts: isId, set: (d, p) => d.coverage.sourceIds.push(p) },
];

/** The bundled data set (see `smallDataset`) with `payload` in one strict field. */
export function strictFieldDataset(payload: string, fieldIndex: number): { field: string; accepted: boolean; data: Mutable } {
  const f = STRICT_FIELDS[fieldIndex % STRICT_FIELDS.length];
  const d = smallDataset();
  f.set(d, payload);
  return { field: f.field, accepted: f.accepts(payload), data: d };
}

type Collection = 'sources' | 'disciplines' | 'professions' | 'elements' | 'caseStudies' | 'barriers' | 'enablers' | 'checklistPrompts' | 'keyMessages' | 'boardFacts';

/** Which fields hold ids of which collection. */
const REFERENCES: Record<Collection, Array<[Collection | 'coverage' | 'framework', string]>> = {
  sources: [
    ['disciplines', 'sourceIds'], ['professions', 'sourceIds'], ['elements', 'sourceIds'], ['caseStudies', 'sourceIds'], ['barriers', 'sourceIds'],
    ['enablers', 'sourceIds'], ['checklistPrompts', 'sourceIds'], ['keyMessages', 'sourceIds'], ['coverage', 'sourceIds'],
    ['boardFacts', 'sourceIds'], ['framework', 'sourceIds'],
  ],
  disciplines: [['professions', 'disciplineId'], ['barriers', 'disciplineIds'], ['boardFacts', 'disciplineIds']],
  professions: [['caseStudies', 'professionId']],
  elements: [['barriers', 'elementIds'], ['enablers', 'elementId'], ['checklistPrompts', 'elementId']],
  caseStudies: [],
  barriers: [['caseStudies', 'barrierIds']],
  enablers: [['caseStudies', 'enablerIds'], ['barriers', 'enablerIds'], ['checklistPrompts', 'enablerIds']],
  checklistPrompts: [],
  keyMessages: [],
  boardFacts: [],
};

/** Renames a record's id and every reference to it. */
export function renameId(d: Mutable, collection: Collection, from: string, to: string): void {
  const record = d[collection].find((r: { id: string }) => r.id === from);
  if (!record) throw new Error(`no ${collection} record '${from}'`);
  record.id = to;
  const mapField = { checklistPrompts: 'promptIds', elements: 'elementIds' }[collection as string];
  for (const map of d.frameworkMaps ?? []) {
    const rename = (list: string[] | undefined) => list?.map((x) => (x === from ? to : x));
    if (collection === 'sources') {
      map.sourceIds = rename(map.sourceIds);
      for (const item of map.items ?? []) item.sourceIds = rename(item.sourceIds);
    }
    if (mapField) for (const m of map.mappings ?? []) m[mapField] = rename(m[mapField]);
  }
  for (const [where, field] of REFERENCES[collection]) {
    const records = where === 'coverage' || where === 'framework' ? (d[where] ? [d[where]] : []) : d[where];
    for (const r of records) {
      const value = r[field];
      if (Array.isArray(value)) r[field] = value.map((x: string) => (x === from ? to : x));
      else if (value === from) r[field] = to;
    }
  }
}
