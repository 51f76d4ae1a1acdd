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
