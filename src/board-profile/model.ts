/**
 * The board profile's model: seats by role (never by name), their counts by discipline and
 * membership, the plain-language summary and the checks against the sourced recommendation and the
 * law. Pure functions, no DOM, no Lit: tested on their own and by a property test.
 */

import { BACKGROUNDS, DISCIPLINES, listText, noun, type Background } from './vocab.js';

export { atBoard, BACKGROUND_LABELS, BACKGROUNDS, DISCIPLINES, listText, noun, roleList, seatNames, type Background, type DisciplineId } from './vocab.js';

/** How a seat relates to the board table. */
export const MEMBERSHIPS = ['voting', 'non-voting', 'attends', 'executive-team'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];

export const MEMBERSHIP_LABELS: Record<Membership, string> = {
  voting: 'Voting board member',
  'non-voting': 'Board member without a vote',
  attends: 'Attends the board',
  'executive-team': 'Executive team, not at the board',
};

export const SIDES = ['executive', 'non-executive'] as const;
export type Side = (typeof SIDES)[number];
export const SIDE_LABELS: Record<Side, string> = { executive: 'Executive', 'non-executive': 'Non-executive' };

/**
 * Professional registration, as the law on foundation-trust boards words it: a registered medical
 * practitioner or registered dentist; a registered nurse or registered midwife. A background is not
 * a registration (a chief nurse whose registration has lapsed has the background, not the
 * registration), so it is recorded on its own; left out, it is "not recorded".
 */
export const REGISTRATIONS = ['medical', 'nursing', 'none'] as const;
export type Registration = (typeof REGISTRATIONS)[number];
export const REGISTRATION_LABELS: Record<Registration | '', string> = {
  '': 'Not recorded',
  medical: 'Registered medical practitioner or registered dentist',
  nursing: 'Registered nurse or registered midwife',
  none: 'Neither (or the registration has lapsed)',
};

/** Whether the organisation has named a senior strategic AHP lead, and where the post sits. */
export const AHP_LEAD_POSTS = ['board-member', 'attends', 'reports-to-executive', 'elsewhere', 'none'] as const;
export type AhpLeadPost = (typeof AHP_LEAD_POSTS)[number];
export const AHP_LEAD_LABELS: Record<AhpLeadPost | '', string> = {
  '': 'Not answered',
  'board-member': 'Yes, and the lead is a board member',
  attends: 'Yes, and the lead attends the board',
  'reports-to-executive': 'Yes, and the lead reports to an executive director',
  elsewhere: 'Yes, and the post sits elsewhere',
  none: 'No senior strategic AHP lead is named',
};

/** One seat at or around the board table. A role, never a person. */
export interface Seat {
  id: string;
  role: string;
  membership: Membership;
  side: Side;
  background: Background;
  /** The holder's professional registration, if recorded (the statutory check reads this). */
  registration?: Registration;
  /** First appointment to this board, `YYYY-MM-DD` (tenure is counted from it). */
  firstAppointed?: string;
  /** When the current term ends, `YYYY-MM-DD` (the look-ahead reads it). */
  termEnds?: string;
  /** The post is held jointly with another organisation. */
  shared?: boolean;
}

export const MAX_SEATS = 200;
export const MAX_ROLE = 120;

/** Role titles offered as suggestions (free text is fine). */
export const ROLE_SUGGESTIONS = [
  'Chair', 'Chief Executive', 'Finance Director', 'Medical Director', 'Chief Nurse', 'Director of Nursing',
  'Chief Operating Officer', 'Director of Allied Health Professionals', 'Chief AHP', 'Director of Therapies',
  'Chief Pharmacist', 'Director of Workforce', 'Director of Strategy', 'Company Secretary', 'Non-executive Director',
  'Associate Non-executive Director', 'Lead Healthcare Scientist', 'Director of Midwifery',
];

export type Counts = Record<Background, Record<Membership, number>>;

export function countSeats(seats: readonly Seat[]): Counts {
  const counts = Object.fromEntries(BACKGROUNDS.map((b) => [b, Object.fromEntries(MEMBERSHIPS.map((m) => [m, 0]))])) as Counts;
  for (const seat of seats) counts[seat.background][seat.membership]++;
  return counts;
}


/** "Of 14 voting members, 4 have a clinical background: 2 doctors, 1 nurse, 1 midwife. No …". */
export function summaryText(seats: readonly Seat[]): string {
  const counts = countSeats(seats);
  const voting = seats.filter((s) => s.membership === 'voting');
  if (!seats.length) return 'No seats have been entered yet.';
  const sentences: string[] = [];
  if (!voting.length) sentences.push('No voting board members have been entered yet.');
  else {
    const clinical = DISCIPLINES.filter((d) => counts[d].voting > 0);
    const k = clinical.reduce((sum, d) => sum + counts[d].voting, 0);
    const of = `Of ${voting.length} voting member${voting.length === 1 ? '' : 's'}`;
    sentences.push(
      k === 0
        ? `${of}, none has a clinical background.`
        : `${of}, ${k} ${k === 1 ? 'has' : 'have'} a clinical background: ${clinical.map((d) => `${counts[d].voting} ${noun(d, counts[d].voting)}`).join(', ')}.`,
    );
    const absent = DISCIPLINES.filter((d) => counts[d].voting === 0);
    if (absent.length) sentences.push(`No ${listText(absent.map((d) => noun(d, 1)), 'or')}.`);
    if (counts['not-known'].voting) sentences.push(`The background of ${counts['not-known'].voting} is not known.`);
  }
  const around = seats.filter((s) => s.membership !== 'voting');
  if (around.length) {
    const clinical = DISCIPLINES.filter((d) => around.some((s) => s.background === d));
    const detail = clinical.map((d) => {
      const n = around.filter((s) => s.background === d).length;
      return `${n} ${noun(d, n)}`;
    });
    sentences.push(
      `Around the board without a vote: ${around.length} seat${around.length === 1 ? '' : 's'}` +
        (detail.length ? `, including ${listText(detail)}.` : ', none with a clinical background.'),
    );
  }
  return sentences.join(' ');
}

/** `info`: shown as information, with no Met / Not met (the recommendation sets no test). */
export type CheckStatus = 'met' | 'partly' | 'not-met' | 'not-recorded' | 'info';

export interface Check {
  id: string;
  kind: 'recommendation' | 'law';
  title: string;
  status: CheckStatus;
  text: string;
  /** The board fact the check rests on (for its sources). */
  factId: string;
  /** A published figure shown beside the check as context, never as its test. */
  contextId?: string;
}


let counter = 0;
export const newSeatId = (): string => `seat-${Date.now().toString(36)}-${(counter++).toString(36)}`;
