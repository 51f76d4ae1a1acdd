/**
 * The system view's words: the disciplines, kinds and AHP-lead answers as the board profile words
 * them, and dates. Shared by the page, the CSV and the Word document.
 */
import { KIND_LABELS, type Discipline, type OrganisationKind } from '../data/board-record.js';
import { formatPartialDate } from '../data/date.js';
import { statutory, statutoryText, disciplinesOf, type LeadAnswer, type OrgRecord } from './model.js';

export const DISCIPLINE_LABELS: Record<Discipline, string> = {
  doctor: 'Doctor (or dentist)',
  nurse: 'Nurse',
  midwife: 'Midwife',
  ahp: 'Allied health professional',
  pharmacist: 'Pharmacist',
  psychologist: 'Psychologist',
  'healthcare-scientist': 'Healthcare scientist',
  'social-worker': 'Social worker',
};

/** As the board profile asks it: has the organisation named a senior strategic AHP lead, and where does the post sit? */
export const LEAD_LABELS: Record<LeadAnswer, string> = {
  'board-member': 'Named; the lead is a board member',
  attends: 'Named; the lead attends the board',
  'reports-to-executive': 'Named; the lead reports to an executive director',
  elsewhere: 'Named; the post sits elsewhere',
  none: 'No senior strategic AHP lead named',
  'not-answered': 'Not answered',
};

export const kindText = (kind: OrganisationKind | undefined): string => (kind ? KIND_LABELS[kind] : 'Not stated');
export const dateText = (date: string): string => (date ? formatPartialDate(date) : 'No date');
export const orgName = (r: OrgRecord): string => (r.odsCode ? `${r.name} (${r.odsCode})` : r.name);

const list = (ds: readonly Discipline[]): string => (ds.length ? ds.map((d) => DISCIPLINE_LABELS[d]).join(', ') : 'None');

export type RowCells = Record<'name' | 'kind' | 'date' | 'voting' | 'board' | 'attends' | 'lead' | 'statutory' | 'shared', string>;
const rows = new WeakMap<OrgRecord, Map<number, RowCells>>();

/** One organisation's row as words (the page, the CSV and the Word document use the same); worked out once per record. */
export function rowCells(r: OrgRecord, shared: number): RowCells {
  const known = rows.get(r) ?? new Map<number, RowCells>();
  rows.set(r, known);
  const cached = known.get(shared);
  if (cached) return cached;
  const cells = cellsOf(r, shared);
  known.set(shared, cells);
  return cells;
}

function cellsOf(r: OrgRecord, shared: number): RowCells {
  const d = disciplinesOf(r.seats);
  const votingSeats = r.seats.filter((s) => s.membership === 'voting').length;
  return {
    name: orgName(r),
    kind: kindText(r.kind),
    date: dateText(r.date),
    voting: `${votingSeats} voting member${votingSeats === 1 ? '' : 's'}; ${list(d.voting)}`,
    board: list(d.board),
    attends: list(d.attends),
    lead: LEAD_LABELS[r.ahpLead ?? 'not-answered'],
    statutory: statutoryText(statutory(r)),
    shared: shared ? String(shared) : 'None',
  };
}

export const COLUMNS = [
  ['name', 'Organisation'],
  ['kind', 'Kind'],
  ['date', 'Record dated'],
  ['voting', 'Disciplines among voting members'],
  ['board', 'Among all board members'],
  ['attends', 'Attending'],
  ['lead', 'Senior strategic AHP lead'],
  ['statutory', 'Statutory seats (foundation trusts)'],
  ['shared', 'Posts shared with organisations in view'],
] as const;

/** The law behind the statutory check, as read, with its limits (research notes content-3 §6). */
export const STATUTORY_NOTE =
  'For NHS foundation trusts, the National Health Service Act 2006, Schedule 7, paragraph 16(2), as read in its version of 9 May 2022, ' +
  'requires one executive director who is a registered medical practitioner or registered dentist and another who is a registered nurse or registered midwife. ' +
  'The check reads each seat\'s recorded registration, not its background. It is not applied to other organisations: the rule for NHS trusts was not read. ' +
  'Whether later changes such as the 2026 Health Bill alter it is not known here.';

export const LEAD_NOTE =
  'As each board recorded it in its board profile. The recommendation is that trust boards consider appointing a senior strategic AHP lead; ' +
  'it does not say whether the lead sits on the board.';

export const NO_RANKING_NOTE =
  'Organisations are listed by name only. Nothing here ranks or scores them: each board decides its own make-up, and NHS guidance warns against ' +
  'red-amber-green reports and two-point comparisons.';
