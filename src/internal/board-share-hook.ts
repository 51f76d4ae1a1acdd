/**
 * The board profile's "Share with the system" disclosure: closed, it is a summary line and nothing
 * more; opened, it loads the form (./board-share.ts) that writes the shared record. Kept tiny
 * because the board profile carries it up front.
 */
import { html, type TemplateResult } from 'lit';
import type { ShareHost } from './board-share.js';

let form: typeof import('./board-share.js') | undefined;
let failed = false;

/** The disclosure, for the board profile's render; `host` gives its record and updates. */
export function shareSection(host: ShareHost, level: number): TemplateResult {
  const onToggle = (e: Event) => {
    if (!(e.target as HTMLDetailsElement).open || form) return;
    import('./board-share.js').then(
      (m) => { form = m; failed = false; host.requestUpdate(); },
      () => { failed = true; host.requestUpdate(); },
    );
  };
  return html`<details class="share" part="share" @toggle=${onToggle}>
    <summary>Share with the system</summary>
    ${form ? form.renderShare(host, level) : html`<p role="status">${failed ? 'The form could not be loaded. Close this and open it again to retry.' : 'Loading…'}</p>`}
  </details>`;
}
