/**
 * The data model, written once. TypeScript types are inferred from these schemas, outside data is
 * validated by them at run time (see validate.ts), and the build emits the published JSON Schema
 * from them (scripts/emit-schema.mjs). Valibot builds no code at run time, so it is safe under a
 * strict Content-Security-Policy.
 *
 * Limits on lengths and counts are generous for real content and there so that a runaway export
 * (a whole document pasted into one field) is reported instead of rendered.
 */
import * as v from 'valibot';
import { ID_PATTERN, MAX_ID } from './id.js';

const MAX_SHORT = 300;
const MAX_TEXT = 4000;
const MAX_LIST = 5000;

/** Stable slug: lower-case letters and digits in words joined by single hyphens. */
export const Id = v.pipe(
  v.string(),
  v.maxLength(MAX_ID, `must be at most ${MAX_ID} characters`),
  v.regex(ID_PATTERN, 'must be a slug such as "rachel-mckeown"'),
);

const ShortText = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(MAX_SHORT, `must be at most ${MAX_SHORT} characters`),
);

const LongText = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`),
);

const IdList = v.pipe(v.array(Id), v.maxLength(MAX_LIST, `must have at most ${MAX_LIST} entries`));
const IdListOptional = v.optional(IdList, () => []);
/** Every fact carries at least one source. */
const SourceIds = v.pipe(IdList, v.minLength(1, 'must name at least one source'));

/** A calendar date or part of one, as precise as the source allows: "2019", "2019-01", "2018-11-15". */
const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date such as "2019-01"'),
);

/** An absolute web address. Widgets still allow-list schemes before binding (see internal/url.ts). */
const WebUrl = v.pipe(
  v.string(),
  v.maxLength(2000, 'must be at most 2000 characters'),
  v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) address'),
);

export const SourceSchema = v.object({
  id: Id,
  title: ShortText,
  publisher: v.optional(ShortText),
  date: v.optional(PartialDate),
  url: v.optional(WebUrl),
  note: v.optional(LongText),
});

export const DisciplineSchema = v.object({
  id: Id,
  label: ShortText,
  sourceIds: SourceIds,
});

export const ProfessionSchema = v.object({
  id: Id,
  label: ShortText,
  disciplineId: Id,
  sourceIds: SourceIds,
});

export const FrameworkElementSchema = v.object({
  id: Id,
  title: ShortText,
  summary: LongText,
  sourceIds: SourceIds,
});

export const Level = v.picklist(['individual', 'organisational', 'system'], 'must be "individual", "organisational" or "system"');
export const Actor = v.picklist(['individual', 'organisation', 'national'], 'must be "individual", "organisation" or "national"');

/** The sections of a published case study that a source may not have given. */
export const CaseStudyPart = v.picklist(
  ['journey-end', 'turning-point', 'barriers', 'enablers', 'support', 'later-roles'],
  'must be one of "journey-end", "turning-point", "barriers", "enablers", "support", "later-roles"',
);

export const CaseStudySchema = v.object({
  id: Id,
  name: ShortText,
  professionId: Id,
  role: ShortText,
  organisation: ShortText,
  /** When the role and organisation were current (people move on). */
  asOf: PartialDate,
  /** True where `asOf` is our inference because the source shows no date; the card says so. */
  asOfInferred: v.optional(v.boolean()),
  /** A social-media handle such as "@name", only where a source gives one. */
  handle: v.optional(v.pipe(v.string(), v.regex(/^@[A-Za-z0-9_]{1,30}$/, 'must be a handle such as "@name"'))),
  summary: LongText,
  journey: v.pipe(v.array(LongText), v.maxLength(100, 'must have at most 100 steps')),
  turningPoint: v.optional(LongText),
  barrierIds: IdListOptional,
  enablerIds: IdListOptional,
  /**
   * Parts of the published case study that its source did not give (the copy could be read only in
   * part). The card says so, so that a missing turning point is not read as "there was none".
   */
  notGiven: v.optional(v.pipe(v.array(CaseStudyPart), v.maxLength(10, 'must have at most 10 entries'))),
  /** True where the record's place among the compendium's case studies is our inference, not the source's word; the card and gallery say so. */
  inCompendiumInferred: v.optional(v.boolean()),
  sourceIds: SourceIds,
});

export const BarrierSchema = v.object({
  id: Id,
  title: ShortText,
  description: LongText,
  level: Level,
  /** Disciplines the barrier is reported for; empty means all disciplines. */
  disciplineIds: IdListOptional,
  enablerIds: IdListOptional,
  elementIds: IdListOptional,
  sourceIds: SourceIds,
  /** True where the barrier is read from a recommendation, not stated as a barrier by the source. */
  inferred: v.optional(v.boolean()),
});

export const EnablerSchema = v.object({
  id: Id,
  title: ShortText,
  description: LongText,
  elementId: Id,
  actor: Actor,
  sourceIds: SourceIds,
  inferred: v.optional(v.boolean()),
});

export const ChecklistPromptSchema = v.object({
  id: Id,
  elementId: Id,
  text: ShortText,
  hint: v.optional(ShortText),
  enablerIds: IdListOptional,
  sourceIds: SourceIds,
  /**
   * Who wrote the wording: "derived" = ours, written from the barriers and enablers in this data set;
   * "framework" = a paraphrase of one of the framework's own key questions; "organisation" = the host's own.
   */
  authored: v.optional(v.picklist(['derived', 'framework', 'organisation']), 'organisation'),
});

export const KeyMessageSchema = v.object({
  id: Id,
  text: LongText,
  sourceIds: SourceIds,
});

export const BoardFactKind = v.picklist(
  ['law', 'recommendation', 'figure', 'proposal'],
  'must be "law", "recommendation", "figure" or "proposal"',
);

/** One published number, always with who it counts and when, so it is never read as a target. */
export const BoardFigureSchema = v.object({
  label: ShortText,
  value: v.pipe(v.number(), v.finite('must be a number')),
  unit: v.optional(v.picklist(['percent', 'count'], 'must be "percent" or "count"')),
  population: ShortText,
  year: ShortText,
});

/**
 * A fact about who sits on boards: the law on board seats, a recommendation, a proposal such as an
 * Early Day Motion, or published figures. Text is our paraphrase; `inferred` marks our own reading.
 */
export const BoardFactSchema = v.object({
  id: Id,
  kind: BoardFactKind,
  title: ShortText,
  text: LongText,
  scope: v.optional(ShortText),
  inferred: v.optional(v.boolean()),
  figures: v.optional(v.pipe(v.array(BoardFigureSchema), v.maxLength(50, 'must have at most 50 figures'))),
  disciplineIds: IdListOptional,
  sourceIds: SourceIds,
});

/**
 * One entry of another framework a board reports against: a CQC well-led quality statement or one of
 * the leadership competency framework's domains. `secondary` marks a name read only on secondary
 * pages (not the framework owner's own), and widgets say so.
 */
export const FrameworkMapItemSchema = v.object({
  id: Id,
  label: ShortText,
  secondary: v.optional(v.boolean()),
  sourceIds: SourceIds,
});

/**
 * Which prompts and elements may serve as evidence for one item. Always our judgement: `ours` must
 * be true ("our mapping, not CQC's or NHS England's"), so no map can pass itself off as the owner's.
 */
export const FrameworkMappingSchema = v.object({
  itemId: Id,
  promptIds: IdListOptional,
  elementIds: IdListOptional,
  ours: v.literal(true, 'must be true: a mapping is always ours, never the framework owner\'s'),
});

/**
 * Another framework the board reports against, with our map from the checklist to it. Named,
 * versioned and dated, because these frameworks are replaced (`currency` says by what, as far as known).
 * A provider's data set replaces the bundled maps like any other collection.
 */
export const FrameworkMapSchema = v.object({
  id: Id,
  name: ShortText,
  publisher: ShortText,
  version: ShortText,
  date: PartialDate,
  /** What each item is called: "quality statement", "domain". */
  itemNoun: ShortText,
  currency: v.optional(LongText),
  items: v.pipe(v.array(FrameworkMapItemSchema), v.minLength(1, 'must have at least one item'), v.maxLength(100, 'must have at most 100 items')),
  mappings: v.pipe(v.array(FrameworkMappingSchema), v.maxLength(100, 'must have at most 100 mappings')),
  sourceIds: SourceIds,
});

/** What the framework itself says about its reach, as far as it could be read. */
export const FrameworkFactsSchema = v.object({
  endorsers: v.pipe(v.array(ShortText), v.maxLength(50)),
  endorsersNote: v.optional(LongText),
  clinicalDefinition: LongText,
  sourceIds: SourceIds,
});

export const CoverageSchema = v.object({
  caseStudiesIncluded: v.pipe(v.number(), v.integer(), v.minValue(0)),
  caseStudiesInCompendium: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** What the sources could not give, in plain sentences. */
  notes: v.pipe(v.array(LongText), v.maxLength(100)),
  sourceIds: SourceIds,
});

const list = <T extends v.GenericSchema>(item: T) =>
  v.optional(v.pipe(v.array(item), v.maxLength(MAX_LIST, `must have at most ${MAX_LIST} records`)), () => []);

export const DatasetSchema = v.object({
  version: v.optional(ShortText),
  title: v.optional(ShortText),
  sources: list(SourceSchema),
  disciplines: list(DisciplineSchema),
  professions: list(ProfessionSchema),
  elements: list(FrameworkElementSchema),
  caseStudies: list(CaseStudySchema),
  barriers: list(BarrierSchema),
  enablers: list(EnablerSchema),
  checklistPrompts: list(ChecklistPromptSchema),
  keyMessages: list(KeyMessageSchema),
  boardFacts: list(BoardFactSchema),
  /** Optional (older data files have none): maps from the checklist to the board's other frameworks. */
  frameworkMaps: list(FrameworkMapSchema),
  framework: v.optional(FrameworkFactsSchema),
  coverage: v.optional(CoverageSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Discipline = v.InferOutput<typeof DisciplineSchema>;
export type Profession = v.InferOutput<typeof ProfessionSchema>;
export type FrameworkElement = v.InferOutput<typeof FrameworkElementSchema>;
export type CaseStudy = v.InferOutput<typeof CaseStudySchema>;
export type Barrier = v.InferOutput<typeof BarrierSchema>;
export type Enabler = v.InferOutput<typeof EnablerSchema>;
export type ChecklistPrompt = v.InferOutput<typeof ChecklistPromptSchema>;
export type KeyMessage = v.InferOutput<typeof KeyMessageSchema>;
export type Coverage = v.InferOutput<typeof CoverageSchema>;
export type BoardFact = v.InferOutput<typeof BoardFactSchema>;
export type BoardFigure = v.InferOutput<typeof BoardFigureSchema>;
export type FrameworkMap = v.InferOutput<typeof FrameworkMapSchema>;
export type FrameworkMapItem = v.InferOutput<typeof FrameworkMapItemSchema>;
export type FrameworkMapping = v.InferOutput<typeof FrameworkMappingSchema>;
export type FrameworkFacts = v.InferOutput<typeof FrameworkFactsSchema>;
export type CaseStudyPartName = v.InferOutput<typeof CaseStudyPart>;
export type BarrierLevel = v.InferOutput<typeof Level>;
export type EnablerActor = v.InferOutput<typeof Actor>;
/** A validated data set: every list present (possibly empty), every cross-reference resolved. */
export type Dataset = v.InferOutput<typeof DatasetSchema>;
/** What a data file may contain before validation fills in defaults. */
export type DatasetInput = v.InferInput<typeof DatasetSchema>;
