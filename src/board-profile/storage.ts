/**
 * The board profile's saved record, its checks, and its exports. Pure, no DOM.
 *
 * Record (schema 2), in localStorage under `clinical-leadership-elements:board-profile:<storage-key>`:
 * `{ "schema": 2, "updatedAt", "foundationTrust", "ahpLead"?, "seats": Seat[], "snapshots": [{ "id", "label", "savedAt", "seats" }],
 * "setAsideSnapshots"? }`. Version 2 adds optional fields only (per seat: `registration`, `firstAppointed`,
 * `termEnds`, `shared`; per record: `ahpLead`, snapshot ids, `setAsideSnapshots`), so a version 1 record
 * or file reads as it is: its snapshots get ids, and nothing in it is dropped. A snapshot that cannot
 * be read is kept as it was, in `setAsideSnapshots`, and offered as a download.
 * Exports are the same record with a `format` marker; CSV cells are formula-safe (internal/csv.ts).
 */
import { toCsv as csvRows } from '../internal/csv.js';
import { parseJsonText } from '../internal/record-json.js';
import { describeValue } from '../data/describe.js';
import type { RecordCodec } from '../internal/local-storage.js';
import { isIsoDate } from '../internal/iso-date.js';
import {
  AHP_LEAD_POSTS, BACKGROUND_LABELS, REGISTRATION_LABELS, REGISTRATIONS, type AhpLeadPost, BACKGROUNDS, MAX_ROLE, MAX_SEATS, MEMBERSHIP_LABELS, MEMBERSHIPS, newSeatId, SIDE_LABELS, SIDES,
  type Seat,
} from './model.js';

export const RECORD_SCHEMA = 2;
export const STORAGE_PREFIX = 'clinical-leadership-elements:board-profile:';
export const EXPORT_FORMAT = 'clinical-leadership-elements/board-profile';
/** Snapshots kept (five years of monthly boards); saving more is refused, never made room for. */
export const MAX_SNAPSHOTS = 60;

export interface Snapshot {
  /** Unique within the record (two snapshots may share a name). */
  id: string;
  label: string;
  savedAt: string;
  seats: Seat[];
}

export interface BoardRecord {
  foundationTrust: boolean;
  /** Whether a senior strategic AHP lead is named, and where the post sits; left out: not answered. */
  ahpLead?: AhpLeadPost;
  seats: Seat[];
  snapshots: Snapshot[];
  /** Saved snapshots that could not be read, kept exactly as they were (never dropped). */
  setAsideSnapshots?: unknown[];
}

/**
 * Today's seats as a new dated snapshot, first in the list, with an id no other page will make (two
 * snapshots may share a name); undefined when `MAX_SNAPSHOTS` are saved (the oldest is never dropped).
 */
export function addSnapshot(snapshots: readonly Snapshot[], label: string, seats: readonly Seat[], now = new Date()): [Snapshot[], string] | undefined {
  if (snapshots.length >= MAX_SNAPSHOTS) return undefined;
  // Unique across pages and members (as seat ids are): two pages saving a snapshot at the same
  // moment, or one after the newest was removed, must not make the same id, or the merge would take
  // one snapshot for the other.
  const ids = new Set(snapshots.map((s) => s.id));
  let id = '';
  do id = `snapshot-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  while (ids.has(id));
  return [[{ id, label, savedAt: now.toISOString(), seats: seats.map((s) => ({ ...s })) }, ...snapshots], id];
}

export type SeatsResult = { ok: true; seats: Seat[] } | { ok: false; errors: string[] };

/** Checks a list of seats from a property or a file; every problem is named, nothing is half-taken. */
export function parseSeats(input: unknown, label = 'seats'): SeatsResult {
  if (!Array.isArray(input)) return { ok: false, errors: [`${label} must be a list of seats, not ${describeValue(input)}`] };
  if (input.length > MAX_SEATS) return { ok: false, errors: [`${label} has ${input.length} seats; at most ${MAX_SEATS} are allowed`] };
  const errors: string[] = [];
  const seats: Seat[] = [];
  input.forEach((raw: unknown, i) => {
    const where = `${label}[${i}]`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      errors.push(`${where} must be an object, not ${describeValue(raw)}`);
      return;
    }
    const r = raw as Record<string, unknown>;
    const role = typeof r.role === 'string' ? r.role.trim() : r.role;
    if (typeof role !== 'string' || role.length > MAX_ROLE) errors.push(`${where}: role must be text of at most ${MAX_ROLE} characters, not ${describeValue(r.role)}`);
    if (!MEMBERSHIPS.includes(r.membership as never)) errors.push(`${where}: membership must be one of ${MEMBERSHIPS.join(', ')}, not ${describeValue(r.membership)}`);
    if (!SIDES.includes(r.side as never)) errors.push(`${where}: side must be "executive" or "non-executive", not ${describeValue(r.side)}`);
    if (!BACKGROUNDS.includes(r.background as never)) errors.push(`${where}: background must be one of ${BACKGROUNDS.join(', ')}, not ${describeValue(r.background)}`);
    for (const field of ['firstAppointed', 'termEnds'] as const) {
      if (r[field] !== undefined && (typeof r[field] !== 'string' || !isIsoDate(r[field] as string))) errors.push(`${where}: ${field} must be a date written YYYY-MM-DD, not ${describeValue(r[field])}`);
    }
    if (r.registration !== undefined && !REGISTRATIONS.includes(r.registration as never)) errors.push(`${where}: registration must be one of ${REGISTRATIONS.join(', ')}, not ${describeValue(r.registration)}`);
    if (r.shared !== undefined && typeof r.shared !== 'boolean') errors.push(`${where}: shared must be true or false, not ${describeValue(r.shared)}`);
    const id = typeof r.id === 'string' && /^[\w-]{1,80}$/.test(r.id) ? r.id : newSeatId();
    // Optional fields are written only when set, so a version 1 seat stays as it was.
    const extra = Object.fromEntries((['registration', 'firstAppointed', 'termEnds'] as const).filter((k) => r[k]).map((k) => [k, r[k]]));
    seats.push({ id, role: String(role ?? ''), membership: r.membership, side: r.side, background: r.background, ...extra, ...(r.shared ? { shared: true } : {}) } as Seat);
  });
  // Ids must be unique for keyed rendering and focus; duplicates get new ones rather than failing.
  const seen = new Set<string>();
  for (const seat of seats) {
    if (seen.has(seat.id)) seat.id = newSeatId();
    seen.add(seat.id);
  }
  return errors.length ? { ok: false, errors: errors.slice(0, 10).concat(errors.length > 10 ? [`… and ${errors.length - 10} more problems`] : []) } : { ok: true, seats };
}

/** Readable snapshots, each with a unique id; the rest set aside as they were, never dropped. */
function parseSnapshots(input: unknown, before: unknown): { snapshots: Snapshot[]; setAside: unknown[] } {
  const setAside = Array.isArray(before) ? before.slice(0, MAX_SNAPSHOTS) : [];
  const snapshots: Snapshot[] = [];
  if (!Array.isArray(input)) return { snapshots, setAside: input === undefined ? setAside : [...setAside, input] };
  const ids = new Set<string>();
  input.forEach((raw: unknown, i) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const seats = parseSeats(r.seats);
    if (i >= MAX_SNAPSHOTS || typeof r.label !== 'string' || typeof r.savedAt !== 'string' || !seats.ok) {
      setAside.push(raw);
      return;
    }
    let id = typeof r.id === 'string' && /^[\w-]{1,80}$/.test(r.id) ? r.id : `snapshot-${i + 1}`;
    while (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    snapshots.push({ id, label: r.label.slice(0, MAX_ROLE), savedAt: r.savedAt, seats: seats.seats });
  });
  return { snapshots, setAside };
}

export type RecordResult = { ok: true; record: BoardRecord; updatedAt?: string } | { ok: false; errors: string[] };

/** Reads a record or an export (checked the same way). */
export function parseRecord(data: unknown, requireFormat = false): RecordResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: ['The file is not a board profile.'] };
  const r = data as Record<string, unknown>;
  if (requireFormat && r.format !== EXPORT_FORMAT) return { ok: false, errors: ['The file is not a board profile export (it was not downloaded from a board profile).'] };
  if (r.schema !== RECORD_SCHEMA && r.schema !== 1) return { ok: false, errors: [`The record's version (${describeValue(r.schema)}) is not one this board profile can read.`] };
  const seats = parseSeats(r.seats);
  if (!seats.ok) return seats;
  const { snapshots, setAside } = parseSnapshots(r.snapshots, r.setAsideSnapshots);
  return {
    ok: true,
    record: {
      foundationTrust: r.foundationTrust === true,
      ...(AHP_LEAD_POSTS.includes(r.ahpLead as never) ? { ahpLead: r.ahpLead as AhpLeadPost } : {}),
      seats: seats.seats,
      snapshots,
      ...(setAside.length ? { setAsideSnapshots: setAside } : {}),
    },
    updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : undefined,
  };
}

/** Reads a downloaded file's text (a byte-order mark is fine): the record, or every problem named. */
export function parseExport(text: string): RecordResult {
  const read = parseJsonText(text, 'a board profile export'); // the one reader (internal/record-json.ts)
  return read.ok ? parseRecord(read.data, true) : { ok: false, errors: [read.error] };
}

export const codec: RecordCodec<BoardRecord> = {
  parse(raw) {
    const empty: BoardRecord = { foundationTrust: false, seats: [], snapshots: [] };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { ok: false, reason: 'it is not valid JSON', value: empty, recovered: 0 };
    }
    const result = parseRecord(data);
    if (result.ok) return { ok: true, value: result.record, updatedAt: result.updatedAt };
    return { ok: false, reason: result.errors[0], value: empty, recovered: 0 };
  },
  serialise(value, updatedAt) {
    if (!value.seats.length && !value.snapshots.length && !value.foundationTrust && !value.ahpLead && !value.setAsideSnapshots?.length) return null;
    return JSON.stringify({ schema: RECORD_SCHEMA, updatedAt, ...value });
  },
};

export function toJson(record: BoardRecord, updatedAt = new Date().toISOString()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, schema: RECORD_SCHEMA, updatedAt, ...record }, null, 2);
}

/** The seats as CSV (formula-safe: see internal/csv.ts). */
export function toCsv(seats: readonly Seat[]): string {
  const rows = [['Role', 'Membership', 'Executive or non-executive', 'Professional background', 'Registration', 'First appointed', 'Term ends', 'Shared with another organisation']];
  for (const s of seats) {
    rows.push([s.role, MEMBERSHIP_LABELS[s.membership], SIDE_LABELS[s.side], BACKGROUND_LABELS[s.background], REGISTRATION_LABELS[s.registration ?? ''],
      s.firstAppointed ?? '', s.termEnds ?? '', s.shared ? 'Yes' : 'No']);
  }
  return csvRows(rows);
}
