/**
 * Change since the baseline, per element: completed then and now, and every status move (Not
 * started → In progress counts as much as a move to Completed). Pure, no DOM; one wording for the
 * Summary view, the print summary and the Word paper.
 */
import { formatPartialDate } from '../../data/date.js';
import { answerOf, STATUS_LABELS, STATUSES, type AnswerMap, type ChecklistBaseline, type ChecklistStatus } from './answers.js';
import { computeProgress, type ChecklistGroup } from './progress.js';

export interface StatusMove {
  from: ChecklistStatus;
  to: ChecklistStatus;
  /** How many prompts made this move. */
  count: number;
}

export interface ElementChange {
  title: string;
  /** Completed and applicable prompts on the baseline's day, and now. */
  then: { completed: number; total: number };
  now: { completed: number; total: number };
  /** Every move, in the statuses' order (from, then to). */
  moves: StatusMove[];
  /** "Talent management: 1 of 5 → 3 of 4 completed; 3 statuses moved: 2 Not started → Completed, 1 Not started → Not applicable." */
  text: string;
}

const ofTotal = (t: { completed: number; total: number }) => `${t.completed} of ${t.total}`;

/** The change per element since the baseline; empty without one. */
export function changesSince(groups: readonly ChecklistGroup[], answers: AnswerMap, baseline: ChecklistBaseline | undefined): ElementChange[] {
  if (!baseline) return [];
  const before: AnswerMap = new Map([...baseline.statuses].map(([id, status]) => [id, { status, note: '' }]));
  const then = computeProgress(groups, before).byElement;
  const now = computeProgress(groups, answers).byElement;
  return groups.map((g) => {
    const counted = new Map<string, number>();
    for (const p of g.prompts) {
      const from = answerOf(before, p.id).status;
      const to = answerOf(answers, p.id).status;
      if (from !== to) counted.set(`${from}>${to}`, (counted.get(`${from}>${to}`) ?? 0) + 1);
    }
    const moves: StatusMove[] = STATUSES.flatMap((from) => STATUSES.flatMap((to) => {
      const count = counted.get(`${from}>${to}`);
      return count ? [{ from, to, count }] : [];
    }));
    const n = moves.reduce((sum, m) => sum + m.count, 0);
    const t0 = { completed: then[g.id].completed, total: then[g.id].total };
    const t1 = { completed: now[g.id].completed, total: now[g.id].total };
    const head = t0.total === t1.total ? `${t0.completed} → ${ofTotal(t1)}` : `${ofTotal(t0)} → ${ofTotal(t1)}`;
    const detail = n
      ? `${n} ${n === 1 ? 'status' : 'statuses'} moved: ${moves.map((m) => `${m.count} ${STATUS_LABELS[m.from]} → ${STATUS_LABELS[m.to]}`).join(', ')}`
      : 'no status moved';
    return { title: g.title, then: t0, now: t1, moves, text: `${g.title}: ${head} completed; ${detail}` };
  });
}

/** "Since the baseline of 12 March 2026:" */
export const sinceText = (baseline: ChecklistBaseline): string => `Since the baseline of ${formatPartialDate(baseline.takenAt)}:`;
