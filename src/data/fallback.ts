/**
 * No-JavaScript fallback content for a widget, as plain semantic HTML built from a data set: what a
 * page shows where scripts are blocked or fail, and what the widget hides once it upgrades (its
 * shadow root has no slot for it). The Embed builder writes it into snippets; a CMS plugin can call
 * it too. Only headings, paragraphs, lists, `strong` and links: what CMS sanitisers keep. Every
 * text is escaped; nothing from the data becomes markup.
 */
import type { Dataset } from './schema.js';
import { formatPartialDate } from './date.js';
import { isWidgetTag, type WidgetTag } from './widgets.js';

const escape = (text: unknown): string =>
  String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const level = (value: unknown, fallback: number): number => {
  const n = Math.trunc(Number(value));
  return n >= 2 && n <= 6 ? n : fallback;
};
const h = (n: number, text: string) => `<h${n}>${escape(text)}</h${n}>`;
const NEEDS_JS = 'This part of the page needs JavaScript to work; what follows is a plain summary.';

type Builder = (attributes: Record<string, string>, data: Dataset) => string;

/**
 * One builder per row of the widget table (src/data/widgets.ts): typed by it, so a widget
 * without fallback content does not compile.
 */
const BUILDERS: Record<WidgetTag, Builder> = {
  'case-study-card': (attributes, data) => {
    const cs = data.caseStudies.find((c) => c.id === attributes['case-id']);
    if (!cs) return '';
    const when = formatPartialDate(cs.asOf);
    return [
      h(level(attributes['heading-level'], 3), cs.name),
      `<p><strong>${escape(cs.role)}</strong>, ${escape(cs.organisation)} (in ${escape(when)})</p>`,
      `<p>${escape(cs.summary)}</p>`,
    ].join('\n');
  },
  'case-study-gallery': (attributes, data) => {
    const n = level(attributes['heading-level'], 2);
    return [
      h(n, attributes.heading || 'Case studies'),
      '<ul>',
      ...data.caseStudies.map((c) => `<li><strong>${escape(c.name)}</strong>: ${escape(c.summary)}</li>`),
      '</ul>',
    ].join('\n');
  },
  'framework-checklist': (attributes, data) => {
    const n = level(attributes['heading-level'], 2);
    const parts = [h(n, 'Clinical leadership self-assessment'), `<p>${escape(NEEDS_JS)} Its prompts, by framework element:</p>`];
    for (const element of data.elements) {
      const prompts = data.checklistPrompts.filter((p) => p.elementId === element.id);
      if (!prompts.length) continue;
      parts.push(h(Math.min(n + 1, 6), element.title), '<ul>', ...prompts.map((p) => `<li>${escape(p.text)}</li>`), '</ul>');
    }
    return parts.join('\n');
  },
  'barrier-explorer': (attributes, data) => {
    const n = level(attributes['heading-level'], 3);
    return [
      h(n, 'Barriers clinicians meet on the way into senior leadership'),
      '<ul>',
      ...data.barriers.map((b) => `<li>${escape(b.title)}</li>`),
      '</ul>',
    ].join('\n');
  },
  'board-profile': (attributes) =>
    [
      h(level(attributes['heading-level'], 2), 'Board profile'),
      `<p>${escape(NEEDS_JS)} It lets you list the seats at and around your board by role (no names) and see the board's professional mix against the framework's eight disciplines.</p>`,
    ].join('\n'),
  'system-board-profile': (attributes) =>
    [
      h(level(attributes['heading-level'], 2), attributes.heading || 'Boards across the system'),
      `<p>${escape(NEEDS_JS)} It shows several boards' professional mix side by side, from the board profile files each board agreed to share.</p>`,
    ].join('\n'),
};

/**
 * Fallback HTML for `widget` with the attributes it is given (`case-id`, `heading-level`,
 * `heading`…). Returns an empty string for the provider or an unknown widget.
 */
export function fallbackHtml(widget: string, attributes: Record<string, string>, data: Dataset): string {
  return isWidgetTag(widget) ? BUILDERS[widget](attributes, data) : '';
}
