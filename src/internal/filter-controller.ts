/**
 * The filter machinery every filtering widget shares (`<case-study-gallery>`, `<barrier-explorer>`,
 * and any later one): a Lit ReactiveController in the shape of Lit's own `@lit-labs/router`, which
 * adds its window listener in `hostConnected()` and removes it in `hostDisconnected()`.
 *
 * It owns:
 * - the URL hash (`sync-url`, grammar in {@link syncKey}): restore once on the first update with
 *   syncing on, write every user change, follow `hashchange` (back and forward). An empty hash
 *   means "no filters"; a hash that holds nothing of ours (a plain anchor such as `#section-2`, or
 *   only other widgets' values) is left alone, and so is one that already matches what is shown;
 * - pending and committed filters: a change the user makes is applied to the host's properties at
 *   once and, after the update has rendered, written to the hash, followed by the focus move and
 *   `cl-filter-change` (bubbles, composed);
 * - the polite live count: at once after a click, {@link TYPING_PAUSE_MS} after the last keystroke;
 * - paging: one page at first, "Show more" adds a page, back to one page when the filters change;
 * - removing a chip (focus moves to the next chip, else the previous one, else the count) and
 *   "Clear filters" (focus on the count).
 *
 * The widget keeps what is its own: which filters there are, how a record matches, how it renders.
 * It describes them in a {@link FilterSpec} and calls {@link FilterController.willUpdate} first
 * thing in its own `willUpdate`: Lit calls a controller's `hostUpdate()` only after the host's
 * `willUpdate()`, too late for a restore that the host's view of its data must already see.
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { readHashState, writeHashState, type HashValues } from './hash-state.js';

export type { HashValues } from './hash-state.js';

/** How long typing must pause before the result count is announced (one pause for every widget). */
export const TYPING_PAUSE_MS = 500;
/** The longest search text taken from the URL hash (the search boxes' `maxlength`). */
export const MAX_QUERY_LENGTH = 200;
/** Records shown at first and added by each "Show more": divisible by 1, 2 and 3 columns. */
export const DEFAULT_PAGE_SIZE = 24;

/**
 * The hash key from a widget's `sync-url` attribute or `syncUrl` property. One grammar for every
 * widget:
 * - attribute absent (`null`, `undefined`, `false`): off;
 * - present with no value, `"true"` (or `true`): on, under the widget's default key
 *   (`gallery`, `explorer`);
 * - `"false"`: off;
 * - any other value is the key, trimmed and lower-cased; it must then be a letter followed by up to
 *   39 letters, digits or hyphens (`[a-z][a-z0-9-]*`), else the default key is used
 *   (`"Leaders"` → `leaders`, `"my_view"` → the default key).
 */
export function syncKey(value: unknown, defaultKey: string): string | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (word === 'false') return undefined;
  return /^[a-z][a-z0-9-]{0,39}$/.test(word) && word !== 'true' ? word : defaultKey;
}

/** The search text from a hash value, at most {@link MAX_QUERY_LENGTH} characters. */
export function hashQuery(value: string | undefined): string {
  return (value ?? '').slice(0, MAX_QUERY_LENGTH);
}

/** A widget's state as URL hash values. */
export interface HashCodec<S> {
  /** The state from the values under the key; `{}` (an empty hash) must give "no filters". */
  fromHash(values: HashValues): S;
  /** The state as hash values; empty values are left out of the hash. */
  toHash(state: S): HashValues;
}

/**
 * What a widget tells the controller about its filters. `S` is its filter state, whose fields are
 * the host's own properties of the same names (`disciplines`, `query` …): the controller sets them.
 * `D` is its `cl-filter-change` detail.
 */
export interface FilterSpec<S extends object, D> {
  /** The key used when `sync-url` is on without one, e.g. `gallery`. */
  defaultKey: string;
  /** The widget's state and the URL hash (the widget's `url-state.ts`). */
  hash: HashCodec<S>;
  /** The filters shown now, or undefined while the host cannot show any (loading, error). */
  state(): S | undefined;
  /** What "Clear filters" changes. */
  cleared: Partial<S>;
  /** The count sentence for the live region ('' while there is none); see `filter-text.ts`. */
  count(): string;
  /** The `cl-filter-change` detail, or undefined while the host is not ready (the event then waits). */
  detail(): D | undefined;
  /** Properties whose change puts paging back to one page. */
  resets: readonly string[];
}

/** A LitElement with the `sync-url` and `page-size` properties every filtering widget has. */
type Host = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: ParentNode;
    readonly hasUpdated: boolean;
    /** `sync-url`: see {@link syncKey}. */
    syncUrl: unknown;
    /** `page-size`: records per page; `0` (or anything not a positive number) shows all. */
    pageSize: unknown;
  };

interface Pending {
  writeHash: boolean;
  focus?: () => void;
}

const serialise = (values: HashValues) =>
  Object.entries(values)
    .filter(([, v]) => v)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

export class FilterController<S extends object, D> implements ReactiveController {
  /** The polite live region's text. */
  statusText = '';
  /** Matching records on the page; grows with "Show more", back to one page when the filters change. */
  limit = DEFAULT_PAGE_SIZE;

  private pending?: Pending;
  private typing = false;
  private timer?: ReturnType<typeof setTimeout>;
  private restored = false;

  constructor(
    private readonly host: Host & S,
    private readonly spec: FilterSpec<S, D>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.timer);
  }

  /** The hash key, or undefined when syncing is off. */
  get key(): string | undefined {
    return syncKey(this.host.syncUrl, this.spec.defaultKey);
  }

  /** Records per page (Infinity: all at once). */
  get page(): number {
    const n = Math.trunc(Number(this.host.pageSize));
    return Number.isFinite(n) && n > 0 ? n : Infinity;
  }

  /** Call first in the host's `willUpdate`: restores from the hash once, and resets paging. */
  willUpdate(changed: PropertyValues): void {
    const key = this.key;
    if (!this.restored && key) {
      this.restored = true;
      const values = readHashState(key);
      if (Object.keys(values).length) this.apply(this.spec.hash.fromHash(values));
    }
    if (!this.host.hasUpdated || this.spec.resets.some((name) => changed.has(name))) this.limit = this.page;
  }

  /** After the host's `willUpdate`: the live region, at once or after a pause in typing. */
  hostUpdate(): void {
    const text = this.spec.count();
    clearTimeout(this.timer);
    const typing = this.typing;
    this.typing = false;
    if (text === this.statusText) return;
    if (typing && this.host.hasUpdated) {
      this.timer = setTimeout(() => {
        this.statusText = text;
        this.host.requestUpdate();
      }, TYPING_PAUSE_MS);
    } else this.statusText = text;
  }

  /** After a committed change has rendered: write the hash, move focus, fire `cl-filter-change`. */
  hostUpdated(): void {
    const pending = this.pending;
    if (!pending) return;
    const state = this.spec.state();
    const detail = this.spec.detail();
    if (!state || detail === undefined) return;
    this.pending = undefined;
    const key = this.key;
    if (pending.writeHash && key) writeHashState(key, this.spec.hash.toHash(state));
    pending.focus?.();
    this.host.dispatchEvent(new CustomEvent<D>('cl-filter-change', { detail, bubbles: true, composed: true }));
  }

  /** A change made by the user: apply it; after the update, tell the URL and the host page. */
  commit(change: Partial<S>, options: { typing?: boolean; focus?: () => void } = {}): void {
    this.typing = !!options.typing;
    this.apply(change);
    this.pending = { writeHash: true, focus: options.focus };
    this.host.requestUpdate();
  }

  /** Removes a chip's filter; focus moves to the next chip (else the previous one, else the count). */
  removeChip(chipKey: string, change: Partial<S>): void {
    const chips = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.cl-chip')];
    const at = chips.findIndex((c) => c.dataset.chip === chipKey);
    // Read the key now: after the update Lit reuses these buttons for other chips.
    const nextKey = (chips[at + 1] ?? chips[at - 1])?.dataset.chip;
    const focus = () => {
      const next = nextKey ? this.host.renderRoot.querySelector<HTMLElement>(`.cl-chip[data-chip="${CSS.escape(nextKey)}"]`) : null;
      (next ?? this.statusElement)?.focus();
    };
    this.commit(change, { focus });
  }

  /** "Clear filters": every filter off, focus on the count. */
  clear = (): void => {
    this.commit(this.spec.cleared, { focus: () => this.statusElement?.focus() });
  };

  /** "Show more": one more page; focus stays on the button, and the count is announced. */
  showMore = (): void => {
    this.limit += this.page;
    this.host.requestUpdate();
  };

  /** Makes sure the record at `index` of the matches is on the page. */
  reveal(index: number): void {
    if (index >= this.limit) this.limit = Math.ceil((index + 1) / this.page) * this.page;
  }

  /** Sets the host's properties (Lit schedules the update). */
  private apply(change: Partial<S>): void {
    for (const [name, value] of Object.entries(change)) if (value !== undefined) (this.host as Record<string, unknown>)[name] = value;
  }

  private get statusElement(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part="count"]');
  }

  private onHashChange = (): void => {
    const key = this.key;
    if (!key) return;
    const values = readHashState(key);
    const empty = location.hash.replace(/^#/, '') === '';
    if (!empty && Object.keys(values).length === 0) return;
    const { fromHash, toHash } = this.spec.hash;
    const restored = fromHash(values);
    const current = this.spec.state();
    if (current && serialise(toHash(restored)) === serialise(toHash(current))) return;
    this.apply(restored);
    this.pending = { writeHash: false };
    this.host.requestUpdate();
  };
}

/**
 * The `cl-filter-change` detail of each filtering widget, by tag name. Each widget's `define.ts`
 * adds its entry (`declare module`), so the one `HTMLElementEventMap` entry below is typed with
 * the details of the widgets a page imports.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FilterChangeDetails {}

declare global {
  interface HTMLElementEventMap {
    'cl-filter-change': CustomEvent<FilterChangeDetails[keyof FilterChangeDetails]>;
  }
}
