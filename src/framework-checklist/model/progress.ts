/**
 * Grouping prompts under the framework elements, and counting progress. Pure, no DOM.
 * Not-applicable prompts leave the denominator: "4 of 15 completed" counts applicable prompts only.
 */
import type { ChecklistPrompt, FrameworkElement } from '../../data/schema.js';
import { answerOf, type AnswerMap, type ChecklistStatus } from './answers.js';

export interface ChecklistGroup {
  /** The element id; `''` for prompts whose element is not known. */
  id: string;
  title: string;
  summary?: string;
  prompts: ChecklistPrompt[];
}

export interface ProgressTally {
  /** Completed prompts. */
  completed: number;
  /** Applicable prompts: all prompts less the not-applicable ones. */
  total: number;
  inProgress: number;
  notStarted: number;
  notApplicable: number;
}

export interface ChecklistProgress extends ProgressTally {
  /** The same counts for each element, by element id (`''` for prompts of an unknown element). */
  byElement: Record<string, ProgressTally>;
}

export const OTHER_GROUP_TITLE = 'Other prompts';

/**
 * Elements in the data's order, each with its prompts in the prompts' order; elements without
 * prompts are left out. Prompts naming an unknown element go last, under "Other prompts".
 */
export function groupPrompts(prompts: readonly ChecklistPrompt[], elements: readonly FrameworkElement[]): ChecklistGroup[] {
  const groups = new Map<string, ChecklistGroup>();
  for (const e of elements) groups.set(e.id, { id: e.id, title: e.title, summary: e.summary, prompts: [] });
  const other: ChecklistGroup = { id: '', title: OTHER_GROUP_TITLE, prompts: [] };
  for (const p of prompts) (groups.get(p.elementId) ?? other).prompts.push(p);
  return [...groups.values(), other].filter((g) => g.prompts.length > 0);
}

export function emptyTally(): ProgressTally {
  return { completed: 0, total: 0, inProgress: 0, notStarted: 0, notApplicable: 0 };
}

function count(tally: ProgressTally, status: ChecklistStatus): void {
  if (status === 'not-applicable') tally.notApplicable += 1;
  else {
    tally.total += 1;
    if (status === 'completed') tally.completed += 1;
    else if (status === 'in-progress') tally.inProgress += 1;
    else tally.notStarted += 1;
  }
}

export function computeProgress(groups: readonly ChecklistGroup[], answers: AnswerMap): ChecklistProgress {
  const overall = emptyTally();
  const byElement: Record<string, ProgressTally> = {};
  for (const group of groups) {
    const tally = (byElement[group.id] = emptyTally());
    for (const prompt of group.prompts) {
      const { status } = answerOf(answers, prompt.id);
      count(tally, status);
      count(overall, status);
    }
  }
  return { ...overall, byElement };
}

/** "4 of 15 completed", or a plain sentence when nothing applies. */
export function progressText(t: ProgressTally): string {
  if (t.total === 0 && t.notApplicable > 0) return t.notApplicable === 1 ? 'Marked not applicable' : `All ${t.notApplicable} marked not applicable`;
  return `${t.completed} of ${t.total} completed`;
}

/** The rest of the picture, e.g. "2 in progress, 1 not applicable"; empty when there is nothing to add. */
export function progressDetail(t: ProgressTally): string {
  const parts: string[] = [];
  if (t.inProgress) parts.push(`${t.inProgress} in progress`);
  if (t.notApplicable && t.total) parts.push(`${t.notApplicable} not applicable`);
  return parts.join(', ');
}

/** The status of a whole element, as in a task list. */
export function groupStatus(t: ProgressTally): ChecklistStatus {
  if (t.total === 0) return t.notApplicable ? 'not-applicable' : 'not-started';
  if (t.completed === t.total) return 'completed';
  return t.completed || t.inProgress ? 'in-progress' : 'not-started';
}
