/**
 * fast-check generators for the fuzzing suite (issue 8): valid data sets derived from the bundled
 * one by mutations that keep every cross-reference intact, nearly valid ones (one field, list or
 * reference broken), and garbage (arbitrary JSON, arbitrary JavaScript values, hostile objects:
 * throwing getters and proxies, revoked proxies, cycles).
 */
import fc from 'fast-check';
import { PAYLOADS } from './xss-payloads.js';
import { bundledCopy, clone, pruneFrameworkMaps, renameId, type Mutable } from './fixtures.js';

// ---- building blocks ------------------------------------------------------------------------

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n)), minLength: 1, maxLength: 4 });

/** Text the schema accepts in any short or long field: not blank, at most 300 characters once trimmed. */
export const text: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 5, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 5 }), loneSurrogates).map(([a, b]) => `${a}${b}`) },
    { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS.map((p) => p.value)) },
    { weight: 1, arbitrary: fc.string({ minLength: 280, maxLength: 300 }) },
  )
  .filter((s) => s.trim().length > 0 && s.trim().length <= 300);

export const slug: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/);
const partialDate = fc.oneof(
  fc.integer({ min: 1948, max: 2099 }).map(String),
  fc.tuple(fc.integer({ min: 1948, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1948, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
);
const handle = fc.stringMatching(/^@[A-Za-z0-9_]{1,30}$/);
const webUrl = fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }).filter((u) => u.length <= 2000 && /^https?:\/\/[^\s]+$/i.test(u));

// ---- valid data sets --------------------------------------------------------------------------

type Collection = 'sources' | 'disciplines' | 'professions' | 'elements' | 'caseStudies' | 'barriers' | 'enablers' | 'checklistPrompts' | 'keyMessages';
const COLLECTIONS: Collection[] = ['sources', 'disciplines', 'professions', 'elements', 'caseStudies', 'barriers', 'enablers', 'checklistPrompts', 'keyMessages'];

const TEXT_FIELDS: Array<[Collection | 'root' | 'coverage', string]> = [
  ['root', 'title'], ['root', 'version'], ['coverage', 'notes'],
  ['sources', 'title'], ['sources', 'publisher'], ['sources', 'note'],
  ['disciplines', 'label'], ['professions', 'label'], ['elements', 'title'], ['elements', 'summary'],
  ['caseStudies', 'name'], ['caseStudies', 'role'], ['caseStudies', 'organisation'], ['caseStudies', 'summary'], ['caseStudies', 'turningPoint'],
  ['barriers', 'title'], ['barriers', 'description'], ['enablers', 'title'], ['enablers', 'description'],
  ['checklistPrompts', 'text'], ['checklistPrompts', 'hint'], ['keyMessages', 'text'],
];
const OPTIONAL_FIELDS: Array<[Collection | 'root', string]> = [
  ['root', 'title'], ['root', 'version'], ['root', 'coverage'],
  ['sources', 'publisher'], ['sources', 'date'], ['sources', 'url'], ['sources', 'note'],
  ['caseStudies', 'handle'], ['caseStudies', 'turningPoint'], ['caseStudies', 'barrierIds'], ['caseStudies', 'enablerIds'],
  ['barriers', 'disciplineIds'], ['barriers', 'enablerIds'], ['barriers', 'elementIds'], ['barriers', 'inferred'],
  ['enablers', 'inferred'], ['checklistPrompts', 'hint'], ['checklistPrompts', 'enablerIds'], ['checklistPrompts', 'authored'],
];
/** Collections whose records can go without breaking a reference (references to them are removed too). */
const REMOVABLE: Collection[] = ['caseStudies', 'barriers', 'enablers', 'checklistPrompts', 'keyMessages'];

export type Mutation =
  | { op: 'text'; at: number; index: number; value: string }
  | { op: 'drop'; at: number; index: number }
  | { op: 'remove'; collection: Collection; index: number }
  | { op: 'empty'; collection: Collection }
  | { op: 'reverse'; collection: Collection }
  | { op: 'journey'; index: number; steps: string[] }
  | { op: 'url'; index: number; value: string }
  | { op: 'date'; index: number; value: string; asOf: boolean }
  | { op: 'handle'; index: number; value: string }
  | { op: 'level'; index: number; value: 'individual' | 'organisational' | 'system' }
  | { op: 'actor'; index: number; value: 'individual' | 'organisation' | 'national' }
  | { op: 'rename'; collection: Collection; index: number; id: string }
  | { op: 'add-case'; id: string; name: string; summary: string; profession: number; asOf: string; steps: string[]; barrier: number; enabler: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('text' as const), at: fc.nat(TEXT_FIELDS.length - 1), index: fc.nat(30), value: text }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('drop' as const), at: fc.nat(OPTIONAL_FIELDS.length - 1), index: fc.nat(30) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), collection: fc.constantFrom(...REMOVABLE), index: fc.nat(30) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('empty' as const), collection: fc.constantFrom(...REMOVABLE) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reverse' as const), collection: fc.constantFrom(...COLLECTIONS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('journey' as const), index: fc.nat(10), steps: fc.array(text, { maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('url' as const), index: fc.nat(30), value: webUrl }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('date' as const), index: fc.nat(30), value: partialDate, asOf: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('handle' as const), index: fc.nat(10), value: handle }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('level' as const), index: fc.nat(30), value: fc.constantFrom('individual' as const, 'organisational' as const, 'system' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('actor' as const), index: fc.nat(30), value: fc.constantFrom('individual' as const, 'organisation' as const, 'national' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), collection: fc.constantFrom(...COLLECTIONS), index: fc.nat(30), id: slug }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('add-case' as const), id: slug, name: text, summary: text, profession: fc.nat(30), asOf: partialDate,
      steps: fc.array(text, { maxLength: 4 }), barrier: fc.nat(30), enabler: fc.nat(30),
    }),
  },
);

const pick = (list: Mutable[], index: number): Mutable | undefined => (list.length ? list[index % list.length] : undefined);

function removeReferences(d: Mutable, collection: Collection, id: string): void {
  const strip = (records: Mutable[], field: string) => {
    for (const r of records) if (Array.isArray(r[field])) r[field] = r[field].filter((x: string) => x !== id);
  };
  if (collection === 'barriers') strip(d.caseStudies, 'barrierIds');
  if (collection === 'enablers') {
    strip(d.caseStudies, 'enablerIds');
    strip(d.barriers, 'enablerIds');
    strip(d.checklistPrompts, 'enablerIds');
  }
}

/** Applies one mutation; every mutation keeps the data set valid (framework maps follow removed records). */
export function applyMutation(d: Mutable, m: Mutation): void {
  applyOne(d, m);
  pruneFrameworkMaps(d);
}

function applyOne(d: Mutable, m: Mutation): void {
  switch (m.op) {
    case 'text': {
      const [where, field] = TEXT_FIELDS[m.at];
      if (where === 'root') d[field] = m.value;
      else if (where === 'coverage') {
        if (d.coverage) d.coverage.notes = [...d.coverage.notes.slice(0, 3), m.value];
      } else {
        const r = pick(d[where], m.index);
        if (r) r[field] = m.value;
      }
      return;
    }
    case 'drop': {
      const [where, field] = OPTIONAL_FIELDS[m.at];
      if (where === 'root') delete d[field];
      else {
        const r = pick(d[where], m.index);
        if (r) delete r[field];
      }
      return;
    }
    case 'remove': {
      const list: Mutable[] = d[m.collection];
      if (!list.length) return;
      const [removed] = list.splice(m.index % list.length, 1);
      removeReferences(d, m.collection, removed.id);
      return;
    }
    case 'empty':
      for (const r of d[m.collection] as Mutable[]) removeReferences(d, m.collection, r.id);
      d[m.collection] = [];
      return;
    case 'reverse':
      d[m.collection].reverse();
      return;
    case 'journey': {
      const c = pick(d.caseStudies, m.index);
      if (c) c.journey = m.steps;
      return;
    }
    case 'url': {
      const s = pick(d.sources, m.index);
      if (s) s.url = m.value;
      return;
    }
    case 'date': {
      const r = m.asOf ? pick(d.caseStudies, m.index) : pick(d.sources, m.index);
      if (r) r[m.asOf ? 'asOf' : 'date'] = m.value;
      return;
    }
    case 'handle': {
      const c = pick(d.caseStudies, m.index);
      if (c) c.handle = m.value;
      return;
    }
    case 'level': {
      const b = pick(d.barriers, m.index);
      if (b) b.level = m.value;
      return;
    }
    case 'actor': {
      const e = pick(d.enablers, m.index);
      if (e) e.actor = m.value;
      return;
    }
    case 'rename': {
      const r = pick(d[m.collection], m.index);
      if (r && !d[m.collection].some((x: Mutable) => x.id === m.id)) renameId(d, m.collection, r.id, m.id);
      return;
    }
    case 'add-case': {
      const profession = pick(d.professions, m.profession);
      const source = pick(d.sources, m.profession);
      if (!profession || !source || d.caseStudies.some((c: Mutable) => c.id === m.id)) return;
      const barrier = pick(d.barriers, m.barrier);
      const enabler = pick(d.enablers, m.enabler);
      d.caseStudies.push({
        id: m.id, name: m.name, professionId: profession.id, role: m.name, organisation: m.summary, asOf: m.asOf, summary: m.summary,
        journey: m.steps, barrierIds: barrier ? [barrier.id] : [], enablerIds: enabler ? [enabler.id] : [], sourceIds: [source.id],
      });
      return;
    }
  }
}

/** A valid data set: the bundled one after up to ten valid mutations. */
export const validDataset: fc.Arbitrary<Mutable> = fc.array(mutation, { maxLength: 10 }).map((mutations) => {
  const d = bundledCopy();
  for (const m of mutations) applyMutation(d, m);
  return d;
});

// ---- nearly valid ---------------------------------------------------------------------------

export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, 0, 42, -1, Number.NaN, Infinity, true, false, '', '   ', '\u0000', [], {}, [null], 'Not A Slug', 'nobody', 'x'.repeat(5000)),
  fc.constantFrom(...PAYLOADS.map((p) => p.value)),
  fc.jsonValue({ maxDepth: 2 }),
);

export type Break =
  | { kind: 'field'; collection: Collection; index: number; field: number; value: unknown }
  | { kind: 'list'; collection: Collection; value: unknown }
  | { kind: 'record'; collection: Collection; index: number; value: unknown }
  | { kind: 'duplicate'; collection: Collection; a: number; b: number }
  | { kind: 'dangling'; index: number; which: 'professionId' | 'barrierIds' | 'enablerIds' | 'sourceIds' }
  | { kind: 'root'; field: string; value: unknown };

export const breakage: fc.Arbitrary<Break> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('field' as const), collection: fc.constantFrom(...COLLECTIONS), index: fc.nat(30), field: fc.nat(15), value: badValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('list' as const), collection: fc.constantFrom(...COLLECTIONS), value: badValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('record' as const), collection: fc.constantFrom(...COLLECTIONS), index: fc.nat(30), value: badValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), collection: fc.constantFrom(...COLLECTIONS), a: fc.nat(30), b: fc.nat(30) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dangling' as const), index: fc.nat(10), which: fc.constantFrom('professionId' as const, 'barrierIds' as const, 'enablerIds' as const, 'sourceIds' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('root' as const), field: fc.constantFrom('title', 'version', 'coverage', 'caseStudies'), value: badValue }) },
);

/** Breaks one thing in a (valid) data set. The result is usually invalid; the tests ask the validator, never assume. */
export function applyBreak(d: Mutable, b: Break): void {
  switch (b.kind) {
    case 'field': {
      const r = pick(d[b.collection], b.index);
      if (!r) return;
      const keys = Object.keys(r);
      const key = keys[b.field % keys.length];
      if (b.value === undefined) delete r[key];
      else r[key] = b.value;
      return;
    }
    case 'list':
      d[b.collection] = b.value;
      return;
    case 'record': {
      const list: unknown[] = d[b.collection];
      if (list.length) list[b.index % list.length] = b.value;
      else list.push(b.value);
      return;
    }
    case 'duplicate': {
      const list: Mutable[] = d[b.collection];
      if (list.length < 2) return;
      const a = b.a % list.length;
      const c = (a + 1 + (b.b % (list.length - 1))) % list.length;
      list[c].id = list[a].id;
      return;
    }
    case 'dangling': {
      const c = pick(d.caseStudies, b.index);
      if (!c) return;
      if (b.which === 'professionId') c.professionId = 'nobody-knows';
      else c[b.which] = [...(c[b.which] ?? []), 'nobody-knows'];
      return;
    }
    case 'root':
      d[b.field] = b.value;
      return;
  }
}

export const nearlyValidDataset: fc.Arbitrary<Mutable> = fc.tuple(validDataset, breakage).map(([d, b]) => {
  applyBreak(d, b);
  return d;
});

// ---- garbage --------------------------------------------------------------------------------

const throwingHandler: ProxyHandler<object> = new Proxy(
  {},
  {
    get: () => () => {
      throw new Error('hostile proxy');
    },
  },
);

/** Values a hostile or buggy host page might hand over. Built fresh on each call. */
export const HOSTILE: ReadonlyArray<[string, () => unknown]> = [
  ['a throwing getter', () => Object.defineProperty({}, 'caseStudies', { enumerable: true, get: () => { throw new Error('getter'); } })],
  ['a throwing getter on a record', () => ({ caseStudies: [Object.defineProperty({}, 'name', { enumerable: true, get: () => { throw new Error('getter'); } })] })],
  ['a proxy that throws on everything', () => new Proxy({}, throwingHandler)],
  ['an array proxy that throws on everything', () => new Proxy([], throwingHandler)],
  ['a revoked proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }],
  ['a revoked array proxy', () => { const r = Proxy.revocable([], {}); r.revoke(); return r.proxy; }],
  ['a cycle', () => { const o: Mutable = { caseStudies: [], barriers: [] }; o.caseStudies.push(o); o.barriers.push(o); o.self = o; return o; }],
  ['toJSON, toString and valueOf that throw', () => ({ toJSON() { throw new Error('toJSON'); }, toString() { throw new Error('toString'); }, valueOf() { throw new Error('valueOf'); } })],
  ['a symbol', () => Symbol('data')],
  ['a bigint', () => BigInt(2) ** BigInt(70)],
  ['a function', () => () => ({ caseStudies: [] })],
  ['a null-prototype record', () => Object.assign(Object.create(null), clone({ caseStudies: [{ id: 'x' }] }))],
  ['a Map', () => new Map([['caseStudies', []]])],
  ['a Date', () => new Date(Number.NaN)],
  ['a sparse list', () => ({ caseStudies: [, , ,] })], // eslint-disable-line no-sparse-arrays
  ['a list that is too long', () => ({ keyMessages: Array.from({ length: 5001 }, (_, i) => ({ id: `k${i}`, text: 'x', sourceIds: ['s'] })) })],
  ['a frozen valid data set', () => deepFreeze(bundledCopy())],
  ['a promise', () => Promise.resolve(bundledCopy())],
  ['an Error', () => new Error('data')],
  ['a string of JSON', () => JSON.stringify(bundledCopy())],
];

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * A hostile value, made only when a test assigns it: fast-check itself inspects the values it
 * generates (`in`, property reads), which a throwing or revoked proxy would break.
 */
export class Hostile {
  constructor(
    readonly name: string,
    readonly make: () => unknown,
  ) {}
  toJSON(): string {
    return `<${this.name}>`;
  }
}

/** The value to hand to a widget: a `Hostile` is made now, anything else is itself. */
export const real = (value: unknown): unknown => (value instanceof Hostile ? value.make() : value);

const hostile: fc.Arbitrary<unknown> = fc.constantFrom(...HOSTILE).map(([name, make]) => new Hostile(name, make));

export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 3,
    arbitrary: fc.anything({
      maxDepth: 3, withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withBigInt: true,
      withDate: true, withTypedArray: true, withSparseArray: true, withUnicodeString: true,
    }),
  },
  { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...COLLECTIONS, 'title', 'version', 'coverage'), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }) },
  { weight: 2, arbitrary: hostile },
);

/** Any input: valid (40 %), nearly valid (40 %) or garbage (20 %), labelled. */
export type Kind = 'valid' | 'nearly valid' | 'garbage';
export const anyDataset: fc.Arbitrary<{ kind: Kind; data: unknown }> = fc.oneof(
  { weight: 4, arbitrary: validDataset.map((data) => ({ kind: 'valid' as const, data: deepFreeze(data) as unknown })) },
  { weight: 4, arbitrary: nearlyValidDataset.map((data) => ({ kind: 'nearly valid' as const, data: data as unknown })) },
  { weight: 2, arbitrary: garbage.map((data) => ({ kind: 'garbage' as const, data })) },
);

/** One thing broken inside a widget's property value (a record, or a list of records). */
export interface PartBreak {
  mode: 'field' | 'record' | 'duplicate';
  index: number;
  field: number;
  value: unknown;
}

export const partBreak: fc.Arbitrary<PartBreak> = fc.record({
  mode: fc.constantFrom('field' as const, 'field' as const, 'record' as const, 'duplicate' as const),
  index: fc.nat(30),
  field: fc.nat(15),
  value: badValue,
});

export function applyPartBreak(value: unknown, b: PartBreak): unknown {
  const breakRecord = (r: Mutable) => {
    const keys = Object.keys(r);
    if (!keys.length) return;
    const key = keys[b.field % keys.length];
    if (b.value === undefined) delete r[key];
    else r[key] = b.value;
  };
  if (Array.isArray(value)) {
    if (!value.length) return [b.value];
    const i = b.index % value.length;
    if (b.mode === 'record') value[i] = b.value;
    else if (b.mode === 'duplicate' && value.length > 1) value[(i + 1) % value.length].id = value[i].id;
    else if (value[i] && typeof value[i] === 'object') breakRecord(value[i]);
    return value;
  }
  if (value && typeof value === 'object') {
    if (b.mode === 'record') return b.value;
    breakRecord(value as Mutable);
    return value;
  }
  return b.value;
}

/**
 * One property input for a widget: the part of a generated data set the widget takes (`part`),
 * the same part with one record or field broken, or garbage.
 */
export function propertyInput(part: (d: Mutable) => unknown): fc.Arbitrary<{ kind: Kind; value: unknown }> {
  return fc.oneof(
    { weight: 4, arbitrary: validDataset.map((d) => ({ kind: 'valid' as const, value: deepFreeze(part(d)) })) },
    { weight: 4, arbitrary: fc.tuple(validDataset, partBreak).map(([d, b]) => ({ kind: 'nearly valid' as const, value: applyPartBreak(part(d), b) })) },
    { weight: 2, arbitrary: garbage.map((value) => ({ kind: 'garbage' as const, value })) },
  );
}
