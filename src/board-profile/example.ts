/**
 * The example board behind "Use an example board", loaded when that button is pressed. Roles only,
 * clearly labelled as an example where it is shown; its dates are relative to today, so the tenure
 * note and the look-ahead have something to show.
 */
import { newSeatId, type Background, type Membership, type Seat, type Side } from './model.js';

const monthsFromNow = (months: number, now = new Date()): string =>
  new Date(Date.UTC(now.getFullYear(), now.getMonth() + months, 1)).toISOString().slice(0, 10);

/** An example board, clearly labelled as an example where it is shown. Roles only. */
export function exampleSeats(): Seat[] {
  const seat = (role: string, membership: Membership, side: Side, background: Background, extra: Partial<Seat> = {}): Seat =>
    ({ id: newSeatId(), role, membership, side, background, ...extra });
  return [
    seat('Chair', 'voting', 'non-executive', 'not-clinical', { firstAppointed: monthsFromNow(-40), termEnds: monthsFromNow(8) }),
    seat('Chief Executive', 'voting', 'executive', 'not-clinical'),
    seat('Finance Director', 'voting', 'executive', 'not-clinical'),
    seat('Medical Director', 'voting', 'executive', 'doctor', { registration: 'medical' }),
    seat('Chief Nurse', 'voting', 'executive', 'nurse', { registration: 'nursing', shared: true }),
    seat('Chief Operating Officer', 'voting', 'executive', 'midwife'),
    seat('Non-executive Director', 'voting', 'non-executive', 'doctor', { firstAppointed: monthsFromNow(-84), termEnds: monthsFromNow(10) }),
    seat('Non-executive Director', 'voting', 'non-executive', 'not-clinical'),
    seat('Non-executive Director', 'voting', 'non-executive', 'not-clinical'),
    seat('Non-executive Director', 'voting', 'non-executive', 'not-known'),
    seat('Director of Allied Health Professionals', 'attends', 'executive', 'ahp', { termEnds: monthsFromNow(30) }),
    seat('Chief Pharmacist', 'executive-team', 'executive', 'pharmacist'),
  ];
}
