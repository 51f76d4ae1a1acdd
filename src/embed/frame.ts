/**
 * Tells the host page the embed page's height (protocol.ts): once at start, whenever the content's
 * size changes (a ResizeObserver on the body: data arriving, "Show more", a narrower frame), and
 * when the host asks. Nothing else leaves the frame.
 */
import { HEIGHT, MEASURE, type HeightMessage } from './protocol.js';

/** The content's height in whole CSS pixels (the body is a block formatting context, margins inside). */
export const contentHeight = (): number => Math.ceil(document.body.getBoundingClientRect().height);

/**
 * Starts reporting to `window.parent`. `parentOrigin` is the only origin told (`*`: any, which is
 * harmless for a number; a reply to the host's question always goes to the asking origin).
 */
export function reportHeight(parentOrigin: string): void {
  if (window.parent === window) return;
  const parent = window.parent;
  let last = -1;
  const send = (origin: string, always = false) => {
    const height = contentHeight();
    if (height === last && !always) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT, version: 1, height };
    parent.postMessage(message, origin);
  };
  new ResizeObserver(() => send(parentOrigin)).observe(document.body);
  window.addEventListener('message', (event) => {
    if (event.source !== parent || (event.data as { type?: unknown } | null)?.type !== MEASURE) return;
    if (parentOrigin !== '*' && event.origin !== parentOrigin) return;
    send(event.origin, true);
  });
}
