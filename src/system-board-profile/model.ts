/**
 * The system view's model: organisations' board records (already checked, see read.ts) → the
 * footprint's counts and each organisation's own row. Pure, no DOM, no Lit, no valibot.
 *
 * No league table: nothing here ranks, scores or colours an organisation. Counts are of
 * organisations ("3 of 8 have an allied health professional among voting members") or of posts
 * (shared posts once); a share is added only when five or more organisations are in view.
 */
import {
  AHP_LEAD_POSTS, DISCIPLINES, odsKey, type AhpLeadPost, type Discipline, type Membership, type OrganisationKind, type SharedSeat,
} from '../data/board-record.js';

/** One organisation's record as read from one file (either format). */
export interface OrgRecord {
  /** The ODS code in upper case, or `file:<source>` when the file has none (the board profile's own download). */
  key: string;
  name: string;
  odsCode?: string;
  /** Left out in the board profile's own download unless it says foundation trust. */
  kind?: OrganisationKind;
  /** `YYYY-MM-DD`, or '' when the file does not say. */
  date: string;
  ahpLead?: AhpLeadPost;
  seats: SharedSeat[];
  /** The file name or URL it came from. */
  source: string;
  /** The record's content, for telling duplicates apart. */
  fingerprint: string;
}

export type ReadResult = { ok: true; record: OrgRecord } | { ok: false; source: string; error: string };

/** An organisation in view: its latest record and the older ones, newest first. */
export interface OrgView {
  record: OrgRecord;
  history: OrgRecord[];
}

export interface Footprint {
  orgs: OrgView[];
  /** One clear sentence per file not used (invalid or duplicate), each naming the file. */
  problems: string[];
}

/** Groups records by organisation: the latest date used, older ones kept as history, duplicates named. */
export function footprint(results: readonly ReadResult[]): Footprint {
  const problems: string[] = [];
  const byKey = new Map<string, OrgRecord[]>();
  for (const r of results) {
    if (!r.ok) {
      problems.push(`${r.source}: ${r.error}`);
      continue;
    }
    const list = byKey.get(r.record.key) ?? [];
    const same = list.find((x) => x.date === r.record.date || x.fingerprint === r.record.fingerprint);
    if (same) {
      const who = `${r.record.name}${r.record.odsCode ? ` (${r.record.odsCode})` : ''}`;
      problems.push(same.fingerprint === r.record.fingerprint
        ? `${r.record.source}: a duplicate of ${same.source} (the same record for ${who}); it was not loaded again.`
        : `${r.record.source}: a second record for ${who} dated ${r.record.date || 'with no date'}, as ${same.source} is; only ${same.source} is used.`);
      continue;
    }
    list.push(r.record);
    byKey.set(r.record.key, list);
  }
  const orgs = [...byKey.values()].map((list) => {
    const sorted = [...list].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    return { record: sorted[0], history: sorted.slice(1) };
  });
  return { orgs: sortByName(orgs, 'ascending'), problems };
}

export type SortDirection = 'ascending' | 'descending';

/** The one order the table offers: by name (the ODS code breaks ties). Never by any count. */
const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
export function sortByName(orgs: readonly OrgView[], direction: SortDirection): OrgView[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...orgs].sort((a, b) => sign * (collator.compare(a.record.name, b.record.name) || (a.record.key < b.record.key ? -1 : a.record.key > b.record.key ? 1 : 0)));
}

const ON_BOARD: readonly Membership[] = ['voting', 'non-voting'];

/** Which disciplines an organisation has, among voting members, all board members, and those attending. */
export function disciplinesOf(seats: readonly SharedSeat[]): Record<'voting' | 'board' | 'attends', Discipline[]> {
  const has = (test: (s: SharedSeat) => boolean) => DISCIPLINES.filter((d) => seats.some((s) => s.background === d && test(s)));
  return {
    voting: has((s) => s.membership === 'voting'),
    board: has((s) => ON_BOARD.includes(s.membership)),
    attends: has((s) => s.membership === 'attends'),
  };
}

export interface DisciplineRow {
  discipline: Discipline;
  voting: number;
  board: number;
  attends: number;
}

/** For each discipline, how many organisations have it among voting members, all board members and attending. */
export function disciplineCounts(orgs: readonly OrgView[]): DisciplineRow[] {
  const each = orgs.map((o) => disciplinesOf(o.record.seats));
  return DISCIPLINES.map((d) => ({
    discipline: d,
    voting: each.filter((x) => x.voting.includes(d)).length,
    board: each.filter((x) => x.board.includes(d)).length,
    attends: each.filter((x) => x.attends.includes(d)).length,
  }));
}

/** "3 of 8", with a share only when five or more organisations are in view. */
export function ofText(count: number, total: number): string {
  const base = `${count} of ${total}`;
  return total >= 5 ? `${base} (${Math.round((count / total) * 100)}%)` : base;
}

export type LeadAnswer = AhpLeadPost | 'not-answered';
export const LEAD_ANSWERS: readonly LeadAnswer[] = [...AHP_LEAD_POSTS, 'not-answered'];

/** How many organisations gave each answer about a senior strategic AHP lead. */
export function leadCounts(orgs: readonly OrgView[]): Record<LeadAnswer, number> {
  const counts = Object.fromEntries(LEAD_ANSWERS.map((a) => [a, 0])) as Record<LeadAnswer, number>;
  for (const o of orgs) counts[o.record.ahpLead ?? 'not-answered']++;
  return counts;
}

/**
 * The foundation-trust statutory check as the board profile makes it (NHS Act 2006, Sch. 7 para
 * 16(2)): a *registered* medical practitioner or dentist and a *registered* nurse or midwife among
 * the voting executive directors, read from each seat's registration, never its background.
 * `undefined` when the organisation is not a foundation trust (the rule read applies to them only).
 */
export type StatutoryResult = { state: 'both' } | { state: 'missing'; missing: ('medical' | 'nursing')[]; unrecorded: number };

export function statutory(record: OrgRecord): StatutoryResult | undefined {
  if (record.kind !== 'foundation-trust') return undefined;
  const execs = record.seats.filter((s) => s.side === 'executive' && s.membership === 'voting');
  const missing = (['medical', 'nursing'] as const).filter((r) => !execs.some((s) => s.registration === r));
  if (!missing.length) return { state: 'both' };
  const unrecorded = execs.filter((s) => !s.registration && (
    (missing.includes('medical') && s.background === 'doctor') || (missing.includes('nursing') && (s.background === 'nurse' || s.background === 'midwife')))).length;
  return { state: 'missing', missing, unrecorded };
}

const REG_WORDS = { medical: 'a registered medical practitioner or dentist', nursing: 'a registered nurse or midwife' } as const;

export function statutoryText(result: StatutoryResult | undefined): string {
  if (!result) return 'Does not apply (not a foundation trust)';
  if (result.state === 'both') return 'Both recorded among voting executive directors';
  const text = `No voting executive director recorded as ${result.missing.map((m) => REG_WORDS[m]).join(' or ')}`;
  return result.unrecorded ? `${text}; registration not recorded for ${result.unrecorded} seat${result.unrecorded === 1 ? '' : 's'} that could hold it` : text;
}

/** Seats across the footprint, by discipline and membership, with each shared post counted once. */
export interface SeatTotals {
  rows: { discipline: Discipline; voting: number; board: number; attends: number }[];
  /** Posts held jointly by two or more organisations in view, each counted once above. */
  sharedOnce: number;
  /** Seats marked shared whose partners' codes are not given (older files): counted in each organisation. */
  sharedUnknown: number;
}

export function seatTotals(orgs: readonly OrgView[]): SeatTotals {
  const inView = new Set(orgs.map((o) => o.record.odsCode && odsKey(o.record.odsCode)).filter(Boolean) as string[]);
  // A shared post's key: the organisations in view that hold it, its discipline and membership.
  // Each organisation names its partners, so both sides make the same key; a post is counted as
  // many times as the organisation with the most seats under that key has them.
  const perKey = new Map<string, Map<string, number>>();
  const counted: { background: SharedSeat['background']; membership: Membership; key?: string }[] = [];
  let sharedUnknown = 0;
  for (const { record } of orgs) {
    const own = record.odsCode ? odsKey(record.odsCode) : undefined;
    for (const seat of record.seats) {
      const partners = (seat.sharedWith ?? []).map(odsKey).filter((c) => inView.has(c) && c !== own);
      if ((seat.shared && !seat.sharedWith?.length)) sharedUnknown++;
      if (!own || !partners.length) {
        counted.push({ background: seat.background, membership: seat.membership });
        continue;
      }
      const key = [[own, ...partners].sort().join('+'), seat.background, seat.membership].join('|');
      const byOrg = perKey.get(key) ?? new Map<string, number>();
      byOrg.set(own, (byOrg.get(own) ?? 0) + 1);
      perKey.set(key, byOrg);
    }
  }
  let sharedOnce = 0;
  for (const [key, byOrg] of perKey) {
    const [, background, membership] = key.split('|');
    const posts = Math.max(...byOrg.values());
    if (byOrg.size > 1) sharedOnce += posts;
    // A post only one side lists is counted once per seat that side has.
    const times = byOrg.size > 1 ? posts : [...byOrg.values()][0];
    for (let i = 0; i < times; i++) counted.push({ background: background as SharedSeat['background'], membership: membership as Membership });
  }
  const rows = DISCIPLINES.map((d) => {
    const mine = counted.filter((c) => c.background === d);
    return {
      discipline: d,
      voting: mine.filter((c) => c.membership === 'voting').length,
      board: mine.filter((c) => ON_BOARD.includes(c.membership)).length,
      attends: mine.filter((c) => c.membership === 'attends').length,
    };
  });
  return { rows, sharedOnce, sharedUnknown };
}

/** The ODS codes in view, upper case. */
export function inViewCodes(orgs: readonly OrgView[]): Set<string> {
  return new Set(orgs.flatMap((o) => (o.record.odsCode ? [odsKey(o.record.odsCode)] : [])));
}

/** Posts an organisation shares with others in view (by their codes). */
export function sharedWithInView(record: OrgRecord, inView: ReadonlySet<string>): number {
  const own = record.odsCode ? odsKey(record.odsCode) : undefined;
  return record.seats.filter((s) => (s.sharedWith ?? []).some((c) => odsKey(c) !== own && inView.has(odsKey(c)))).length;
}
