/**
 * What the saved-record kit shows, shared by the widgets that use it: the conflict notice (the same
 * item changed here and in another window: this page's version is kept, the other offered back in
 * one click) and the set-aside download (a damaged or newer-version record, never written over).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { downloadText } from '../download.js';
import type { Conflict, SavedRecord, SetAside } from './controller.js';

const SMALL = 'cl-button cl-button--secondary cl-button--small';

/**
 * The conflicts still open. `words(c)`: the item's name ("Your answer to “…”"), then the other
 * window's and this page's versions in words. `done(c, use)` runs after a button (announce, notify).
 */
export function conflictNotice<T>(
  store: SavedRecord<T>,
  words: (c: Conflict) => [string, string, string],
  done?: (c: Conflict, use: 'theirs' | 'mine') => void,
): TemplateResult | typeof nothing {
  if (!store.conflicts.length) return nothing;
  const act = (c: Conflict, use: 'theirs' | 'mine') => () => {
    store.conflicts = store.conflicts.filter((x) => x !== c);
    if (use === 'theirs') {
      const items = store.codec.toItems(store.value);
      if (c.theirs === undefined) items.delete(c.id);
      else items.set(c.id, c.theirs);
      store.set(store.codec.fromItems(items));
    }
    store.host.requestUpdate();
    done?.(c, use);
  };
  return html`<div class="cl-message notice conflicts" part="notice">
    ${store.conflicts.map((c) => {
      const [name, theirs, mine] = words(c);
      const hidden = html`<span class="cl-visually-hidden"> (${name})</span>`;
      return html`<p data-conflict=${c.id}>${name} was also changed in another window (there: ${theirs}; here: ${mine}). This page's version is kept.
        <button type="button" class=${SMALL} data-action="use-theirs" @click=${act(c, 'theirs')}>Use theirs${hidden}</button>
        <button type="button" class=${SMALL} data-action="keep-mine" @click=${act(c, 'mine')}>Keep mine${hidden}</button></p>`;
    })}
  </div>`;
}

/** A button that downloads a set-aside record exactly as it was stored. */
export function asideDownload(aside: SetAside, root: Node, fileName: string, done: (started: boolean) => void): TemplateResult {
  return html`<button type="button" class=${SMALL} data-action="download-aside"
    @click=${() => done(downloadText(root, fileName, aside.raw, 'application/json'))}>Download the record that could not be used</button>`;
}
