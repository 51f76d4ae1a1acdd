/**
 * Reading members' files for Compare without freezing the page: the 50-file cap is applied before
 * anything is read, each file is read and checked in a slice of its own (the browser paints and
 * answers input in between; a crafted file that would stall `JSON.parse` is refused unparsed by
 * the file kit, internal/record-json.ts), and progress is reported as it goes. Files are read in
 * this browser only.
 */
import { yieldToMain } from '../../internal/yield.js';
import { fileName, MAX_COMPARE_FILES, uniqueLabel, type CompareFailure, type CompareMember } from './compare.js';
import { readTextFile } from '../../internal/record-files.js';
import { parseExport } from '../store/export.js';

export interface LoadedMembers {
  members: CompareMember[];
  /** Files too large or unreadable first, then files that are not exports, then files over the cap. */
  failed: CompareFailure[];
}

/**
 * Reads and checks the chosen files, one slice per file. `progress(done, total)` is called before
 * each file and at the end; `total` counts only the files that will be read (at most 50). Resolves
 * `undefined` as soon as `cancelled()` says a newer choice replaced this one. Never rejects.
 */
export async function loadMembers(
  list: ArrayLike<File>,
  progress: (done: number, total: number) => void = () => {},
  cancelled: () => boolean = () => false,
): Promise<LoadedMembers | undefined> {
  const all = Array.from(list);
  const total = Math.min(all.length, MAX_COMPARE_FILES);
  const unread: CompareFailure[] = [];
  const failed: CompareFailure[] = [];
  const members: CompareMember[] = [];
  const used = new Set<string>();
  for (let i = 0; i < total; i++) {
    progress(i, total);
    const file = all[i];
    const name = fileName(file.name, i);
    const read = await readTextFile(file, 'a checklist export'); // the size first: a huge file is never read
    if (!read.ok) {
      unread.push({ name, errors: [read.error] });
      continue;
    }
    if (cancelled()) return undefined;
    const result = parseExport(read.text);
    if (result.ok) members.push({ label: uniqueLabel(name, used), answers: result.answers, updatedAt: result.updatedAt });
    else failed.push({ name, errors: result.errors });
    await yieldToMain();
    if (cancelled()) return undefined;
  }
  progress(total, total);
  // Never read, not even opened: the page says so, and it is true.
  all.slice(total).forEach((file, j) => {
    failed.push({ name: fileName(file.name, total + j), errors: [`Only ${MAX_COMPARE_FILES} files can be compared at once; this one was not read.`] });
  });
  return { members, failed: [...unread, ...failed] };
}
