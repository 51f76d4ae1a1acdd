/**
 * Reading the files a system view is given: each checked against the published schema
 * (data/board-record-schema.ts, with valibot) and turned into one organisation's record. Loaded on
 * first use, so valibot stays out of the widget's own chunk until a file arrives. Never throws:
 * every file gives a record or one sentence naming its problem.
 *
 * Both formats are read: the shared record (`clinical-leadership-board-profile`) and the board
 * profile's own download (`clinical-leadership-elements/board-profile`), which has no organisation
 * name or ODS code: it is shown under its file name and matched with nothing else.
 */
import { PROFILE_EXPORT_FORMAT, SHARED_FORMAT, type SharedSeat } from '../data/board-record.js';
import { ProfileExportSchema, SharedBoardRecordSchema } from '../data/board-record-schema.js';
import { describeValue } from '../data/describe.js';
import { validateWith } from '../data/validate.js';
import { MAX_FILE_BYTES, parseJsonText } from '../internal/record-json.js';
import type { ReadResult } from './model.js';

/** Files larger than this are refused before they are read (a board's record is a few kilobytes): the one cap of the file kit. */
export { MAX_FILE_BYTES };

function first(errors: string[]): string {
  return errors.slice(0, 3).join('; ') + (errors.length > 3 ? `; and ${errors.length - 3} more problems` : '');
}

/** One parsed JSON value from a file, URL or property → an organisation's record, or why not. */
export function readRecord(data: unknown, source: string): ReadResult {
  const fail = (error: string): ReadResult => ({ ok: false, source, error });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('not a board profile (the file holds no record).');
  const format = (data as Record<string, unknown>).format;
  if (format === SHARED_FORMAT) {
    const r = validateWith(SharedBoardRecordSchema, data);
    if (!r.ok) return fail(`not a valid shared board profile: ${first(r.errors)}.`);
    const v = r.value;
    const seats: SharedSeat[] = v.seats.map((s) => ({ ...s, role: s.role.trim() }));
    return {
      ok: true,
      record: {
        key: v.organisation.odsCode.toUpperCase(),
        name: v.organisation.name,
        odsCode: v.organisation.odsCode.toUpperCase(),
        kind: v.organisation.kind,
        date: v.date,
        ...(v.ahpLead ? { ahpLead: v.ahpLead } : {}),
        seats,
        source,
        fingerprint: JSON.stringify([v.organisation, v.date, v.ahpLead ?? '', seats]),
      },
    };
  }
  if (format === PROFILE_EXPORT_FORMAT) {
    const r = validateWith(ProfileExportSchema, data);
    if (!r.ok) return fail(`not a valid board profile download: ${first(r.errors)}.`);
    const v = r.value;
    const seats: SharedSeat[] = v.seats.map((s) => ({
      role: s.role.trim(), membership: s.membership, side: s.side, background: s.background,
      ...(s.registration ? { registration: s.registration } : {}), ...(s.shared ? { shared: true } : {}),
    }));
    const fingerprint = JSON.stringify([v.foundationTrust ?? false, v.ahpLead ?? '', seats]);
    return {
      ok: true,
      record: {
        key: `file:${fingerprint}`,
        name: `Organisation not named (${source})`,
        ...(v.foundationTrust ? { kind: 'foundation-trust' as const } : {}),
        date: typeof v.updatedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v.updatedAt) ? v.updatedAt.slice(0, 10) : '',
        ...(v.ahpLead ? { ahpLead: v.ahpLead } : {}),
        seats,
        source,
        fingerprint,
      },
    };
  }
  return fail(`not a board profile file (its format is ${describeValue(format)}; expected "${SHARED_FORMAT}").`);
}

/**
 * A file's text → its record, read as the board profile reads its own files (internal/record-json.ts:
 * the 2 MB cap, the byte order mark, the JSON); the sentence follows the file's name ("x.json: not
 * valid JSON; …").
 */
export function readText(text: string, source: string): ReadResult {
  const read = parseJsonText(text, 'a board profile');
  if (read.ok) return readRecord(read.data, source);
  const error = read.error.replace(/^The file (is )?/, '');
  return { ok: false, source, error: error.charAt(0).toLowerCase() + error.slice(1) };
}
