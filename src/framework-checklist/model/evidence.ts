/**
 * Evidence kept with an answer (issue 31): links to where the evidence lives (a board paper, minutes,
 * a policy on the trust's intranet) and a short note. Pure, no DOM. The ceilings here are the ones
 * the evidence fields allow (maxlength) and the ones stored and imported records are read with, so
 * whatever can be typed can be read back.
 *
 * Evidence is about the organisation, never about a person: nothing about an individual's appraisal
 * or fit and proper person assessment belongs here (those are kept in the trust's HR records).
 */

/** One link: what it is, and where. */
export interface EvidenceLink {
  label: string;
  /** `https://…` or an address relative to the page (`/papers/board-2026-05.pdf`), as typed. */
  href: string;
}

export interface ChecklistEvidence {
  links: EvidenceLink[];
  /** A short note on the evidence; may be empty. */
  note: string;
}

export const MAX_EVIDENCE_LINKS = 10;
export const MAX_EVIDENCE_LABEL = 200;
export const MAX_EVIDENCE_HREF = 2000;
export const MAX_EVIDENCE_NOTE = 1000;

export const isEmptyEvidence = (e: ChecklistEvidence | undefined): boolean => !e || (!e.links.length && !e.note);

/**
 * Whether an evidence address can be kept: an `https://` address, or one relative to the page.
 * Spaces, control characters and backslashes are refused (browsers read `\\` as `//`, another
 * host); so is every other scheme (`http:`, `javascript:`, `data:` …) and `//host`. Widgets still
 * bind the address through `safeHref`. The evidence fields say why one is refused.
 */
export const isEvidenceHref = (href: string): boolean =>
  href.length <= MAX_EVIDENCE_HREF && /^(?=.)(?:https:\/\/(?=[^/])|(?![a-z][a-z0-9+.-]*:|\/\/))[^\u0000-\u0020\u007f-\u009f\\]*$/i.test(href);

const fits = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Reads stored or imported evidence: the evidence, `undefined` for none, or text saying what is wrong. */
export function readEvidence(value: unknown): ChecklistEvidence | undefined | string {
  if (value == null) return undefined;
  const { links = [], note = '' } = (typeof value === 'object' ? value : { note: 0 }) as { links?: { label?: unknown; href?: unknown }[]; note?: unknown };
  // One message for every way out of bounds: the fields never let a person type any of them.
  if (!Array.isArray(links) || links.length > MAX_EVIDENCE_LINKS || !fits(note, MAX_EVIDENCE_NOTE)
    || links.some((l) => !fits(l?.label ?? '', MAX_EVIDENCE_LABEL) || !fits(l.href, MAX_EVIDENCE_HREF) || !isEvidenceHref(l.href))) {
    return `evidence is not valid (at most ${MAX_EVIDENCE_LINKS} links, each with an https:// or relative address; a note of at most ${MAX_EVIDENCE_NOTE} characters)`;
  }
  const evidence = { links: links.map((l) => ({ label: (l.label ?? '') as string, href: l.href as string })), note };
  return isEmptyEvidence(evidence) ? undefined : evidence;
}

/** Plain text for files (CSV, Word): "Board minutes, May 2026 <https://…>", one link a line. */
export const evidenceLines = (evidence: ChecklistEvidence | undefined): string[] => (evidence?.links ?? []).map((l) => (l.label ? `${l.label} <${l.href}>` : l.href));
