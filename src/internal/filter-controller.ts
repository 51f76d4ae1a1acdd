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
import { countText, type Noun } from './filter-text.js';
import { readHashState, syncKey, writeHashState, type HashCodec } from './filter-url.js';


/** How long typing must pause before the result count is announced (one pause for every widget). */
export const TYPING_PAUSE_MS = 500;
/** Records shown at first and added by each "Show more": divisible by 1, 2 and 3 columns. */
export const DEFAULT_PAGE_SIZE = 24;

/**
 * What a widget tells the controller about its filters. `S` is its filter state, whose fields are
 * the host's own properties of the same names (`disciplines`, `query` …): the controller sets them.
 */
export interface FilterSpec<S extends object> {
  /** The key used when `sync-url` is on without one, e.g. `gallery`. */
  defaultKey: string;
  /** What the count and "Show more" call the records. */
  noun: Noun;
  /** The widget's state and the URL hash (its `url-state.ts`). */
  hash: HashCodec<S>;
  /** What "Clear filters" sets. */
  cleared: Partial<S>;
  /** Properties besides the filters whose change puts paging back to one page (the filters always do). */
  resets: readonly string[];
  /** What is shown now, or undefined while the host cannot show any (loading, error). */
  shown(): Shown<S> | undefined;
}

/** What a ready widget shows; the controller words the count and builds `cl-filter-change` from it. */
export interface Shown<S> {
  /** The filters in effect (cleaned), also the start of the `cl-filter-change` detail. */
  state: S;
  /** More for the `cl-filter-change` detail, after the filters (the gallery's `ahpOnly`). */
  more?: object;
  /** Whether any filter is on. */
  filtered: boolean;
  /** Records that match, in all, and on the page (the count's words, see `filter-text.ts`). */
  count: number;
  total: number;
  onPage: number;
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

export class FilterController<S extends object> implements ReactiveController {
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
    private readonly spec: FilterSpec<S>,
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
    const resets = (name: string) => changed.has(name);
    if (!this.host.hasUpdated || Object.keys(this.spec.cleared).some(resets) || this.spec.resets.some(resets)) this.limit = this.page;
  }

  /** After the host's `willUpdate`: the live region, at once or after a pause in typing. */
  hostUpdate(): void {
    const shown = this.spec.shown();
    const text = shown ? countText(this.spec.noun, shown.count, shown.total, shown.filtered, shown.onPage) : '';
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
    const shown = this.spec.shown();
    if (!shown) return;
    this.pending = undefined;
    const key = this.key;
    if (pending.writeHash && key) writeHashState(key, this.spec.hash.toHash(shown.state));
    pending.focus?.();
    const detail = { ...shown.state, ...shown.more, count: shown.count, total: shown.total };
    this.host.dispatchEvent(new CustomEvent('cl-filter-change', { detail, bubbles: true, composed: true }));
  }

  /** A change made by the user: apply it; after the update, tell the URL and the host page. */
  commit(change: Partial<S>, options: { typing?: boolean; focus?: () => void } = {}): void {
    this.typing = !!options.typing;
    this.apply(change);
    this.pending = { writeHash: true, focus: options.focus };
    this.host.requestUpdate();
  }

  /**
   * Removes the filter of the chip at `index` among the chips; focus moves to the chip that takes
   * its place (the next one), else the previous one, else the count. Found by position, not by a
   * selector built from a chip's key, so no key can break the query.
   */
  removeChip(index: number, change: Partial<S>): void {
    this.commit(change, {
      focus: () => {
        const left = this.host.renderRoot.querySelectorAll<HTMLElement>('.cl-chip');
        (left[Math.min(index, left.length - 1)] ?? this.statusElement)?.focus();
      },
    });
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
    // '' or '#' is the empty hash; any other hash without values of ours is not for us.
    if (location.hash.length > 1 && Object.keys(values).length === 0) return;
    const { fromHash, toHash } = this.spec.hash;
    const restored = fromHash(values);
    const current = this.spec.shown()?.state;
    // Both sides come from toHash, so their keys are in the same order.
    if (current && JSON.stringify(toHash(restored)) === JSON.stringify(toHash(current))) return;
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
