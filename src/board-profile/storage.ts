/**
 * The board profile's saved record, its checks, and its exports. Pure, no DOM.
 *
 * Record (schema 1), in localStorage under `clinical-leadership-elements:board-profile:<storage-key>`:
 * `{ "schema": 1, "updatedAt", "foundationTrust", "seats": Seat[], "snapshots": [{ "label", "savedAt", "seats" }] }`.
 * Exports are the same record with a `format` marker; CSV cells are formula-safe (a leading `=`, `+`,
 * `-`, `@`, tab or carriage return gets an apostrophe, so spreadsheets show text, not a formula).
 */
import { toCsv as csvRows } from '../internal/csv.js';
import { describeValue } from '../data/describe.js';
import type { RecordCodec } from '../internal/local-storage.js';
import {
  BACKGROUND_LABELS, BACKGROUNDS, MAX_ROLE, MAX_SEATS, MEMBERSHIP_LABELS, MEMBERSHIPS, newSeatId, SIDE_LABELS, SIDES,
  type Seat,
} from './model.js';

export const RECORD_SCHEMA = 1;
export const STORAGE_PREFIX = 'clinical-leadership-elements:board-profile:';
export const EXPORT_FORMAT = 'clinical-leadership-elements/board-profile';
export const MAX_SNAPSHOTS = 24;

export interface Snapshot {
  label: string;
  savedAt: string;
  seats: Seat[];
}

export interface BoardRecord {
  foundationTrust: boolean;
  seats: Seat[];
  snapshots: Snapshot[];
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
    const id = typeof r.id === 'string' && /^[\w-]{1,80}$/.test(r.id) ? r.id : newSeatId();
    seats.push({ id, role: String(role ?? ''), membership: r.membership, side: r.side, background: r.background } as Seat);
  });
  // Ids must be unique for keyed rendering and focus; duplicates get new ones rather than failing.
  const seen = new Set<string>();
  for (const seat of seats) {
    if (seen.has(seat.id)) seat.id = newSeatId();
    seen.add(seat.id);
  }
  return errors.length ? { ok: false, errors: errors.slice(0, 10).concat(errors.length > 10 ? [`… and ${errors.length - 10} more problems`] : []) } : { ok: true, seats };
}

function parseSnapshots(input: unknown): Snapshot[] {
  if (!Array.isArray(input)) return [];
  const out: Snapshot[] = [];
  for (const raw of input.slice(0, MAX_SNAPSHOTS)) {
    const r = (raw ?? {}) as Record<string, unknown>;
    const seats = parseSeats(r.seats);
    if (typeof r.label === 'string' && typeof r.savedAt === 'string' && seats.ok) out.push({ label: r.label.slice(0, MAX_ROLE), savedAt: r.savedAt, seats: seats.seats });
  }
  return out;
}

export type RecordResult = { ok: true; record: BoardRecord; updatedAt?: string } | { ok: false; errors: string[] };

/** Reads a record or an export (checked the same way). */
export function parseRecord(data: unknown, requireFormat = false): RecordResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: ['The file is not a board profile.'] };
  const r = data as Record<string, unknown>;
  if (requireFormat && r.format !== EXPORT_FORMAT) return { ok: false, errors: ['The file is not a board profile export (it was not downloaded from a board profile).'] };
  if (r.schema !== RECORD_SCHEMA) return { ok: false, errors: [`The record's version (${describeValue(r.schema)}) is not one this board profile can read.`] };
  const seats = parseSeats(r.seats);
  if (!seats.ok) return seats;
  return {
    ok: true,
    record: { foundationTrust: r.foundationTrust === true, seats: seats.seats, snapshots: parseSnapshots(r.snapshots) },
    updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : undefined,
  };
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
    if (!value.seats.length && !value.snapshots.length && !value.foundationTrust) return null;
    return JSON.stringify({ schema: RECORD_SCHEMA, updatedAt, ...value });
  },
};

export function toJson(record: BoardRecord, updatedAt = new Date().toISOString()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, schema: RECORD_SCHEMA, updatedAt, ...record }, null, 2);
}

/** The seats as CSV (formula-safe: see internal/csv.ts). */
export function toCsv(seats: readonly Seat[]): string {
  const rows = [['Role', 'Membership', 'Executive or non-executive', 'Professional background']];
  for (const s of seats) rows.push([s.role, MEMBERSHIP_LABELS[s.membership], SIDE_LABELS[s.side], BACKGROUND_LABELS[s.background]]);
  return csvRows(rows);
}
