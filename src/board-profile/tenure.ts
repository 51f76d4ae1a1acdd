/**
 * Terms and tenure, pure: how long chairs and non-executives have served since first appointment
 * (as NHS England summarises the Code of governance for NHS provider trusts), which professional
 * voices leave the board with the terms that end in the next 12, 24 or 36 months, and the posts
 * shared with another organisation. Seats by role only. Loaded with the terms view, not up front.
 */
import { formatPartialDate } from '../data/date.js';
import type { Seat } from './model.js';
import { atBoard, DISCIPLINES, listText, noun, seatNames, type DisciplineId } from './model.js';

/** The look-ahead's horizons, in months. */
export const HORIZONS = [12, 24, 36] as const;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const todayUtc = (now: Date) => new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
const addMonths = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/** Whole years from `from` (YYYY-MM-DD) to `now`. */
export function yearsSince(from: string, now = new Date()): number {
  const start = day(from);
  const today = todayUtc(now);
  let years = today.getUTCFullYear() - start.getUTCFullYear();
  if (addMonths(start, years * 12) > today) years--;
  return Math.max(0, years);
}

export type TenureLevel = 'review' | 'explanation';

export interface TenureNote {
  seat: Seat;
  name: string;
  years: number;
  level: TenureLevel;
  text: string;
}

/**
 * Chairs and non-executives past six years from first appointment to the board ("review
 * expected") or past nine ("explanation expected"). The Code works on comply or explain, so these
 * are notes, never a breach: an explained extension is allowed.
 */
export function tenureNotes(seats: readonly Seat[], now = new Date()): TenureNote[] {
  const names = seatNames(seats);
  return seats.flatMap((seat) => {
    if (seat.side !== 'non-executive' || !seat.firstAppointed) return [];
    const first = day(seat.firstAppointed);
    const today = todayUtc(now);
    if (today <= addMonths(first, 72)) return [];
    const years = yearsSince(seat.firstAppointed, now);
    const name = names.get(seat.id)!;
    const since = `first appointed to the board ${formatPartialDate(seat.firstAppointed)}`;
    const level: TenureLevel = today > addMonths(first, 108) ? 'explanation' : 'review';
    const text = level === 'explanation'
      ? `${name}: past nine years (${since}): explanation expected. Any extension beyond nine years should be clearly explained and agreed with NHS England.`
      : `${name}: past six years (${since}): review expected. Any extension beyond six years should be subject to rigorous review.`;
    return [{ seat, name, years, level, text }];
  });
}

export interface VoiceLoss {
  discipline: DisciplineId;
  /** Seats with this background at the board today. */
  now: number;
  leaving: { seat: Seat; name: string }[];
}

export interface LookAhead {
  months: number;
  losses: VoiceLoss[];
  /** Every seat at the board whose term ends by then, clinical or not. */
  ending: { seat: Seat; name: string }[];
  /** Seats at the board with a term-end date recorded, and all seats at the board. */
  recorded: number;
  atBoard: number;
}

/** Which professional voices at the board leave with the terms that end within `months`. */
export function lookAhead(seats: readonly Seat[], months: number, now = new Date()): LookAhead {
  const names = seatNames(seats);
  const board = seats.filter((s) => atBoard(s.membership));
  const until = addMonths(todayUtc(now), months);
  const ending = board.filter((s) => s.termEnds && day(s.termEnds) <= until).map((seat) => ({ seat, name: names.get(seat.id)! }));
  const losses = DISCIPLINES.flatMap((d) => {
    const leaving = ending.filter((e) => e.seat.background === d);
    return leaving.length ? [{ discipline: d, now: board.filter((s) => s.background === d).length, leaving }] : [];
  });
  return { months, losses, ending, recorded: board.filter((s) => s.termEnds).length, atBoard: board.length };
}

const endText = ({ seat, name }: { seat: Seat; name: string }, now: Date) =>
  `${name}${seat.shared ? ', a shared post' : ''}, term ${day(seat.termEnds!) < todayUtc(now) ? 'ended' : 'ends'} ${formatPartialDate(seat.termEnds!)}`;

/** "In the next 12 months the board loses its only nurse voice (Chief Nurse, term ends 31 March 2027)." */
export function lookAheadText(ahead: LookAhead, now = new Date()): string {
  const lead = `In the next ${ahead.months} months`;
  if (!ahead.recorded) return 'No term-end dates are recorded for seats at the board, so the look-ahead cannot say which voices leave.';
  const parts = ahead.losses.map((l) => {
    const k = l.leaving.length;
    const what = k === l.now ? (k === 1 ? `its only ${noun(l.discipline, 1)} voice` : `all ${k} of its ${noun(l.discipline, 1)} voices`) : `${k} of its ${l.now} ${noun(l.discipline, 1)} voices`;
    return `${what} (${l.leaving.map((e) => endText(e, now)).join('; ')})`;
  });
  const sentences = [
    parts.length
      ? `${lead} the board loses ${listText(parts)}.`
      : ahead.ending.length
        ? `${lead} ${ahead.ending.length} term${ahead.ending.length === 1 ? ' ends' : 's end'} (${ahead.ending.map((e) => endText(e, now)).join('; ')}); none of them is a clinical voice.`
        : `${lead} no recorded term ends at the board.`,
  ];
  if (ahead.recorded < ahead.atBoard) sentences.push(`Term-end dates are recorded for ${ahead.recorded} of the ${ahead.atBoard} seats at the board; the others are not counted.`);
  return sentences.join(' ');
}

/** Posts held jointly with another organisation, by name. */
export const sharedPosts = (seats: readonly Seat[]): string[] => {
  const names = seatNames(seats);
  return seats.filter((s) => s.shared).map((s) => names.get(s.id)!);
};
