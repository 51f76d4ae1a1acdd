/** Shared test helpers: console capture, waiting for widget states, shadow-root queries, text folding, a case study of our own. */
import { aTimeout, waitUntil } from '@open-wc/testing';
import type { CaseStudy } from '../src/data/schema.js';

export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** Visible text of an element's shadow tree (slots resolved), whitespace folded. */
export function textOf(el: Element): string {
  const root = el.shadowRoot ?? el;
  return (root as ParentNode & { textContent: string | null }).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export async function until(predicate: () => boolean, message: string, timeout = 8000): Promise<void> {
  await waitUntil(predicate, message, { timeout, interval: 20 });
  await aTimeout(0);
}

/** Whitespace folded to single spaces, ends trimmed. */
export const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** A deep copy of plain data (a data set to change without touching the bundled one). */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** Records JS errors escaping into the page while a test runs. */
export function watchErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { errors, stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)) };
}

// --- <case-study-card> (its tests are split by topic) ---------------------------------------------

/** What a sighted user sees of a card: rendered text only (closed disclosures excluded). */
export const seen = (el: Element): string =>
  fold((shadow(el).querySelector('article, [part="error"], [part="card"]') as HTMLElement | null)?.innerText);
export const ready = (el: Element): Promise<void> => until(() => !!shadow(el).querySelector('article'), `<case-study-card> ready`);
export const errored = (el: Element): Promise<void> => until(() => !!shadow(el).querySelector('[part="error"]'), `<case-study-card> error`);

/** A small, valid case study of our own. */
export function ours(extra: Partial<CaseStudy> = {}): CaseStudy {
  return {
    id: 'ada-lovelace',
    name: 'Ada Lovelace',
    professionId: 'physiotherapist',
    role: 'Chief Allied Health Professions Officer',
    organisation: 'Example NHS Trust',
    asOf: '2024-03',
    summary: 'Ada moved from practice into a board role.',
    journey: ['Qualified.', 'Led a service.', 'Joined the board.'],
    turningPoint: 'A secondment to the executive team.',
    barrierIds: ['few-senior-ahp-posts'],
    enablerIds: ['mentor-and-coach'],
    sourceIds: ['nhsi-framework-2019'],
    ...extra,
  };
}

/** Removes the hash without a history entry or a hashchange. */
export function clearHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/**
 * Navigates to `hash` (a history entry and a `hashchange`, as a link or the back button gives) and
 * resolves once every widget has handled it: widgets listen from when they connect, so by the time
 * this later listener runs theirs have run; then one more task for their updates.
 */
export async function navigateHash(hash: string): Promise<void> {
  const changed = new Promise<void>((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
  location.hash = hash;
  await changed;
  await aTimeout(0);
}

/** Counts `name` events on `target` while `action` runs (awaited), for "nothing fired" assertions. */
export async function eventsDuring(target: EventTarget, name: string, action: () => Promise<unknown> | unknown): Promise<Event[]> {
  const seen: Event[] = [];
  const listener = (e: Event) => seen.push(e);
  target.addEventListener(name, listener);
  try {
    await action();
  } finally {
    target.removeEventListener(name, listener);
  }
  return seen;
}
