/**
 * Long work in slices: between slices the browser paints and answers input, so a page never
 * freezes (Interaction to Next Paint stays low). No Worker: a Worker needs a same-origin script
 * file, which a page loading us from a CDN, or under a strict CSP, may not have.
 */

/** Settles after the browser has had a chance to paint and handle input (`scheduler.yield`, else a task). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
