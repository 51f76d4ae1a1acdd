/**
 * The checklist's first render in slices, when it starts below the fold: one element's prompts per
 * task instead of every prompt in one long task while the page loads (Total Blocking Time). A
 * checklist in view renders whole at once, so nothing a reader sees moves (layout shift); below
 * the fold, growing moves only what is below it, out of sight. The element decides and renders the
 * first element itself; this module, loaded only then, grows the rest (it stays out of the first
 * script). It never awaits the host's `updateComplete`, which waits for it.
 */
import { yieldToMain } from '../../internal/yield.js';

/** Shows one more element per task, from the second on: `show(n)` renders the first n, the last `show(Infinity)` all. */
export async function grow(total: number, show: (n: number) => void): Promise<void> {
  for (let n = 2; n <= total; n++) {
    await yieldToMain();
    show(n < total ? n : Infinity);
  }
}
