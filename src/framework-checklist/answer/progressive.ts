/**
 * The checklist's first render in slices, when it starts below the fold: one element's prompts per
 * task instead of every prompt in one long task while the page loads (Total Blocking Time). A
 * checklist in view renders whole at once, so nothing a reader sees moves (layout shift); below
 * the fold, growing moves only what is below it, out of sight. `pending` settles when every
 * element is on the page (the element's `updateComplete` waits for it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToMain } from '../../internal/yield.js';

export class ProgressiveGroups implements ReactiveController {
  /** How many elements (groups) to render now. */
  limit = Infinity;
  /** Settles when the slices are done (undefined when there were none). */
  pending?: Promise<void>;
  private started = false;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Called when the prompts are first ready to show, with how many elements there are. */
  begin(total: number): void {
    if (this.started) return;
    this.started = true;
    const view = globalThis.innerHeight;
    if (total <= 1 || !view || this.host.getBoundingClientRect().top < view) return;
    this.limit = 1;
    this.pending = (async () => {
      // Never awaits the host's updateComplete (which waits for this): each slice is asked for, then yielded to.
      while (this.limit < total) {
        await yieldToMain();
        this.limit++;
        this.host.requestUpdate();
      }
      this.limit = Infinity;
    })();
  }
}
