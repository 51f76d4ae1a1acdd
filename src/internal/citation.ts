/**
 * A source as every widget cites it (card, explorer, checklist), in one wording:
 * "<cite>Title</cite>. Publisher, January 2019." The title links only when its URL passes the
 * allow-list; a source id the data set does not know is shown as readable text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/schema.js';
import { formatPartialDate } from '../data/date.js';
import { humanise } from './format.js';
import { safeHref } from './url.js';

export interface Citation {
  id: string;
  title: string;
  /** "NHS Improvement, January 2019": what follows the title. */
  details: string;
  /** The allow-listed address, or undefined (then the title is plain text). */
  href?: string;
  resolved: boolean;
}

/** One source as a citation; the URL only when it passes the allow-list. */
export function citationOf(id: string, source: Source | undefined): Citation {
  if (!source) return { id, title: humanise(id), details: '', resolved: false };
  const details = [source.publisher, source.date ? formatPartialDate(source.date) : undefined].filter(Boolean).join(', ');
  return { id, title: source.title, details, href: safeHref(source.url), resolved: true };
}

/** The inside of a list item: the title (a link when allowed), then ". Publisher, date." */
export function renderCitation(c: Citation): TemplateResult {
  return html`<cite>${c.href ? html`<a href=${c.href} rel="noopener">${c.title}</a>` : c.title}</cite>${c.details
      ? html`<span class="cl-secondary citation__details">${/[.!?]$/.test(c.title) ? ' ' : '. '}${c.details}.</span>`
      : nothing}`;
}
