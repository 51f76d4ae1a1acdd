/**
 * Turns a validated case study (and, when there is one, the data set it belongs to) into what the
 * card shows: names instead of ids, a citation per source, the date wording and the initials
 * (the card's model; the shared pieces are in internal/citation.ts, date.ts, format.ts and url.ts).
 * Ids that do not resolve are shown as readable text rather than dropped or thrown over.
 * Pure functions, no DOM: tested on their own.
 */
import { disciplineOf, type DatasetIndex } from '../data/lookup.js';
import type { CaseStudy, CaseStudyPartName } from '../data/schema.js';
import { citationOf, type Citation } from '../internal/citation.js';
import { datePhrase, formatPartialDate } from '../data/date.js';
import { AHP, humanise } from '../internal/format.js';
import { handleHref } from '../internal/url.js';

export interface Named {
  id: string;
  label: string;
  /** False when the id is not in the data set and `label` was made from the id. */
  resolved: boolean;
}

export interface CaseStudyView {
  caseStudy: CaseStudy;
  initials: string;
  profession: Named;
  discipline?: Named;
  isAhp: boolean;
  /** "2019", "January 2019", "15 November 2018". */
  asOf: string;
  /** "in 2019", "on 15 November 2018"; "in 2019 (date not shown; our inference)" when `asOfInferred`. */
  asOfPhrase: string;
  handle?: { text: string; href?: string };
  /** "The published case study could only be read in part: …", when its source did not give every part. */
  partialNotice?: string;
  barriers: Named[];
  enablers: Named[];
  sources: Citation[];
}

// The shared helpers the card's model is made of, re-exported for its tests and for custom cards.
export { AHP, citationOf, datePhrase, formatPartialDate, humanise, type Citation };
export { hrefFromTemplate } from '../internal/link-template.js';

const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'rev']);

/** Up to two initials from a name: first and last words, titles skipped. Letters only. */
export function initialsOf(name: string): string {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter((w) => w && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  const first = (w: string | undefined) => (w ? (Array.from(w).find((c) => /[\p{L}\p{N}]/u.test(c)) ?? '') : '');
  if (words.length === 0) return '';
  const a = first(words[0]);
  const b = words.length > 1 ? first(words[words.length - 1]) : '';
  // toUpperCase, not toLocaleUpperCase('en-GB'): the same for English, without loading locale data during page load.
  return (a + b).toUpperCase();
}

const PART_LABELS: Record<CaseStudyPartName, string> = {
  'journey-end': 'the rest of the journey',
  'turning-point': 'the turning point',
  barriers: 'the barriers met',
  enablers: 'what helped',
  support: 'the organisational support',
  'later-roles': 'later roles',
};

/** "a", "a and b", "a, b and c". */
export function listText(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Says which parts of a case study its source did not give, or undefined when nothing is missing. */
export function partialNoticeOf(parts: readonly CaseStudyPartName[] | undefined): string | undefined {
  const labels = [...new Set(parts ?? [])].map((p) => PART_LABELS[p]).filter(Boolean);
  if (!labels.length) return undefined;
  const text = listText(labels);
  return `The published case study could only be read in part: ${text} ${labels.length === 1 ? 'is' : 'are'} not included here.`;
}

/** "Read Rachel McKeown's journey". */
export function journeyLabel(name: string): string {
  return `Read ${name}\u2019s journey`;
}

function named<T extends { id: string }>(id: string, map: Map<string, T> | undefined, label: (r: T) => string): Named {
  const record = map?.get(id);
  return record ? { id, label: label(record), resolved: true } : { id, label: humanise(id), resolved: false };
}

/**
 * The handles were published by BAPO at the 2019 launch; whether they are still those people's
 * accounts is unknown, so they link only when the host opts in (`linkHandles`).
 */
export function viewOf(caseStudy: CaseStudy, index?: DatasetIndex, linkHandles = false): CaseStudyView {
  const profession = named(caseStudy.professionId, index?.professions, (p) => p.label);
  const disciplineRecord = index ? disciplineOf(index, caseStudy.professionId) : undefined;
  const discipline = disciplineRecord ? { id: disciplineRecord.id, label: disciplineRecord.label, resolved: true } : undefined;
  const handle = caseStudy.handle
    ? { text: caseStudy.handle, href: linkHandles ? handleHref(caseStudy.handle) : undefined }
    : undefined;
  return {
    caseStudy,
    initials: initialsOf(caseStudy.name),
    profession,
    discipline,
    isAhp: discipline?.id === AHP,
    asOf: formatPartialDate(caseStudy.asOf),
    asOfPhrase: datePhrase(caseStudy.asOf) + (caseStudy.asOfInferred ? ' (date not shown; our inference)' : ''),
    handle,
    partialNotice: partialNoticeOf(caseStudy.notGiven),
    barriers: caseStudy.barrierIds.map((id) => named(id, index?.barriers, (b) => b.title)),
    enablers: caseStudy.enablerIds.map((id) => named(id, index?.enablers, (e) => e.title)),
    sources: caseStudy.sourceIds.map((id) => citationOf(id, index?.sources.get(id))),
  };
}
