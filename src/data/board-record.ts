/**
 * The open record format for a board profile, as a system (an integrated care system, a region, a
 * provider group) receives it from each board: the words and the pure conversions. The schema
 * itself (valibot, and from it the published `dist/schema/board-profile.schema.json`) is in
 * `./board-record-schema.ts`; this module has no valibot, so the board profile's "Share with the
 * system" button and the system view's tables can use it without the validators.
 *
 * A shared record (format `clinical-leadership-board-profile`, version 1):
 * ```json
 * { "format": "clinical-leadership-board-profile", "version": 1,
 *   "organisation": { "name": "Northby Hospitals NHS Foundation Trust", "odsCode": "RZZ", "kind": "foundation-trust" },
 *   "date": "2026-11-05",
 *   "ahpLead": "attends",
 *   "seats": [{ "role": "Chief Nurse", "membership": "voting", "side": "executive", "background": "nurse",
 *               "registration": "nursing", "sharedWith": ["RZY"] }],
 *   "generator": "clinical-leadership-elements 0.2.0" }
 * ```
 * Roles only, never names. The record is the one the board agreed to share; nothing else of the
 * board profile (snapshots, terms, tenure) goes into it.
 */

export const SHARED_FORMAT = 'clinical-leadership-board-profile';
export const SHARED_VERSION = 1;
/** The board profile's own download (`Download (JSON)`), which the system view also reads. */
export const PROFILE_EXPORT_FORMAT = 'clinical-leadership-elements/board-profile';

export const ORGANISATION_KINDS = ['foundation-trust', 'nhs-trust', 'icb', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const KIND_LABELS: Record<OrganisationKind, string> = {
  'foundation-trust': 'NHS foundation trust',
  'nhs-trust': 'NHS trust',
  icb: 'Integrated care board',
  other: 'Other organisation',
};

/** The board profile's vocabulary, repeated here because the format is its own contract. */
export const MEMBERSHIPS = ['voting', 'non-voting', 'attends', 'executive-team'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];
export const SIDES = ['executive', 'non-executive'] as const;
export type Side = (typeof SIDES)[number];
export const DISCIPLINES = ['doctor', 'nurse', 'midwife', 'ahp', 'pharmacist', 'psychologist', 'healthcare-scientist', 'social-worker'] as const;
export type Discipline = (typeof DISCIPLINES)[number];
export const BACKGROUNDS = [...DISCIPLINES, 'not-clinical', 'not-known'] as const;
export type Background = (typeof BACKGROUNDS)[number];
export const REGISTRATIONS = ['medical', 'nursing', 'none'] as const;
export type Registration = (typeof REGISTRATIONS)[number];
export const AHP_LEAD_POSTS = ['board-member', 'attends', 'reports-to-executive', 'elsewhere', 'none'] as const;
export type AhpLeadPost = (typeof AHP_LEAD_POSTS)[number];

/**
 * An ODS code, as the Organisation Data Service describes it: "1 to 9 alphanumeric characters"
 * (research notes content-3 §8, S94). It is opaque: new codes alternate letters and digits, so
 * the type of organisation cannot be read from the pattern, and nothing here tries. The format
 * checks the shape only; it cannot say whether ODS issued the code (no external calls are made).
 */
export const ODS_CODE = /^[A-Za-z0-9]{1,9}$/;
/** Codes are compared without regard to case. */
export const odsKey = (code: string): string => code.toUpperCase();

export const MAX_ORG_NAME = 200;
export const MAX_ROLE = 120;
export const MAX_SEATS = 200;
export const MAX_SHARED_WITH = 20;

/** One seat: a role, never a person. */
export interface SharedSeat {
  role: string;
  membership: Membership;
  side: Side;
  background: Background;
  /** As the foundation-trust law words it; left out: not recorded. */
  registration?: Registration;
  /** The ODS codes of the other organisations this post is shared with. */
  sharedWith?: string[];
  /** The post is shared, but the other organisations' codes were not given (older files). */
  shared?: boolean;
}

export interface SharedOrganisation {
  name: string;
  odsCode: string;
  kind: OrganisationKind;
}

export interface SharedBoardRecord {
  format: typeof SHARED_FORMAT;
  version: typeof SHARED_VERSION;
  organisation: SharedOrganisation;
  /** The date the record describes (the board meeting that agreed it), `YYYY-MM-DD`. */
  date: string;
  /** Whether a senior strategic AHP lead is named and where the post sits; left out: not answered. */
  ahpLead?: AhpLeadPost;
  seats: SharedSeat[];
  /** What wrote the file, e.g. "clinical-leadership-elements 0.2.0". */
  generator?: string;
}

/** What the board profile holds that the shared record needs (its record, by field name). */
export interface ProfileForSharing {
  foundationTrust: boolean;
  ahpLead?: AhpLeadPost;
  seats: readonly {
    id: string;
    role: string;
    membership: Membership;
    side: Side;
    background: Background;
    registration?: Registration;
    shared?: boolean;
  }[];
}

/** What the board adds when it decides to share: who it is, the date, and its shared posts' partners. */
export interface SharingDetails {
  name: string;
  odsCode: string;
  kind?: OrganisationKind;
  date: string;
  /** For each shared seat (by the board profile's seat id), the other organisations' ODS codes. */
  sharedWith?: Readonly<Record<string, readonly string[]>>;
  generator?: string;
}

/** "RAB, r1c" → ["RAB", "R1C"]: codes from free text, upper case, each once. */
export function parseOdsList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean).map(odsKey))];
}

/**
 * The board profile's record as the shared record: roles, membership, side, background,
 * registration, shared posts' partners, and the AHP lead. Pure; nothing of the record is changed.
 * Snapshots, term dates and seat ids stay with the board.
 */
export function toSharedRecord(profile: ProfileForSharing, details: SharingDetails): SharedBoardRecord {
  const kind = details.kind ?? (profile.foundationTrust ? 'foundation-trust' : 'nhs-trust');
  return {
    format: SHARED_FORMAT,
    version: SHARED_VERSION,
    organisation: { name: details.name.trim(), odsCode: odsKey(details.odsCode.trim()), kind },
    date: details.date,
    ...(profile.ahpLead ? { ahpLead: profile.ahpLead } : {}),
    seats: profile.seats.map((s) => {
      const partners = (details.sharedWith?.[s.id] ?? []).map(odsKey);
      return {
        role: s.role,
        membership: s.membership,
        side: s.side,
        background: s.background,
        ...(s.registration ? { registration: s.registration } : {}),
        ...(partners.length ? { sharedWith: partners } : s.shared ? { shared: true } : {}),
      };
    }),
    ...(details.generator ? { generator: details.generator } : {}),
  };
}

/** The shared record's file name: `board-profile-<ods>-<date>.json`. */
export const sharedFileName = (record: Pick<SharedBoardRecord, 'organisation' | 'date'>): string =>
  `board-profile-${record.organisation.odsCode.toLowerCase()}-${record.date}.json`;
