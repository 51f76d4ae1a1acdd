/**
 * Reads the embed page's query string as strictly as the `<div data-cl-widget>` mount reads
 * `data-*` attributes (it uses the same rules, from internal/mount.ts), and a little more: a query
 * string comes from a URL somebody typed, so every mistake is reported instead of dropped.
 *
 *   ?widget=case-study-gallery&page-size=6                 one widget, its attributes
 *   &data=/documents/leadership-data.json                  your own data set (a provider around it)
 *   &parent-origin=https://intranet.example.nhs.uk         the only page told the frame's height
 *
 * The page trusts its own origin only: `data` and every link template (`barrier-href`, `docs-href`,
 * any `*-href`) must be relative or on the page's own origin, unless the deployer lists other
 * origins in the copied page (`<meta name="cl-embed-allow-origins" content="https://a.example">`).
 * Otherwise a link to the trust's own page could show someone else's words, links or prompt
 * wording under the trust's name (and over the board's real saved answers).
 */
import { BLOCKED_ATTRIBUTE, SAFE_ATTRIBUTE } from '../internal/mount.js';
import { WIDGET_TAGS, type WidgetTag } from '../data/widgets.js';

/** Every widget of the table, not the provider, which shows nothing on its own (the `data` parameter adds one). */
export const EMBEDDABLE = WIDGET_TAGS;
export type EmbeddableWidget = WidgetTag;

/** Parameters of the page itself; every other one is an attribute of the widget. */
export const RESERVED = ['widget', 'data', 'parent-origin'] as const;
const MAX_VALUE = 2000;

export interface EmbedPlan {
  widget: EmbeddableWidget;
  /** Attribute name and value pairs, in the query's order (names checked against the widget later). */
  attributes: [string, string][];
  /** The data set's URL, for a `<clinical-leadership-data src>` around the widget. */
  data?: string;
  /** Where height messages go: one origin, or `*` (they carry nothing but a number). */
  parentOrigin: string;
}

export type QueryResult = { ok: true; plan: EmbedPlan } | { ok: false; problems: string[] };

const quote = (s: string) => `"${s.slice(0, 60)}"`;
/** The mount's rule for `data-*` names: lower-case plain words, never `on…`, `style`, `is`, `slot`, `part`. */
export const isSafeAttribute = (name: string): boolean => SAFE_ATTRIBUTE.test(name) && !BLOCKED_ATTRIBUTE.test(name);

function httpUrl(value: string, base: string): URL | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A setting that is a link or link template, held to the page's origins like `data`. */
export const isLinkSetting = (name: string): boolean => name.endsWith('-href');

/** The name of the `<meta>` in the copied index.html that lists other origins the page may use. */
export const ALLOW_META = 'cl-embed-allow-origins';

/**
 * The origins a deployer allows besides the page's own: the `<meta name="cl-embed-allow-origins">`
 * content, origins separated by spaces (`https://a.example https://b.example`). An entry that is
 * not an http(s) origin is a problem (a typo must not silently allow nothing, or something else).
 */
export function readAllowList(content: string | null | undefined): { origins: string[]; problems: string[] } {
  const origins: string[] = [];
  const problems: string[] = [];
  for (const entry of (content ?? '').split(/\s+/).filter(Boolean)) {
    const url = httpUrl(entry, 'https://invalid.invalid/');
    if (url && url.origin === entry.replace(/\/$/, '')) origins.push(url.origin);
    else problems.push(`The page's ${ALLOW_META} list has ${quote(entry)}, which is not an origin such as https://intranet.example.nhs.uk.`);
  }
  return { origins, problems };
}

/**
 * The plan for `search` (a `location.search`), or every problem with it. `base` is the page's own
 * address; `allow` the content of its `cl-embed-allow-origins` meta, if any.
 */
export function readQuery(search: string, base: string, allow?: string | null): QueryResult {
  const params = new URLSearchParams(search);
  const allowList = readAllowList(allow);
  const problems: string[] = [...allowList.problems];
  const own = new URL(base).origin;
  const trusted = (url: URL) => url.origin === own || allowList.origins.includes(url.origin);
  const where = `this page's own site (${own})${allowList.origins.length ? ` or ${allowList.origins.join(', ')}` : ''}`;
  const seen = new Set<string>();
  const attributes: [string, string][] = [];
  let widget = '';
  let data: string | undefined;
  let parentOrigin = '*';
  for (const [name, value] of params) {
    if (seen.has(name)) {
      problems.push(`The parameter ${quote(name)} is given more than once.`);
      continue;
    }
    seen.add(name);
    if (value.length > MAX_VALUE) {
      problems.push(`The parameter ${quote(name)} is longer than ${MAX_VALUE} characters.`);
      continue;
    }
    if (name === 'widget') widget = value.trim().toLowerCase();
    else if (name === 'data') {
      const url = httpUrl(value.trim(), base);
      if (!url) problems.push(`The data parameter must be an http(s) address of a JSON file, not ${quote(value)}.`);
      else if (!trusted(url)) problems.push(`The data parameter must be an address on ${where}, not ${quote(value)}.`);
      else data = url.href;
    } else if (name === 'parent-origin') {
      const url = httpUrl(value.trim(), base);
      if (url && url.origin === value.trim().replace(/\/$/, '')) parentOrigin = url.origin;
      else problems.push(`The parent-origin parameter must be an origin such as https://intranet.example.nhs.uk, not ${quote(value)}.`);
    } else if (isSafeAttribute(name) && isLinkSetting(name)) {
      // The widget allow-lists schemes itself; the page also holds the link's site to its own.
      const url = httpUrl(value.trim(), base);
      if (url && trusted(url)) attributes.push([name, value]);
      else problems.push(`The ${name} parameter must be a relative address or one on ${where}, not ${quote(value)}.`);
    } else if (isSafeAttribute(name)) attributes.push([name, value]);
    else problems.push(`The parameter ${quote(name)} cannot be a widget setting (settings are lower-case words such as case-id; never event handlers or styles).`);
  }
  if (!seen.has('widget')) problems.unshift(`The address names no widget: add ?widget= and one of ${EMBEDDABLE.join(', ')}.`);
  else if (!(EMBEDDABLE as readonly string[]).includes(widget)) {
    problems.unshift(`The widget ${quote(widget)} does not exist. Known widgets: ${EMBEDDABLE.join(', ')}.`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, plan: { widget: widget as EmbeddableWidget, attributes, data, parentOrigin } };
}

/** Attribute names the widget's class does not observe (typos such as `pagesize`). */
export function unknownAttributes(plan: EmbedPlan, observed: readonly string[]): string[] {
  return plan.attributes
    .filter(([name]) => !observed.includes(name))
    .map(([name]) => `<${plan.widget}> has no setting called ${quote(name)}. Its settings: ${observed.join(', ')}.`);
}
