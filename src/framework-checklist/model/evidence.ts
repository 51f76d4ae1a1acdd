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
 * Why an evidence address cannot be kept, or `undefined` when it can: an `https://` address, or one
 * relative to the page. Spaces, control characters and backslashes are refused (browsers read `\\`
 * as `//`, another host); so is every other scheme (`http:`, `javascript:`, `data:` …). Widgets still
 * bind the address through `safeHref`.
 */
export function evidenceHrefError(href: string): string | undefined {
  if (!href) return 'Enter the address of the evidence';
  if (href.length > MAX_EVIDENCE_HREF) return `The address must be ${MAX_EVIDENCE_HREF} characters or fewer`;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.test(href);
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(href) || (scheme ? !/^https:\/\/[^/]/i.test(href) : href.startsWith('//'))) {
    return 'The address must start with https:// or be an address on your intranet, such as /papers/board-minutes.pdf';
  }
  return undefined;
}

const text = (v: unknown, max: number, name: string): string => {
  if (typeof v !== 'string') throw `${name} must be text`;
  if (v.length > max) throw `${name} is longer than ${max} characters`;
  return v;
};

/** Reads stored or imported evidence: the evidence, `undefined` for none, or text saying what is wrong. */
export function readEvidence(value: unknown): ChecklistEvidence | undefined | string {
  if (value === undefined || value === null) return undefined;
  try {
    const { links = [], note = '' } = value as { links?: unknown; note?: unknown };
    if (!Array.isArray(links) || links.length > MAX_EVIDENCE_LINKS) throw `links must be a list of at most ${MAX_EVIDENCE_LINKS}`;
    const read = links.map((l: { label?: unknown; href?: unknown }, i) => {
      const href = text(l?.href, MAX_EVIDENCE_HREF, `link ${i + 1}'s address`);
      const problem = evidenceHrefError(href);
      if (problem) throw `link ${i + 1}'s address is not allowed`;
      return { label: text(l.label ?? '', MAX_EVIDENCE_LABEL, `link ${i + 1}'s label`), href };
    });
    const evidence = { links: read, note: text(note, MAX_EVIDENCE_NOTE, 'note') };
    return isEmptyEvidence(evidence) ? undefined : evidence;
  } catch (problem) {
    return `evidence: ${typeof problem === 'string' ? problem : 'is not valid'}`;
  }
}

/** Plain text for files (CSV, Word): "Board minutes, May 2026 <https://…>", one link a line. */
export const evidenceLines = (evidence: ChecklistEvidence | undefined): string[] => (evidence?.links ?? []).map((l) => (l.label ? `${l.label} <${l.href}>` : l.href));
