/** Shared test helpers: console capture, waiting for widget states, shadow-root queries. */
import { aTimeout, waitUntil } from '@open-wc/testing';

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

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** Text with white space folded. */
export const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

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
