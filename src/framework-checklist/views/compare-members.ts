/**
 * Compare without files: a store that keeps each member's own answers (the SharePoint web part's
 * list store) can offer them all through the optional `members(key)` capability, and Compare reads
 * them as if each member had sent a file. Nothing here is used unless the checklist's `adapter` has
 * that capability.
 */
import type { StorageProblem } from '../../internal/storage.js';
import { EXPORT_FORMAT } from '../store/export.js';
import type { CompareFailure, CompareFile } from './compare.js';

/** The optional adapter capability: every member's own record under `key`, by display name. */
export interface MemberSource {
  members(key: string): Promise<{ records: { label: string; raw: string }[]; problem?: StorageProblem }>;
}

/** The adapter, when it can list members' records. */
export const memberSource = (adapter: unknown): MemberSource | undefined =>
  adapter && typeof (adapter as Partial<MemberSource>).members === 'function' ? (adapter as MemberSource) : undefined;

/** Each stored record as the file a member would have downloaded (the record plus the export marker), so Compare reads it the same way. */
export function recordsAsFiles(records: readonly { label: string; raw: string }[]): { files: CompareFile[]; failed: CompareFailure[] } {
  const files: CompareFile[] = [];
  const failed: CompareFailure[] = [];
  for (const { label, raw } of records) {
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      record = undefined;
    }
    if (record && typeof record === 'object' && !Array.isArray(record)) files.push({ name: label, text: JSON.stringify({ ...record, format: EXPORT_FORMAT }) });
    else failed.push({ name: label, errors: ['Their saved answers could not be read.'] });
  }
  return { files, failed };
}
