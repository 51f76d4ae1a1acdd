/**
 * FICTIONAL EXAMPLE DATA: an invented system of eight organisations ("Northmoor and Vale"), their
 * board records by role only, for the `<system-board-profile>` story and tests. No organisation,
 * board or person here is real. The ODS codes are invented too ("ZZ…"), shaped as the Organisation
 * Data Service describes codes (1 to 9 letters and digits); any match with a real code is chance.
 */
import type { SharedBoardRecord, SharedSeat } from '../src/data/board-record.js';

const s = (role: string, membership: SharedSeat['membership'], side: SharedSeat['side'], background: SharedSeat['background'], extra: Partial<SharedSeat> = {}): SharedSeat =>
  ({ role, membership, side, background, ...extra });

const core = (medical = true, nursing = true): SharedSeat[] => [
  s('Chair', 'voting', 'non-executive', 'not-clinical'),
  s('Chief Executive', 'voting', 'executive', 'not-clinical'),
  s('Finance Director', 'voting', 'executive', 'not-clinical'),
  s('Medical Director', 'voting', 'executive', 'doctor', medical ? { registration: 'medical' } : {}),
  s('Chief Nurse', 'voting', 'executive', 'nurse', nursing ? { registration: 'nursing' } : {}),
  s('Non-executive Director', 'voting', 'non-executive', 'not-clinical'),
  s('Non-executive Director', 'voting', 'non-executive', 'not-clinical'),
];

const record = (name: string, odsCode: string, kind: SharedBoardRecord['organisation']['kind'], date: string, seats: SharedSeat[], ahpLead?: SharedBoardRecord['ahpLead']): SharedBoardRecord => ({
  format: 'clinical-leadership-board-profile',
  version: 1,
  organisation: { name, odsCode, kind },
  date,
  ...(ahpLead ? { ahpLead } : {}),
  seats,
  generator: 'fictional example data',
});

/** The eight organisations' latest records (fictional). */
export const SYSTEM_RECORDS: SharedBoardRecord[] = [
  record('Northmoor Teaching Hospitals NHS Foundation Trust (fictional)', 'ZZ101', 'foundation-trust', '2026-11-05', [
    ...core(),
    s('Non-executive Director', 'voting', 'non-executive', 'doctor'),
    s('Chief Allied Health Professional', 'attends', 'executive', 'ahp'),
    s('Chief Pharmacist', 'executive-team', 'executive', 'pharmacist'),
  ], 'attends'),
  record('Vale Community and Mental Health NHS Foundation Trust (fictional)', 'ZZ102', 'foundation-trust', '2026-10-22', [
    ...core(false, true),
    s('Director of Allied Health Professions and Psychological Professions', 'voting', 'executive', 'ahp'),
    s('Non-executive Director', 'voting', 'non-executive', 'social-worker'),
    s('Lead Psychologist', 'attends', 'executive', 'psychologist'),
  ], 'board-member'),
  record('Moorside Hospitals NHS Trust (fictional)', 'ZZ103', 'nhs-trust', '2026-11-12', [
    ...core(),
    s('Joint Director of Allied Health Professionals', 'attends', 'executive', 'ahp', { sharedWith: ['ZZ104'] }),
    s('Director of Midwifery', 'attends', 'executive', 'midwife'),
  ], 'attends'),
  record('Eastvale Hospitals NHS Trust (fictional)', 'ZZ104', 'nhs-trust', '2026-11-19', [
    ...core(),
    s('Joint Director of Allied Health Professionals', 'attends', 'executive', 'ahp', { sharedWith: ['ZZ103'] }),
    s('Lead Healthcare Scientist', 'executive-team', 'executive', 'healthcare-scientist'),
  ], 'attends'),
  record('Northmoor and Vale Ambulance Service NHS Trust (fictional)', 'ZZ105', 'nhs-trust', '2026-09-30', [
    ...core(),
    s('Director of Paramedicine', 'voting', 'executive', 'ahp'),
  ], 'reports-to-executive'),
  record('Riverside Children\'s Hospital NHS Foundation Trust (fictional)', 'ZZ106', 'foundation-trust', '2026-10-08', [
    ...core(),
    s('Non-executive Director', 'voting', 'non-executive', 'pharmacist'),
    s('Head of Therapies', 'executive-team', 'executive', 'ahp'),
  ], 'none'),
  record('Northmoor and Vale Integrated Care Board (fictional)', 'ZZQ01', 'icb', '2026-11-26', [
    s('Chair', 'voting', 'non-executive', 'not-clinical'),
    s('Chief Executive', 'voting', 'executive', 'not-clinical'),
    s('Chief Finance Officer', 'voting', 'executive', 'not-clinical'),
    s('Chief Medical Officer', 'voting', 'executive', 'doctor'),
    s('Chief Nursing Officer', 'voting', 'executive', 'nurse'),
    s('Partner Member (primary medical services)', 'voting', 'non-executive', 'doctor'),
    s('Chief Allied Health Professions Officer', 'attends', 'executive', 'ahp'),
  ], 'attends'),
  record('Hillcross Community Services (fictional)', 'ZZ108', 'other', '2026-08-14', [
    s('Chair', 'voting', 'non-executive', 'not-clinical'),
    s('Managing Director', 'voting', 'executive', 'ahp'),
    s('Director of Nursing', 'voting', 'executive', 'nurse'),
    s('Director of Finance', 'voting', 'executive', 'not-clinical'),
  ]),
];

/** An older record of Moorside (fictional): no shared AHP post yet. Shown as history. */
export const OLDER_RECORD: SharedBoardRecord = record('Moorside Hospitals NHS Trust (fictional)', 'ZZ103', 'nhs-trust', '2026-03-12', core(), 'none');

/** A file that is not a valid record: a bad ODS code and an unknown membership. */
export const INVALID_RECORD = {
  ...record('Westfield Hospital (fictional)', 'ZZ-109!', 'nhs-trust', '2026-11-01', core()),
  seats: [{ role: 'Chair', membership: 'sometimes', side: 'non-executive', background: 'not-clinical' }],
};

/** Files as a board would send them: name and text (JSON, as downloaded). */
export function systemFiles(): { name: string; text: string }[] {
  const file = (r: { organisation: { odsCode: string }; date: string }, name?: string) =>
    ({ name: name ?? `board-profile-${r.organisation.odsCode.toLowerCase()}-${r.date}.json`, text: JSON.stringify(r, null, 2) });
  return [
    ...SYSTEM_RECORDS.map((r) => file(r)),
    file(OLDER_RECORD),
    file(INVALID_RECORD, 'board-profile-westfield.json'),
    file(SYSTEM_RECORDS[0], 'board-profile-zz101-copy.json'),
  ];
}
