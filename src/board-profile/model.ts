/**
 * The board profile's model: seats by role (never by name), their counts by discipline and
 * membership, the plain-language summary and the checks against the sourced recommendation and the
 * law. Pure functions, no DOM, no Lit: tested on their own and by a property test.
 */

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

/** The framework's eight disciplines, in the order the summary names them. */
export const DISCIPLINES = ['doctor', 'nurse', 'midwife', 'ahp', 'pharmacist', 'psychologist', 'healthcare-scientist', 'social-worker'] as const;
export type DisciplineId = (typeof DISCIPLINES)[number];
export const BACKGROUNDS = [...DISCIPLINES, 'not-clinical', 'not-known'] as const;
export type Background = (typeof BACKGROUNDS)[number];

const NOUNS: Record<Background, [string, string]> = {
  doctor: ['doctor', 'doctors'],
  nurse: ['nurse', 'nurses'],
  midwife: ['midwife', 'midwives'],
  ahp: ['allied health professional', 'allied health professionals'],
  pharmacist: ['pharmacist', 'pharmacists'],
  psychologist: ['psychologist', 'psychologists'],
  'healthcare-scientist': ['healthcare scientist', 'healthcare scientists'],
  'social-worker': ['social worker', 'social workers'],
  'not-clinical': ['not clinical', 'not clinical'],
  'not-known': ['not known', 'not known'],
};

export const BACKGROUND_LABELS: Record<Background, string> = {
  doctor: 'Doctor (or dentist)',
  nurse: 'Nurse',
  midwife: 'Midwife',
  ahp: 'Allied health professional',
  pharmacist: 'Pharmacist',
  psychologist: 'Psychologist',
  'healthcare-scientist': 'Healthcare scientist',
  'social-worker': 'Social worker',
  'not-clinical': 'Not clinical',
  'not-known': 'Not known',
};

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

export const noun = (background: Background, n: number): string => NOUNS[background][n === 1 ? 0 : 1];

/** "a", "a and b", "a, b and c"; with `or` for the "No …" sentence. */
export function listText(items: readonly string[], word = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export type Counts = Record<Background, Record<Membership, number>>;

export function countSeats(seats: readonly Seat[]): Counts {
  const counts = Object.fromEntries(BACKGROUNDS.map((b) => [b, Object.fromEntries(MEMBERSHIPS.map((m) => [m, 0]))])) as Counts;
  for (const seat of seats) counts[seat.background][seat.membership]++;
  return counts;
}

const isClinical = (b: Background): b is DisciplineId => (DISCIPLINES as readonly string[]).includes(b);

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

/** Voting, without a vote or attending: a voice at the board table. */
export const atBoard = (m: Membership): boolean => m !== 'executive-team';
const roleList = (seats: readonly Seat[]) => listText(seats.map((s) => s.role || 'a seat with no role title'));

const AHP_LEAD_TEXT: Record<AhpLeadPost, string> = {
  'board-member': 'You have recorded that the organisation has named a senior strategic AHP lead, who is a board member.',
  attends: 'You have recorded that the organisation has named a senior strategic AHP lead, who attends the board.',
  'reports-to-executive': 'You have recorded that the organisation has named a senior strategic AHP lead, who reports to an executive director.',
  elsewhere: 'You have recorded that the organisation has named a senior strategic AHP lead, whose post sits elsewhere.',
  none: 'You have recorded that the organisation has not named a senior strategic AHP lead.',
};

/**
 * The recommendation is that trust boards consider appointing a senior strategic AHP lead; no
 * source read says the lead sits on the board or sets a reporting line. So this is information,
 * never a Met / Not met, and it reads what the organisation says about the lead, not the
 * background of any seat: a chief operating officer who trained as a physiotherapist is not that lead.
 */
export function ahpLeadCheck(seats: readonly Seat[], lead: AhpLeadPost | undefined): Check {
  const base = {
    id: 'ahp-lead', kind: 'recommendation' as const, title: 'A senior strategic AHP lead', factId: 'senior-strategic-ahp-lead', status: 'info' as const, contextId: 'chief-ahp-foi-2024',
  };
  const ahps = seats.filter((s) => s.background === 'ahp' && atBoard(s.membership));
  const text = [
    lead ? AHP_LEAD_TEXT[lead] : 'Not answered yet: has the organisation named a senior strategic AHP lead, and where does the post sit?',
    'The recommendation is that trust boards consider appointing one; it does not say whether the lead sits on the board.',
  ];
  if (ahps.length && (!lead || lead === 'none')) {
    text.push(`A seat with an allied health professional background (${roleList(ahps)}) is not, on its own, a named lead for allied health professionals.`);
  }
  return { ...base, text: text.join(' ') };
}

/**
 * For foundation trusts: the two statutory clinical executive seats. The law (NHS Act 2006, Sch. 7
 * para 16(2)) asks for a *registered* medical practitioner or dentist and a *registered* nurse or
 * midwife among the executive directors, so the check reads each seat's registration, not its
 * background; a seat whose registration is not recorded is named, never counted.
 */
export function statutorySeatsCheck(seats: readonly Seat[]): Check {
  const execs = seats.filter((s) => s.side === 'executive' && s.membership === 'voting');
  const medical = execs.filter((s) => s.registration === 'medical');
  const nursing = execs.filter((s) => s.registration === 'nursing');
  const missing = [!medical.length && 'medical', !nursing.length && 'nursing'].filter((x): x is Registration => !!x);
  const words = { medical: 'a registered medical practitioner or registered dentist', nursing: 'a registered nurse or registered midwife' } as Record<Registration, string>;
  // Seats that could hold the registration, by background, but where it is not recorded.
  const unrecorded = execs.filter((s) => !s.registration && (
    (missing.includes('medical') && s.background === 'doctor') || (missing.includes('nursing') && (s.background === 'nurse' || s.background === 'midwife'))));
  const filled = [medical.length && `${roleList(medical)} (registered medical practitioner or dentist)`, nursing.length && `${roleList(nursing)} (registered nurse or midwife)`].filter(Boolean);
  const text = [
    filled.length ? `Recorded as registered: ${listText(filled as string[])}.` : '',
    missing.length ? `No voting executive director is recorded as ${listText(missing.map((m) => words[m]), 'or')}.` : '',
    unrecorded.length ? `The registration of ${roleList(unrecorded)} is not recorded: a professional background is not a registration; record it under the seat.` : '',
    missing.length ? "The law requires one of each among a foundation trust's executive directors." : '',
    // Dated, and for foundation trusts only: the rule for other NHS trusts was not read, and whether
    // the 2026 Health Bill changes this paragraph was not found.
    'This is the National Health Service Act 2006, Schedule 7, paragraph 16(2), as read in its version of 9 May 2022; it applies to NHS foundation trusts, and whether later changes such as the 2026 Health Bill alter it is not known here.',
  ].filter(Boolean).join(' ');
  return {
    id: 'statutory-seats',
    kind: 'law',
    title: 'The two statutory clinical executive seats (foundation trusts)',
    factId: 'ft-statutory-executive-seats',
    status: missing.length === 0 ? 'met' : unrecorded.length ? 'not-recorded' : missing.length === 1 ? 'partly' : 'not-met',
    text,
  };
}

/**
 * Each seat's name for people and screen readers: its role, numbered when several seats share it
 * ("Non-executive Director 2 of 4"), or "Seat 3" when it has none. Unique within the board.
 */
export function seatNames(seats: readonly Seat[]): Map<string, string> {
  const byRole = new Map<string, string[]>();
  for (const s of seats) if (s.role) byRole.set(s.role, [...(byRole.get(s.role) ?? []), s.id]);
  return new Map(seats.map((s, i) => {
    const same = byRole.get(s.role);
    if (!s.role || !same) return [s.id, `Seat ${i + 1}`];
    return [s.id, same.length > 1 ? `${s.role} ${same.indexOf(s.id) + 1} of ${same.length}` : s.role];
  }));
}

/** Disciplines with no seat at the board (voting, non-voting or attending). */
export function absentDisciplines(seats: readonly Seat[]): DisciplineId[] {
  return DISCIPLINES.filter((d) => !seats.some((s) => s.background === d && atBoard(s.membership)));
}

/** What changed per discipline and membership since a snapshot: "+1 allied health professional attending". */
export function changesSince(before: readonly Seat[], now: readonly Seat[]): string[] {
  const a = countSeats(before);
  const b = countSeats(now);
  const verbs: Record<Membership, string> = {
    voting: 'voting', 'non-voting': 'on the board without a vote', attends: 'attending', 'executive-team': 'on the executive team',
  };
  const out: string[] = [];
  for (const d of BACKGROUNDS) {
    for (const m of MEMBERSHIPS) {
      const delta = b[d][m] - a[d][m];
      if (delta) out.push(`${delta > 0 ? '+' : '−'}${Math.abs(delta)} ${isClinical(d) ? noun(d, Math.abs(delta)) : `${noun(d, 1)} background`} ${verbs[m]}`);
    }
  }
  return out;
}

let counter = 0;
export const newSeatId = (): string => `seat-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** An example board, clearly labelled as an example where it is shown. Roles only. */
export function exampleSeats(): Seat[] {
  const seat = (role: string, membership: Membership, side: Side, background: Background): Seat => ({ id: newSeatId(), role, membership, side, background });
  return [
    seat('Chair', 'voting', 'non-executive', 'not-clinical'),
    seat('Chief Executive', 'voting', 'executive', 'not-clinical'),
    seat('Finance Director', 'voting', 'executive', 'not-clinical'),
    seat('Medical Director', 'voting', 'executive', 'doctor'),
    seat('Chief Nurse', 'voting', 'executive', 'nurse'),
    seat('Chief Operating Officer', 'voting', 'executive', 'midwife'),
    seat('Non-executive Director', 'voting', 'non-executive', 'doctor'),
    seat('Non-executive Director', 'voting', 'non-executive', 'not-clinical'),
    seat('Non-executive Director', 'voting', 'non-executive', 'not-clinical'),
    seat('Non-executive Director', 'voting', 'non-executive', 'not-known'),
    seat('Director of Allied Health Professionals', 'attends', 'executive', 'ahp'),
    seat('Chief Pharmacist', 'executive-team', 'executive', 'pharmacist'),
  ];
}
