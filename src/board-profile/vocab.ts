/**
 * The board profile's words: the disciplines and backgrounds with their nouns and labels, list
 * wording, who is at the board, and each seat's unique name. model.ts re-exports them; the lazily
 * loaded parts import them through model.ts, so the bundler serves them from the element's own chunk
 * (imported here directly, it split them into a further chunk, 0.1 KiB gzip more up front).
 */
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

export const noun = (background: Background, n: number): string => NOUNS[background][n === 1 ? 0 : 1];


/** "a", "a and b", "a, b and c"; with `or` for the "No …" sentence. */
export function listText(items: readonly string[], word = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** Voting, without a vote or attending: a voice at the board table. */
export const atBoard = (membership: string): boolean => membership !== 'executive-team';

export const roleList = (seats: readonly { role: string }[]): string => listText(seats.map((s) => s.role || 'a seat with no role title'));


/**
 * Each seat's name for people and screen readers: its role, numbered when several seats share it
 * ("Non-executive Director 2 of 4"), or "Seat 3" when it has none. Unique within the board.
 */
export function seatNames(seats: readonly { id: string; role: string }[]): Map<string, string> {
  const byRole = new Map<string, string[]>();
  for (const s of seats) if (s.role) byRole.set(s.role, [...(byRole.get(s.role) ?? []), s.id]);
  return new Map(seats.map((s, i) => {
    const same = byRole.get(s.role);
    if (!s.role || !same) return [s.id, `Seat ${i + 1}`];
    return [s.id, same.length > 1 ? `${s.role} ${same.indexOf(s.id) + 1} of ${same.length}` : s.role];
  }));
}

