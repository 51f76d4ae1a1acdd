/**
 * The board profile's files, written once with valibot: the shared record a board sends to its
 * system (`clinical-leadership-board-profile`, version 1) and the board profile's own JSON download
 * (`clinical-leadership-elements/board-profile`, record versions 1 and 2), which the system view
 * also reads. The build publishes both as `dist/schema/board-profile.schema.json`
 * (scripts/emit-schema.mjs); the system view checks every file it is given against the same schema.
 *
 * Imported only by lazily loaded code (the system view's reader) and the build, never by a widget
 * up front: valibot is the largest shared part of the library.
 */
import * as v from 'valibot';
import {
  AHP_LEAD_POSTS, BACKGROUNDS, MAX_ORG_NAME, MAX_ROLE, MAX_SEATS, MAX_SHARED_WITH, MEMBERSHIPS, ODS_CODE, ORGANISATION_KINDS,
  PROFILE_EXPORT_FORMAT, REGISTRATIONS, SHARED_FORMAT, SHARED_VERSION, SIDES,
} from './board-record.js';

const oneOf = <T extends readonly string[]>(values: T) =>
  v.picklist(values, `must be one of ${values.map((x) => `"${x}"`).join(', ')}`);

const Role = v.pipe(v.string(), v.maxLength(MAX_ROLE, `must be at most ${MAX_ROLE} characters`));
const OdsCode = v.pipe(v.string(), v.regex(ODS_CODE, 'must be an ODS code: 1 to 9 letters and digits, such as "RXX" or "G7H8J"'));
/** A calendar day, `YYYY-MM-DD`. */
const Day = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));

const Membership = oneOf(MEMBERSHIPS);
const Side = oneOf(SIDES);
const Background = oneOf(BACKGROUNDS);
const Registration = oneOf(REGISTRATIONS);
const AhpLead = oneOf(AHP_LEAD_POSTS);

export const SharedSeatSchema = v.object({
  role: Role,
  membership: Membership,
  side: Side,
  background: Background,
  registration: v.optional(Registration),
  sharedWith: v.optional(v.pipe(v.array(OdsCode), v.maxLength(MAX_SHARED_WITH, `must have at most ${MAX_SHARED_WITH} codes`))),
  shared: v.optional(v.boolean()),
});

export const SharedBoardRecordSchema = v.object({
  format: v.literal(SHARED_FORMAT, `must be "${SHARED_FORMAT}"`),
  version: v.literal(SHARED_VERSION, `must be ${SHARED_VERSION}`),
  organisation: v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_ORG_NAME, `must be at most ${MAX_ORG_NAME} characters`)),
    odsCode: OdsCode,
    kind: oneOf(ORGANISATION_KINDS),
  }),
  date: Day,
  ahpLead: v.optional(AhpLead),
  seats: v.pipe(v.array(SharedSeatSchema), v.maxLength(MAX_SEATS, `must have at most ${MAX_SEATS} seats`)),
  generator: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** A seat as the board profile saves it (record versions 1 and 2). */
const ProfileSeatSchema = v.object({
  id: v.optional(v.string()),
  role: Role,
  membership: Membership,
  side: Side,
  background: Background,
  registration: v.optional(Registration),
  firstAppointed: v.optional(Day),
  termEnds: v.optional(Day),
  shared: v.optional(v.boolean()),
});
const ProfileSeats = v.pipe(v.array(ProfileSeatSchema), v.maxLength(MAX_SEATS, `must have at most ${MAX_SEATS} seats`));

/** The board profile's own download. Snapshots it could not read are kept as they were, so any value is allowed there. */
export const ProfileExportSchema = v.object({
  format: v.literal(PROFILE_EXPORT_FORMAT, `must be "${PROFILE_EXPORT_FORMAT}"`),
  schema: v.picklist([1, 2], 'must be 1 or 2'),
  updatedAt: v.optional(v.string()),
  foundationTrust: v.optional(v.boolean()),
  ahpLead: v.optional(AhpLead),
  seats: ProfileSeats,
  snapshots: v.optional(v.array(v.object({ id: v.optional(v.string()), label: v.string(), savedAt: v.string(), seats: ProfileSeats }))),
  setAsideSnapshots: v.optional(v.array(v.unknown())),
});

/** Any file the board profile writes: the shared record or its own download, told apart by `format`. */
export const BoardProfileFileSchema = v.variant('format', [SharedBoardRecordSchema, ProfileExportSchema]);

export type SharedBoardRecordInput = v.InferInput<typeof SharedBoardRecordSchema>;
export type ProfileExport = v.InferOutput<typeof ProfileExportSchema>;
export type BoardProfileFile = v.InferOutput<typeof BoardProfileFileSchema>;
