/**
 * The board's record as a series (issue 31): each element's progress at every dated snapshot, oldest
 * first. NHS guidance for boards warns against two-point comparisons and red/amber/green reports
 * (research content-3 §9), so the views built from this show every point and rate none. Pure.
 */
import { formatPartialDate } from '../../data/date.js';
import type { AnswerMap, ChecklistBaseline, ChecklistSnapshot } from './answers.js';
import { computeProgress, progressText, type ChecklistGroup, type ProgressTally } from './progress.js';

/** Every snapshot, oldest first (the baseline last). */
export const snapshotsOf = (b: ChecklistBaseline | undefined): ChecklistSnapshot[] =>
  b ? [...(b.earlier ?? []), { takenAt: b.takenAt, statuses: b.statuses }].sort((x, y) => (x.takenAt < y.takenAt ? -1 : x.takenAt > y.takenAt ? 1 : 0)) : [];

export interface SeriesPoint {
  /** `YYYY-MM-DD`. */
  takenAt: string;
  /** "12 March 2026". */
  dateText: string;
  /** Each element's tally at that snapshot, by element id. */
  byElement: Record<string, ProgressTally>;
}

/** Every snapshot's progress per element, oldest first (empty without snapshots). */
export function seriesOf(groups: readonly ChecklistGroup[], baseline: ChecklistBaseline | undefined): SeriesPoint[] {
  return snapshotsOf(baseline).map((s) => {
    const answers: AnswerMap = new Map([...s.statuses].map(([id, status]) => [id, { status, note: '' }]));
    return { takenAt: s.takenAt, dateText: formatPartialDate(s.takenAt), byElement: computeProgress(groups, answers).byElement };
  });
}

/** One row per element: its title and "1 of 4 completed" at each snapshot, in date order. */
export function seriesRows(groups: readonly ChecklistGroup[], points: readonly SeriesPoint[]): { id: string; title: string; cells: string[]; completed: number[]; total: number }[] {
  return groups.map((g) => ({
    id: g.id,
    title: g.title,
    cells: points.map((p) => progressText(p.byElement[g.id])),
    completed: points.map((p) => p.byElement[g.id].completed),
    total: g.prompts.length,
  }));
}
