/**
 * Shared machinery for the hardening suites (issue 8): the global payload trap, page-error
 * listeners, deep (shadow-piercing) queries, the rendered-markup checks (tags, event-handler
 * attributes, URL schemes), each widget's state, settling nested Lit updates, "poke everything"
 * interaction, and the focus helpers for the keyboard journeys.
 */
import type { ReactiveElement } from 'lit';

export const WIDGET_TAGS = ['case-study-card', 'case-study-gallery', 'framework-checklist', 'barrier-explorer'] as const;
export const PROVIDER_TAG = 'clinical-leadership-data';
export type WidgetTag = (typeof WIDGET_TAGS)[number];

declare global {
  interface Window {
    __pwned?: (what?: unknown) => void;
  }
}

// ---------------------------------------------------------------------------------------------
// The trap: anything a payload manages to run calls one of these.

export interface Trap {
  hits: string[];
  /** Navigations and downloads the guard stopped (allowed links clicked during the sweep). */
  stopped: string[];
  restore(): void;
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** True when the browser would resolve `value` to an allowed scheme (https, http, mailto, relative). */
export function allowedUrl(value: string): boolean {
  try {
    return ALLOWED_SCHEMES.has(new URL(value, document.baseURI).protocol);
  } catch {
    return false; // an address the browser cannot parse is not one a widget should have bound
  }
}

/**
 * Installs `window.__pwned`, traps `alert`/`confirm`/`prompt`, stubs `print`, and guards the page
 * from leaving: a click on an allowed link, a download link, a file input or a form submission is
 * cancelled (recorded in `stopped`); a click on anything else is let through so that a
 * `javascript:` URL, if one were ever bound, would run and trip the trap.
 */
export function installTrap(): Trap {
  const hits: string[] = [];
  const stopped: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt, print: w.print, pwned: w.__pwned };
  const hit = (what: string) => (...args: unknown[]) => {
    hits.push(`${what}(${args.map(String).join(', ')})`);
    return undefined;
  };
  w.__pwned = hit('__pwned');
  w.alert = hit('alert');
  w.confirm = hit('confirm');
  w.prompt = hit('prompt');
  w.print = () => stopped.push('print');
  const onClick = (event: Event) => {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLInputElement && node.type === 'file') {
        event.preventDefault();
        stopped.push('file picker');
        return;
      }
      if (node instanceof HTMLAnchorElement || node instanceof SVGAElement) {
        const href = node instanceof HTMLAnchorElement ? node.getAttribute('href') : node.getAttribute('href') ?? node.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
        if (node instanceof HTMLAnchorElement && node.hasAttribute('download')) {
          event.preventDefault();
          stopped.push(`download ${node.download}`);
        } else if (href !== null && allowedUrl(href)) {
          event.preventDefault();
          stopped.push(href);
        }
        return;
      }
    }
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    stopped.push('form submission');
  };
  window.addEventListener('click', onClick, true);
  window.addEventListener('submit', onSubmit, true);
  return {
    hits,
    stopped,
    restore() {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('submit', onSubmit, true);
      w.alert = saved.alert;
      w.confirm = saved.confirm;
      w.prompt = saved.prompt;
      w.print = saved.print;
      w.__pwned = saved.pwned;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Errors that reach the host page.

export interface PageErrors {
  errors: string[];
  rejections: string[];
  readonly all: string[];
  clear(): void;
  stop(): void;
}

export function watchPageErrors(): PageErrors {
  const errors: string[] = [];
  const rejections: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error?.stack ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(String((e.reason as Error)?.stack ?? e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    rejections,
    get all() {
      return [...errors.map((e) => `uncaught: ${e}`), ...rejections.map((r) => `unhandled rejection: ${r}`)];
    },
    clear() {
      errors.length = 0;
      rejections.length = 0;
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Replaces console.warn while `run` is active (widgets warn once per problem; fuzzing makes many). */
export function muteWarnings(): { count: () => number; restore: () => void } {
  let n = 0;
  const original = console.warn;
  console.warn = () => {
    n++;
  };
  return { count: () => n, restore: () => (console.warn = original) };
}

// ---------------------------------------------------------------------------------------------
// Deep queries.

/** Every shadow root at or under `root`, nested ones included. */
export function shadowRoots(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (node: Node) => {
    const elements = node instanceof Element || node instanceof DocumentFragment || node instanceof Document ? (node as ParentNode).querySelectorAll('*') : [];
    if (node instanceof Element && node.shadowRoot) {
      out.push(node.shadowRoot);
      visit(node.shadowRoot);
    }
    for (const el of Array.from(elements)) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(root);
  return out;
}

/** Elements matching `selector` in `root` and every shadow root under it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Node, selector: string): T[] {
  const scopes: ParentNode[] = [root as ParentNode, ...shadowRoots(root)];
  const out: T[] = [];
  for (const scope of scopes) {
    if (scope instanceof Element && scope.matches(selector)) out.push(scope as unknown as T);
    out.push(...Array.from(scope.querySelectorAll<T>(selector)));
  }
  return out;
}

/** Text of an element's shadow tree and every nested shadow tree, in document order. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(el.shadowRoot ?? el);
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// What the widgets render, and nothing else.

/** Every tag the widgets render in their shadow roots. Anything else was injected. */
export const RENDERED_TAGS = new Set([
  'a', 'article', 'br', 'button', 'case-study-card', 'cite', 'code', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'form', 'h2', 'h3', 'h4', 'h5', 'h6', 'input', 'label', 'legend', 'li', 'ol', 'p', 'progress', 'section', 'slot',
  'span', 'strong', 'summary', 'table', 'tbody', 'td', 'textarea', 'th', 'thead', 'tr', 'ul',
]);

/** Attributes that carry a URL the browser may follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'srcset', 'srcdoc', 'codebase', 'cite', 'longdesc'];

/**
 * Problems with what is rendered in every shadow root under `root`: unexpected tags, event-handler
 * or style attributes, and URL attributes with a scheme that is not allowed.
 */
export function markupProblems(root: Node): string[] {
  const problems: string[] = [];
  for (const scope of shadowRoots(root)) {
    const host = scope.host.localName;
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      const tag = el.localName;
      if (!RENDERED_TAGS.has(tag)) problems.push(`<${host}> renders an unexpected <${tag}>`);
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${host}> renders a <${tag}> in ${el.namespaceURI}`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${host}> <${tag}> has an event-handler attribute ${name}="${attr.value.slice(0, 60)}"`);
        if (name === 'style') problems.push(`<${host}> <${tag}> has a style attribute`);
        if (name === 'srcdoc') problems.push(`<${host}> <${tag}> has srcdoc`);
        const isUrl = URL_ATTRIBUTES.includes(name) || (attr.namespaceURI === 'http://www.w3.org/1999/xlink' && attr.localName === 'href');
        if (isUrl && name !== 'cite' && !allowedUrl(attr.value)) {
          problems.push(`<${host}> <${tag} ${attr.name}="${attr.value.slice(0, 80)}"> carries a scheme that is not allowed`);
        }
      }
    }
  }
  return problems;
}

/** The light DOM a mount or a provider leaves around the widgets: only these tags. */
export function lightDomProblems(root: Element, allowed = ['div', 'p', ...WIDGET_TAGS, PROVIDER_TAG]): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!allowed.includes(el.localName)) problems.push(`the page now holds an unexpected <${el.localName}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^(on|style$|srcdoc$|formaction$)/i.test(attr.name)) problems.push(`<${el.localName}> has ${attr.name}="${attr.value.slice(0, 60)}"`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Widget states.

export type WidgetState = 'loading' | 'ready' | 'empty' | 'error' | 'unknown';

/**
 * The state a widget shows, read from its own shadow root:
 * - loading: `[part~="loading"]` (role=status);
 * - error: `[part~="error"]` (role=alert) *instead of* the content;
 * - empty: the content frame with nothing in it (the gallery's/explorer's `[part~="empty"]`, a
 *   gallery with no case studies, a checklist with no prompts);
 * - ready: the content (card article, gallery list, checklist sections, explorer results).
 * A gallery can be ready and still carry an error block about records it left out.
 */
export function stateOf(el: Element): WidgetState {
  const root = el.shadowRoot;
  if (!root) return 'unknown';
  const has = (s: string) => root.querySelector(s) !== null;
  if (has('[part~="loading"]')) return 'loading';
  switch (el.localName) {
    case 'case-study-card':
      if (has('article[part~="card"]')) return 'ready';
      return has('[part~="error"]') ? 'error' : 'unknown';
    case 'case-study-gallery':
      if (has('.layout')) return has('[part~="empty"]') ? 'empty' : has('[part~="list"]') ? 'ready' : 'unknown';
      if (has('[part~="error"]')) return 'error';
      return has('[part~="count"]:not(.cl-visually-hidden)') ? 'empty' : 'unknown';
    case 'framework-checklist':
      if (has('[part~="form"]')) return has('section[part~="element"]') ? 'ready' : 'empty';
      return has('[part~="error"]') ? 'error' : 'unknown';
    case 'barrier-explorer':
      if (has('[part~="results"]')) return has('[part~="empty"]') ? 'empty' : has('[part~="list"] [part~="barrier"]:not([hidden]), [part~="elements"]') ? 'ready' : 'unknown';
      return has('[part~="error"]') ? 'error' : 'unknown';
    case PROVIDER_TAG: {
      const status = (el as unknown as { state?: { status?: string } }).state?.status;
      if (has('[part~="error"]')) return 'error';
      return status === 'ready' ? 'ready' : status === 'loading' ? 'loading' : 'unknown';
    }
    default:
      return 'unknown';
  }
}

/** Problems with a widget's error blocks: each must be an alert with a title and a message. */
export function errorBlockProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const block of Array.from(el.shadowRoot?.querySelectorAll('[part~="error"]') ?? [])) {
    if (block.getAttribute('role') !== 'alert') problems.push(`<${el.localName}> error block without role="alert"`);
    if (!block.querySelector('strong')?.textContent?.trim()) problems.push(`<${el.localName}> error block without a title`);
    if ((block.textContent ?? '').replace(/\s+/g, ' ').trim().length < 20) problems.push(`<${el.localName}> error block without a message`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Settling.

type Lit = ReactiveElement & { isUpdatePending: boolean };

function litElements(root: Node): Lit[] {
  return deepQueryAll<Lit>(root, [...WIDGET_TAGS, PROVIDER_TAG].join(',')).filter((el) => 'updateComplete' in el);
}

/**
 * Waits until every widget under `root` (nested ones too) has no update pending, and the lazily
 * loaded parts a widget reports through `settled()` (the checklist's print summary, panels, views)
 * have arrived. An update that throws is collected in `failures` rather than thrown, so a caller
 * can report it.
 */
export async function settle(root: Node, failures: string[] = [], rounds = 20): Promise<string[]> {
  for (let i = 0; i < rounds; i++) {
    const els = litElements(root);
    await Promise.all(
      els.map((el) =>
        ((el as { settled?: () => Promise<void> }).settled?.() ?? el.updateComplete).then(
          () => undefined,
          (error: unknown) => failures.push(`<${el.localName}> update threw: ${String((error as Error)?.stack ?? error)}`),
        ),
      ),
    );
    await Promise.resolve();
    if (!litElements(root).some((el) => el.isUpdatePending)) break;
  }
  return failures;
}

export const nextTask = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `predicate` holds (or throws with `message` after `timeout` ms). */
export async function until(predicate: () => boolean, message: string, timeout = 8000): Promise<void> {
  const end = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timed out: ${message}`);
    await nextTask(10);
  }
}

// ---------------------------------------------------------------------------------------------
// Mounting.

const hosts = new Set<HTMLElement>();

/**
 * A container in the page (removed by `cleanupHosts`). `width: 'none'` keeps it out of layout
 * (`display: none`): scripts, image loads and event handlers behave the same, and a sweep over
 * hundreds of renders does not pay for laying each one out.
 */
export function container(width?: string): HTMLElement {
  const host = document.createElement('div');
  if (width === 'none') host.style.display = 'none';
  else if (width) host.style.width = width;
  document.body.append(host);
  hosts.add(host);
  return host;
}

export function cleanupHosts(): void {
  for (const host of hosts) host.remove();
  hosts.clear();
}

export function create<T extends HTMLElement>(tag: string, props: Record<string, unknown> = {}, attrs: Record<string, string> = {}): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  return el;
}

// ---------------------------------------------------------------------------------------------
// Poking everything.

/**
 * Gives any injected handler its chance: opens every `<details>`, hovers and focuses every
 * interactive element, then clicks every link, button and summary (twice over, so that buttons a
 * click reveals, such as confirmations, are clicked too).
 */
export async function pokeEverything(root: Node, failures: string[] = []): Promise<void> {
  for (const summary of deepQueryAll<HTMLElement>(root, 'summary')) summary.click();
  for (const details of deepQueryAll<HTMLDetailsElement>(root, 'details')) details.open = true;
  await settle(root, failures);
  await nextTask();
  // Hover and focus events reach any inline handler; dispatched rather than caused, so the page
  // does not lay out once per element.
  for (const el of deepQueryAll<HTMLElement>(root, 'a, button, summary, input, textarea, label, [tabindex]')) {
    for (const type of ['pointerover', 'mouseover', 'mouseenter']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    for (const type of ['focus', 'focusin']) el.dispatchEvent(new FocusEvent(type, { bubbles: type === 'focusin', composed: true }));
  }
  const clicked = new Set<Element>();
  for (let pass = 0; pass < 2; pass++) {
    for (const el of deepQueryAll<HTMLElement>(root, 'a, button')) {
      if (clicked.has(el) || !el.isConnected) continue;
      clicked.add(el);
      el.click();
    }
    await settle(root, failures);
  }
  (document.activeElement as HTMLElement | null)?.blur?.();
  await nextTask(5);
}

// ---------------------------------------------------------------------------------------------
// Focus.

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const NHS_YELLOW = 'rgb(255, 235, 59)';

/**
 * Whether the focused element shows the NHS focus style: the yellow (#ffeb3b) as a visible outline,
 * a box-shadow or a background, on the element or, for summaries that style their label, on a
 * descendant. Returns a description of what was found, or `undefined`.
 */
export function nhsFocusStyle(el: Element): string | undefined {
  const candidates = [el, ...Array.from(el.querySelectorAll('*')).slice(0, 5)];
  for (const node of candidates) {
    const s = getComputedStyle(node);
    const outlineVisible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    if (outlineVisible && s.outlineColor === NHS_YELLOW) return `outline ${s.outlineWidth} ${s.outlineColor}`;
    if (s.boxShadow.includes(NHS_YELLOW)) return `box-shadow ${s.boxShadow}`;
    if (s.backgroundColor === NHS_YELLOW) return `background ${s.backgroundColor}`;
  }
  return undefined;
}

/** One line about the focused element, for assertion messages. */
export function describeElement(el: Element | null): string {
  if (!el) return 'nothing';
  const host = (el.getRootNode() as ShadowRoot).host?.localName;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const id = el.id ? `#${el.id}` : '';
  const type = el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : '';
  return `<${el.localName}${id}${type}> "${text}"${host ? ` in <${host}>` : ''}`;
}
