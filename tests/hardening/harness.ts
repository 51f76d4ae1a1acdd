/**
 * Shared machinery for the hardening suites (issue 8): the global payload trap, page-error
 * listeners, deep (shadow-piercing) queries, the rendered-markup checks (tags, event-handler
 * attributes, URL schemes), each widget's state, settling nested Lit updates, "poke everything"
 * interaction, and the focus helpers for the keyboard journeys.
 * The trap, page errors, deep queries and markup checks live in harness-safety.ts and are
 * re-exported here, so every suite imports from './harness.js' alone.
 */
import type { ReactiveElement } from 'lit';
import { deepQueryAll, PROVIDER_TAG, WIDGET_TAGS } from './harness-safety.js';

export * from './harness-safety.js';

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
