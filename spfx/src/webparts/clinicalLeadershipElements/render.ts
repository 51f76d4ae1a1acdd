/**
 * The web part's render code: web part properties in, our custom elements out. Kept free of SPFx
 * imports so the same module runs in the SharePoint page and in the CSP browser test
 * (scripts/test-spfx-render.mjs). Everything is made with DOM APIs (createElement, setAttribute,
 * textContent); nothing from properties or data is ever parsed as HTML. Each widget's code is a
 * lazy `import()`, which webpack turns into a chunk inside the .sppkg (ClientSideAssets), so a
 * page only downloads the widget it shows and SharePoint's CSP allows every chunk.
 */

import { LOADERS, OPTIONS, WIDGETS, WIDGET_LABELS, type Widget } from './widgets.generated';

// The widget tables (which widgets, their labels, options and code) are generated from the
// library's widget table and manifest (scripts/gen-glue.mjs); render.ts keeps the checks.
export { OPTIONS, WIDGETS, WIDGET_LABELS, type Widget };

/** The web part's persisted properties (all optional: a page may hold an older or hand-edited set). */
export interface ClinicalLeadershipProperties {
  widget?: string;
  caseId?: string;
  variant?: string;
  headingLevel?: number | string;
  heading?: string;
  storageKey?: string;
  pageSize?: number | string;
  dataUrl?: string;
  organisation?: string;
  foundationTrust?: boolean;
}

const CASE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const STORAGE_KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
const MAX_TEXT = 120;

export const isWidget = (value: unknown): value is Widget => typeof value === 'string' && (WIDGETS as readonly string[]).includes(value);

/**
 * Checks a data-set file URL: relative, or absolute on the page's own origin, over https (http only
 * on localhost). Returns the absolute URL, or an error sentence for the property pane.
 */
export function checkDataUrl(value: string | undefined, pageUrl: string): { url?: string; error?: string } {
  const text = (value ?? '').trim();
  if (!text) return {};
  if (text.length > 2000) return { error: 'The data-set address is too long.' };
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(text, page);
  } catch {
    return { error: 'The data-set address is not a valid URL.' };
  }
  if (url.origin !== page.origin) {
    return { error: `The data-set file must be in this SharePoint site's domain (${page.origin}), e.g. /sites/intranet/Shared Documents/leadership-data.json.` };
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) return { error: 'The data-set address must use https.' };
  if (url.username || url.password) return { error: 'The data-set address must not contain a user name or password.' };
  return { url: url.href };
}

/** One error sentence for a property value, or '' when it is fine (used by the property pane and by render). */
export function checkProperty(name: keyof ClinicalLeadershipProperties, value: unknown, pageUrl: string): string {
  const text = typeof value === 'string' ? value.trim() : value;
  if (text === undefined || text === null || text === '') return '';
  switch (name) {
    case 'widget':
      return isWidget(text) ? '' : `Unknown widget "${String(text).slice(0, 60)}". Choose one of: ${WIDGETS.join(', ')}.`;
    case 'caseId':
      return typeof text === 'string' && CASE_ID.test(text) ? '' : 'A case study id is lower-case letters, digits and hyphens, e.g. rachel-mckeown.';
    case 'variant':
      return text === 'compact' || text === 'full' ? '' : 'The variant is "compact" or "full".';
    case 'headingLevel': {
      const n = Number(text);
      return Number.isInteger(n) && n >= 2 && n <= 6 ? '' : 'The heading level is a whole number from 2 to 6.';
    }
    case 'pageSize': {
      const n = Number(text);
      return Number.isInteger(n) && n >= 1 && n <= 200 ? '' : 'The page size is a whole number from 1 to 200.';
    }
    case 'storageKey':
      return typeof text === 'string' && STORAGE_KEY.test(text) ? '' : 'A storage key is up to 80 letters, digits, dots, colons, hyphens or underscores, e.g. board-2026.';
    case 'heading':
    case 'organisation':
      return typeof text === 'string' && text.length <= MAX_TEXT ? '' : `Keep this under ${MAX_TEXT} characters.`;
    case 'dataUrl':
      return checkDataUrl(String(text), pageUrl).error ?? '';
    case 'foundationTrust':
      return typeof text === 'boolean' ? '' : 'Foundation trust is on or off.';
  }
}

export interface RenderPlan {
  widget: Widget;
  /** Attribute name → value for the widget element, already checked. */
  attributes: [string, string][];
  /** The absolute data-set URL, when the widget is wrapped in <clinical-leadership-data>. */
  dataUrl?: string;
  /** Error sentences for properties that were ignored. */
  errors: string[];
}

const ATTRIBUTE: Partial<Record<keyof ClinicalLeadershipProperties, string>> = {
  caseId: 'case-id',
  headingLevel: 'heading-level',
  heading: 'heading',
  storageKey: 'storage-key',
  pageSize: 'page-size',
  organisation: 'organisation',
};

/** Pure: maps properties to the element to create. Invalid options are dropped with an error sentence; the widget then uses its default. */
export function plan(props: ClinicalLeadershipProperties, pageUrl: string): RenderPlan | { error: string } {
  // A hand-edited page or a script may store anything here: never call a method on it.
  const given: unknown = props.widget ?? 'case-study-gallery';
  const widget = typeof given === 'string' ? given.trim() : '';
  if (!isWidget(widget)) {
    return { error: typeof given === 'string' ? checkProperty('widget', widget, pageUrl) : `The widget property is not text. Choose one of: ${WIDGETS.join(', ')}.` };
  }
  const attributes: [string, string][] = [];
  const errors: string[] = [];
  let dataUrl: string | undefined;
  for (const name of OPTIONS[widget]) {
    const raw = props[name];
    if (raw === undefined || raw === null || raw === '' || raw === false) continue;
    const error = checkProperty(name, raw, pageUrl);
    if (error) {
      errors.push(error);
      continue;
    }
    const value = typeof raw === 'string' ? raw.trim() : String(raw);
    if (name === 'dataUrl') dataUrl = checkDataUrl(value, pageUrl).url;
    else if (name === 'variant') attributes.push([widget === 'case-study-gallery' ? 'card-variant' : 'variant', value]);
    else if (name === 'foundationTrust') attributes.push(['foundation-trust', '']);
    else attributes.push([ATTRIBUTE[name]!, value]);
  }
  if (widget === 'case-study-card' && !attributes.some(([n]) => n === 'case-id')) errors.push('Choose a case study for this web part in its property pane.');
  return { widget, attributes, dataUrl, errors };
}

function message(doc: Document, text: string, role: 'alert' | 'status'): HTMLElement {
  const p = doc.createElement('p');
  p.setAttribute('role', role);
  p.className = 'cl-spfx-message';
  p.textContent = text;
  return p;
}

/**
 * Renders the widget into `host`, replacing what was there. Never throws: a bad property shows an
 * accessible message, and one console warning per render names what was ignored. Resolves once
 * the widget's code has loaded (or failed to).
 */
export async function render(host: HTMLElement, props: ClinicalLeadershipProperties, pageUrl: string): Promise<void> {
  const doc = host.ownerDocument;
  const result = plan(props, pageUrl);
  if ('error' in result) {
    host.replaceChildren(message(doc, result.error, 'alert'));
    console.warn(`clinical-leadership-elements web part: ${result.error}`);
    return;
  }
  const element = doc.createElement(result.widget);
  for (const [name, value] of result.attributes) element.setAttribute(name, value);
  let root: HTMLElement = element;
  if (result.dataUrl) {
    root = doc.createElement('clinical-leadership-data');
    root.setAttribute('src', result.dataUrl);
    root.append(element);
  }
  const nodes: Node[] = [root];
  if (result.errors.length) {
    nodes.unshift(message(doc, `Some settings of this web part were ignored: ${result.errors.join(' ')}`, 'status'));
    console.warn(`clinical-leadership-elements web part: ${result.errors.join(' ')}`);
  }
  host.replaceChildren(...nodes);
  try {
    await Promise.all([LOADERS[result.widget](), result.dataUrl ? LOADERS['clinical-leadership-data']() : undefined]);
  } catch (error) {
    host.replaceChildren(message(doc, 'The clinical leadership widget could not load. Reload the page to try again.', 'alert'));
    console.warn('clinical-leadership-elements web part: a widget chunk failed to load.', error);
  }
}
