/**
 * The board profile's saved record through the saved-record kit (`internal/record-store/`): loaded
 * with the profile when it has a `storage-key` (the profile shows its loading state until then), so
 * a page without one never fetches it. The record is merged by item (each seat and snapshot by its
 * id, each setting such as the foundation-trust switch on its own), so two tabs or two members
 * adding seats at the same moment both keep them. Also the notices the kit needs: a record set aside
 * (with its download) and a seat changed here and elsewhere (the other offered back).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SavedRecord, type KitHooks } from '../internal/record-store/controller.js';
import { withItems } from '../internal/record-store/items.js';
import { asideDownload, conflictNotice } from '../internal/record-store/notices.js';
import { warnOnce } from '../internal/warn.js';
import { codec, type BoardRecord } from './storage.js';

/** Seats and snapshots by id (a snapshot without one, from before ids, by its time), every other field a setting. */
export const boardCodec = withItems<BoardRecord>(codec, () => ({ foundationTrust: false, seats: [], snapshots: [] }), {
  seats: (s: { id: string }) => s.id,
  snapshots: (s: { id?: string; savedAt: string }) => s.id ?? s.savedAt,
});

export type BoardStore = SavedRecord<BoardRecord>;

export function boardStore(host: ReactiveControllerHost & HTMLElement, hooks: KitHooks<BoardRecord>): BoardStore {
  return new SavedRecord(host, boardCodec, hooks);
}

const seatName = (text: string | undefined): string => {
  const seat = text ? (JSON.parse(text) as { role?: string }) : undefined;
  return seat ? `“${seat.role || 'a seat without a role'}”` : 'removed';
};

/** Where the seats are saved, honestly: not saved, still saving, or saved once a save settled (issue 24). */
export function savingNotice(s: BoardStore, where: string): TemplateResult | typeof nothing {
  if (!s.key) return nothing;
  if (s.problem) {
    return html`<p class="cl-message" part="notice">Seats cannot be saved ${where} (storage ${s.problem});
      they stay on this page: download them before you leave.</p>`;
  }
  const when = s.savedAt && !Number.isNaN(Date.parse(s.savedAt))
    ? new Date(s.savedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
  return html`<p class="cl-secondary save-state" part="notice">${s.locked ? 'Changes are not being saved (see above).'
    : s.slow ? `Still saving… Your latest changes are not saved ${where} yet; they stay on this page.`
    : s.saving ? 'Saving…'
    : when ? `Seats saved ${where} at ${when}.` : `Seats will be saved ${where} as you go.`}</p>`;
}

/** The set-aside record (with its download) and the conflicts, for the profile's notice area. */
export function storeNotices(store: BoardStore, root: Node, done: (text: string, took?: boolean) => void): TemplateResult {
  const aside = store.aside;
  const where = aside?.asideKey ? `copied to ${aside.asideKey}` : 'left in place';
  if (aside) warnOnce('board-profile', `The saved board profile could not be read (${aside.reason}); it was ${where}.`);
  return html`${aside
    ? html`<div class="cl-message" part="notice">
        <p>The saved board profile could not be read (${aside.reason}). ${aside.asideKey
          ? 'A copy was kept in this browser and is never written over; you can start again.'
          : 'It was left untouched and is never written over: changes are not saved in this browser until a copy can be kept. Download anything you enter.'}</p>
        <p>${asideDownload(aside, root, 'board-profile-set-aside.json', (ok) => done(ok ? 'Download started.' : 'The download could not be started in this browser.'))}</p>
      </div>`
    : nothing}
    ${conflictNotice(store, (c) => {
      const [field, id] = c.id.split(':');
      const name = field === 'seats' ? 'A seat' : field === 'snapshots' ? `The snapshot ${id}` : `The setting “${field.slice(1)}”`;
      const words = (text?: string) => (field === 'seats' ? seatName(text) : text ?? 'removed');
      return [name, words(c.theirs), words(c.mine)];
    }, (_c, use) => done(use === 'theirs' ? 'The other window’s version is used.' : 'This page’s version is kept.', use === 'theirs'))}`;
}
