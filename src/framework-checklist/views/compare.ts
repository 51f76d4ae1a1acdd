/**
 * Comparing several board members' exported checklists. Pure, no DOM: files' texts in, per prompt
 * how many members chose each status and whether they disagree out. Each file is read with the same
 * `parseExport` as an import, so a file that fails is reported (by name, with its errors) and the
 * others still load. Nothing here sends anything anywhere.
 */
import { parseExport } from '../store/export.js';
import { answerOf, STATUSES, STATUS_LABELS, type AnswerMap, type ChecklistAnswer, type ChecklistStatus } from '../model/answers.js';
import type { ChecklistGroup } from '../model/progress.js';

/** One file to compare: its name (as the person chose it) and its text. */
export interface CompareFile {
  name: string;
  text: string;
}

/** A member whose file loaded. `label` is unique among the members ("board.json", "board.json (2)"). */
export interface CompareMember {
  label: string;
  answers: AnswerMap;
  updatedAt?: string;
}

/** A file that could not be read, and why (sentences ready to show). */
export interface CompareFailure {
  name: string;
  errors: string[];
}

export type StatusCounts = Record<ChecklistStatus, number>;

/** One member's answer to one prompt. */
export interface MemberAnswer {
  /** Index into {@link Comparison.members}. */
  member: number;
  label: string;
  answer: ChecklistAnswer;
}

export interface PromptComparison {
  id: string;
  text: string;
  counts: StatusCounts;
  /** True when the members chose more than one status. Notes and actions are not compared. */
  disagree: boolean;
  answers: MemberAnswer[];
}

export interface ElementComparison {
  id: string;
  title: string;
  prompts: PromptComparison[];
  /** How many of this element's prompts the members disagree on. */
  disagreements: number;
}

export interface Comparison {
  members: CompareMember[];
  failed: CompareFailure[];
  elements: ElementComparison[];
  /** Prompts the members disagree on, across every element. */
  disagreements: number;
}

/** The most files compared at once; more are reported as not read. */
export const MAX_COMPARE_FILES = 50;

export const emptyCounts = (): StatusCounts => ({ 'not-started': 0, 'in-progress': 0, completed: 0, 'not-applicable': 0 });

/**
 * `name`, or `name (2)`, `name (3)` … : the first not in `used` (which it joins). Counting on past
 * a taken label, so a second "a.json" can never share "a.json (2)" with a file really called that.
 */
export function uniqueLabel(name: string, used: Set<string>): string {
  let label = name;
  for (let n = 2; used.has(label); n++) label = `${name} (${n})`;
  used.add(label);
  return label;
}

/** A file's name as shown: its own, trimmed, or "File 3" when it has none. */
export const fileName = (name: unknown, index: number): string => (typeof name === 'string' && name.trim() ? name.trim() : `File ${index + 1}`);

/** Reads each file; the ones that fail are listed with their errors, the rest become members. */
export function readMembers(files: readonly CompareFile[]): { members: CompareMember[]; failed: CompareFailure[] } {
  const members: CompareMember[] = [];
  const failed: CompareFailure[] = [];
  const used = new Set<string>();
  files.forEach((file, i) => {
    const name = fileName(file.name, i);
    if (i >= MAX_COMPARE_FILES) {
      failed.push({ name, errors: [`Only ${MAX_COMPARE_FILES} files can be compared at once; this one was not read.`] });
      return;
    }
    const result = parseExport(file.text);
    if (!result.ok) {
      failed.push({ name, errors: result.errors });
      return;
    }
    members.push({ label: uniqueLabel(name, used), answers: result.answers, updatedAt: result.updatedAt });
  });
  return { members, failed };
}

/** Counts and disagreement for one prompt. A member with no answer to it counts as "Not started". */
export function comparePrompt(id: string, text: string, members: readonly CompareMember[]): PromptComparison {
  const counts = emptyCounts();
  const answers = members.map((m, member): MemberAnswer => {
    const answer = answerOf(m.answers, id);
    counts[answer.status] += 1;
    return { member, label: m.label, answer };
  });
  const chosen = STATUSES.filter((s) => counts[s] > 0).length;
  return { id, text, counts, disagree: chosen > 1, answers };
}

/** Compares members' answers prompt by prompt, in the checklist's own order. */
export function compareMembers(groups: readonly ChecklistGroup[], members: readonly CompareMember[], failed: CompareFailure[] = []): Comparison {
  const elements = groups.map((g): ElementComparison => {
    const prompts = g.prompts.map((p) => comparePrompt(p.id, p.text, members));
    return { id: g.id, title: g.title, prompts, disagreements: prompts.filter((p) => p.disagree).length };
  });
  return { members: [...members], failed, elements, disagreements: elements.reduce((n, e) => n + e.disagreements, 0) };
}

/** Several exported files' texts → the comparison. Never throws. */
export function compareExports(groups: readonly ChecklistGroup[], files: readonly CompareFile[]): Comparison {
  const { members, failed } = readMembers(files);
  return compareMembers(groups, members, failed);
}

/** "2 completed, 1 in progress": the counts a bar shows, in words, largest status first in the usual order. */
export function countsText(counts: StatusCounts): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${STATUS_LABELS[s].toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'No answers';
}

/** "3 members agree" / "Answers differ": what the agreement column says. */
export function agreementText(p: PromptComparison): string {
  if (p.answers.length < 2) return p.answers.length === 1 ? 'One member only' : 'No members';
  return p.disagree ? 'Answers differ' : `All ${p.answers.length} agree`;
}
