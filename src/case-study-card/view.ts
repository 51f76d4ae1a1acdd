/**
 * Turns a validated case study (and, when there is one, the data set it belongs to) into what the
 * card shows: names instead of ids, a citation per source, the date wording and the initials.
 * Ids that do not resolve are shown as readable text rather than dropped or thrown over.
 * Pure functions, no DOM: tested on their own.
 */
import { disciplineOf, type DatasetIndex } from '../data/lookup.js';
import type { CaseStudy, Source } from '../data/schema.js';
import { handleHref, safeHref } from '../internal/url.js';

/** The discipline id of allied health professionals in the data model. */
export const AHP = 'ahp';

export interface Named {
  id: string;
  label: string;
  /** False when the id is not in the data set and `label` was made from the id. */
  resolved: boolean;
}

export interface Citation {
  id: string;
  title: string;
  /** "NHS Improvement, January 2019": what follows the title. */
  details: string;
  /** The allow-listed address, or undefined (then the title is plain text). */
  href?: string;
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
  /** "in 2019", "on 15 November 2018". */
  asOfPhrase: string;
  handle?: { text: string; href?: string };
  barriers: Named[];
  enablers: Named[];
  sources: Citation[];
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2019" → "2019", "2019-01" → "January 2019", "2018-11-15" → "15 November 2018". Anything else as given. */
export function formatPartialDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "in 2019", "in January 2019", "on 15 November 2018". */
export function datePhrase(value: string): string {
  const text = formatPartialDate(value);
  return `${/^\d{1,2} /.test(text) ? 'on' : 'in'} ${text}`;
}

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
  return (a + b).toLocaleUpperCase('en-GB');
}

/** "clinical-psychologist" → "Clinical psychologist": a readable stand-in for an id that did not resolve. */
export function humanise(id: string): string {
  const text = id.replace(/[-_]+/g, ' ').trim();
  return text ? text[0].toLocaleUpperCase('en-GB') + text.slice(1) : id;
}

/** "Read Rachel McKeown's journey". */
export function journeyLabel(name: string): string {
  return `Read ${name}\u2019s journey`;
}

function named<T extends { id: string }>(id: string, map: Map<string, T> | undefined, label: (r: T) => string): Named {
  const record = map?.get(id);
  return record ? { id, label: label(record), resolved: true } : { id, label: humanise(id), resolved: false };
}

/** One source as a citation; the URL only when it passes the allow-list. */
export function citationOf(id: string, source: Source | undefined): Citation {
  if (!source) return { id, title: humanise(id), details: '', resolved: false };
  const details = [source.publisher, source.date ? formatPartialDate(source.date) : undefined].filter(Boolean).join(', ');
  return { id, title: source.title, details, href: safeHref(source.url), resolved: true };
}

export function viewOf(caseStudy: CaseStudy, index?: DatasetIndex): CaseStudyView {
  const profession = named(caseStudy.professionId, index?.professions, (p) => p.label);
  const disciplineRecord = index ? disciplineOf(index, caseStudy.professionId) : undefined;
  const discipline = disciplineRecord ? { id: disciplineRecord.id, label: disciplineRecord.label, resolved: true } : undefined;
  const handle = caseStudy.handle ? { text: caseStudy.handle, href: handleHref(caseStudy.handle) } : undefined;
  return {
    caseStudy,
    initials: initialsOf(caseStudy.name),
    profession,
    discipline,
    isAhp: discipline?.id === AHP,
    asOf: formatPartialDate(caseStudy.asOf),
    asOfPhrase: datePhrase(caseStudy.asOf),
    handle,
    barriers: caseStudy.barrierIds.map((id) => named(id, index?.barriers, (b) => b.title)),
    enablers: caseStudy.enablerIds.map((id) => named(id, index?.enablers, (e) => e.title)),
    sources: caseStudy.sourceIds.map((id) => citationOf(id, index?.sources.get(id))),
  };
}

/** A link address from a template such as "/barriers/{id}", allow-listed; undefined when unusable. */
export function hrefFromTemplate(template: string | null | undefined, id: string): string | undefined {
  if (!template || !template.includes('{id}')) return undefined;
  return safeHref(template.split('{id}').join(encodeURIComponent(id)));
}
