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

/**
 * True when the arrays and objects in JSON `text` nest deeper than `limit`. A linear scan (strings
 * skipped) run before `JSON.parse`, which cannot be interrupted and takes a second or more on a
 * crafted file of 900,000 nested brackets; none of our records nests more than a few levels.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
