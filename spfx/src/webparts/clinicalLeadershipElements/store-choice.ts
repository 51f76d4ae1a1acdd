/**
 * "Keep answers in: this browser / a list on this site": which store the checklist and the board
 * profile get, and what the page says when the list cannot be used. No SPFx import (the web part
 * passes the site and the signed-in member in), so the CSP browser test runs the same code with the
 * SharePoint REST emulator.
 */
import { LIST_TITLE, sharePointListStore, type ListMember, type ListStatus, type ListStore } from './list-store';
import { wantsList, type StoreProperties } from './store-props';

export { STORE_WIDGETS, type StoreProperties } from './store-props';

/** Where the web part runs and who is signed in. */
export interface SiteContext {
  siteUrl: string;
  member: ListMember;
  /** Injected by tests (the emulator's sign-in); the page's fetch otherwise. */
  fetch?: typeof fetch;
  pollMs?: number;
}

/** Whose record the widget edits: the board profile is always the board's; the checklist as chosen. */
export const scopeOf = (props: StoreProperties): 'member' | 'board' =>
  props.widget === 'board-profile' || props.listScope === 'board' ? 'board' : 'member';

const stores = new Map<string, ListStore>();

/** The list store for these properties (one per site, member and scope, so re-renders keep it), or undefined for "this browser". */
export function listStoreFor(props: StoreProperties, site: SiteContext): ListStore | undefined {
  if (!wantsList(props)) return undefined;
  const scope = scopeOf(props);
  const id = `${site.siteUrl}\n${site.member.login}\n${scope}`;
  let store = stores.get(id);
  if (!store) {
    store = sharePointListStore({ siteUrl: site.siteUrl, member: site.member, scope, fetch: site.fetch, pollMs: site.pollMs });
    stores.set(id, store);
  }
  return store;
}

/** Hands the store to the widget element render() just created (before its code loads, so it never opens the browser's copy first). */
export function connectStore(host: HTMLElement, props: StoreProperties, store: ListStore): void {
  const element = host.querySelector(String(props.widget)) as (HTMLElement & { adapter?: unknown }) | null;
  if (element) element.adapter = store;
}

/** The sentence a page shows when the list cannot keep answers, or undefined when it can. */
export function listStatusText(status: ListStatus): string | undefined {
  switch (status) {
    case 'ready':
      return undefined;
    case 'missing':
      return `Answers cannot be kept in this site's list yet: the list "${LIST_TITLE}" has not been created. A site owner creates it by editing this page and choosing "a list on this site" under "Keep answers in". Until then, download your answers before you leave.`;
    case 'forbidden':
      return `You do not have access to this site's list "${LIST_TITLE}", so your answers cannot be kept there. Ask the site owner for access; until then, download your answers before you leave.`;
    default:
      return `This site's list "${LIST_TITLE}" could not be reached. Your answers stay on this page while it is open; download them before you leave.`;
  }
}

/** The sentence for the property pane after the editor chose "a list on this site". */
export function listSetupText(status: ListStatus): string {
  switch (status) {
    case 'ready':
      return `Answers are kept in this site's list "${LIST_TITLE}". Everyone who can edit items on this site can answer; see the guide for who can read what.`;
    case 'forbidden':
      return `Only a site owner can create the list "${LIST_TITLE}". Ask the site owner to edit this page and choose "a list on this site" once; members can then answer.`;
    case 'missing':
      return `The list "${LIST_TITLE}" has not been created yet.`;
    default:
      return `The list "${LIST_TITLE}" could not be created or reached. Try again, or keep answers in this browser.`;
  }
}

/** Checks the list once the widget is on the page and, when it cannot keep answers, says so above the widget (role="status"). */
export async function showListStatus(host: HTMLElement, store: ListStore): Promise<ListStatus> {
  const status = await store.status();
  const keyless = !host.querySelector('[storage-key]');
  const text = keyless && status === 'ready'
    ? 'Answers are not kept anywhere yet: give them a storage key in this web part\'s settings (e.g. board-2026), so they can be kept in the list.'
    : listStatusText(status);
  host.querySelector(':scope > .cl-spfx-list-status')?.remove();
  if (text) {
    const p = host.ownerDocument.createElement('p');
    p.className = 'cl-spfx-message cl-spfx-list-status';
    p.setAttribute('role', 'status');
    p.textContent = text;
    host.prepend(p);
    console.warn(`clinical-leadership-elements web part: ${text}`);
  }
  return status;
}
