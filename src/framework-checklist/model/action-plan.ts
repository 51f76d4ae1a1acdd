/**
 * The action plan: every action (the follow-up kept with a prompt's answer: what, owner, due date,
 * priority) of the prompts shown, sorted by due date (undated last, then in checklist order), each
 * marked overdue when its date is before today's and its prompt is not completed. The one builder
 * behind the Action plan view, the printed plan and the Word board paper; and the priorities' labels.
 * Pure, no DOM.
 */
import { isoDay, type ChecklistAction, type ChecklistAnswer, type ChecklistPriority } from './answers.js';
import type { ChecklistGroup } from './progress.js';

/** The priorities as every view, the fields and the paper write them. */
export const PRIORITY_LABELS: Readonly<Record<ChecklistPriority, string>> = { high: 'High', medium: 'Medium', low: 'Low', '': 'Not set' };

export interface PlanItem {
  promptId: string;
  prompt: string;
  element: string;
  action: ChecklistAction;
  /** Due before today while its prompt is not completed. */
  overdue: boolean;
}

/** Where the plan is read from: the checklist (its host) or plain groups and answers. */
export interface PlanSource {
  readonly groups: readonly ChecklistGroup[];
  answerFor(id: string): ChecklistAnswer;
}

/**
 * Every action of the prompts shown, by due date (then checklist order); undated ones last.
 * `read` picks the action out of an answer (the paper passes its own, more guarded reader).
 */
export function planItems(
  source: PlanSource,
  today = new Date(),
  read: (answer: ChecklistAnswer) => ChecklistAction | undefined = (a) => a.action,
): PlanItem[] {
  const day = isoDay(today);
  const items: PlanItem[] = [];
  for (const group of source.groups) {
    for (const prompt of group.prompts) {
      const answer = source.answerFor(prompt.id);
      const action = read(answer);
      if (action) items.push({ promptId: prompt.id, prompt: prompt.text, element: group.title, action, overdue: !!action.due && action.due < day && answer.status !== 'completed' });
    }
  }
  const key = (i: PlanItem) => i.action.due || '9999-99-99';
  return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
