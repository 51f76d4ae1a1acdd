/**
 * The web part's storage properties and which widgets they apply to: the small part of the
 * "Keep answers in" choice the property pane needs at once. The store itself (store-choice.ts,
 * list-store.ts) is a lazy chunk, fetched only when a web part keeps answers in the list.
 */

/** The web part's storage properties (kept apart from render.ts's option tables). */
export interface StoreProperties {
  widget?: string;
  /** `'browser'` (default) or `'list'`. */
  storeIn?: string;
  /** For the checklist in a list: `'member'` (each member's own answers, default) or `'board'` (the board's agreed record). */
  listScope?: string;
}

/** The widgets that keep what a person enters, and so can keep it in the list. */
export const STORE_WIDGETS: readonly string[] = ['framework-checklist', 'board-profile'];

/** Whether these properties ask for the site's list. */
export const wantsList = (props: StoreProperties): boolean => props.storeIn === 'list' && STORE_WIDGETS.includes(String(props.widget ?? ''));
