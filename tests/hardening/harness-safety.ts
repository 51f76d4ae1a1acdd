/**
 * Shared machinery for the hardening suites (issue 8), part one: what may not reach the page.
 * The global payload trap, page-error listeners, deep (shadow-piercing) queries and the
 * rendered-markup checks (tags, event-handler attributes, URL schemes). harness.ts re-exports
 * all of it, next to the widget states, settling, mounting, "poke everything" and focus helpers.
 */

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
  'form', 'h2', 'h3', 'h4', 'h5', 'h6', 'input', 'label', 'legend', 'li', 'ol', 'optgroup', 'option', 'p', 'progress', 'section', 'select', 'slot',
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
