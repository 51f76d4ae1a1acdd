/**
 * The checklist's views (Answer, Summary, Action plan, and any a later module adds) and the lazily
 * loaded chunks behind them. Only the Answer view is in the widget's own chunk: the others, the
 * action fields and the printed action plan are fetched with `import()` the first time they are
 * needed, so a page that only answers prompts never downloads them.
 *
 * To add a view, push a {@link ChecklistViewDef} onto {@link CHECKLIST_VIEWS} before the element
 * renders; its module's `renderView(host)` draws the view's panel.
 */
import { css, html, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { warnOnce } from '../../internal/warn.js';
import type { ChecklistHost } from '../host.js';

/** What a lazily loaded view module exports. `host` is the `<framework-checklist>`, read through {@link ChecklistHost}. */
export interface ChecklistViewModule {
  renderView(host: ChecklistHost): TemplateResult;
  /** Styles for the view, adopted into the widget's shadow root when the module loads. */
  viewStyles?: CSSResult | CSSResult[];
}

export interface ChecklistViewDef {
  /** The value of the element's `view` property. */
  id: string;
  /** The tab's text. */
  label: string;
  /** Absent for the Answer view, which is always there. */
  load?: () => Promise<ChecklistViewModule>;
}

export const CHECKLIST_VIEWS: ChecklistViewDef[] = [
  { id: 'answer', label: 'Answer' },
  { id: 'summary', label: 'Summary', load: () => import('./summary-view.js') },
  { id: 'plan', label: 'Action plan', load: () => import('./plan-view.js') },
  { id: 'paper', label: 'Paper details', load: () => import('./paper-view.js') },
  { id: 'series', label: 'Over time', load: () => import('./series-view.js') },
  { id: 'compare', label: 'Compare', load: () => import('./compare-view.js') },
];

interface Styled {
  viewStyles?: CSSResult | CSSResult[];
}

/** Loads each chunk once; asks the host to render when it arrives; adopts its styles; remembers failures. */
export class Chunks {
  private loaded = new Map<string, unknown>();
  private loading = new Map<string, Promise<unknown>>();
  private failed = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {}

  /** The module, or `undefined` while it loads (or when it failed: see {@link failedToLoad}). */
  get<T>(id: string, load: () => Promise<T>): T | undefined {
    void this.load(id, load);
    return this.loaded.get(id) as T | undefined;
  }

  /** The module if it has arrived; never starts a load. */
  peek<T>(id: string): T | undefined {
    return this.loaded.get(id) as T | undefined;
  }

  /** Loads the module once; resolves when it is there (`undefined` when it failed). */
  load<T>(id: string, load: () => Promise<T>): Promise<T | undefined> {
    let promise = this.loading.get(id);
    if (!promise) {
      promise = load().then(
        (module) => {
          this.loaded.set(id, module);
          const sheets = [(module as Styled).viewStyles ?? []].flat().map((c) => c.styleSheet!).filter(Boolean);
          const root = this.host.renderRoot as ShadowRoot;
          if (sheets.length && root.adoptedStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
          this.host.requestUpdate();
          return module;
        },
        (error) => {
          this.failed.add(id);
          warnOnce('framework-checklist', `Part of the checklist could not be loaded (${String(error)}).`);
          this.host.requestUpdate();
          return undefined;
        },
      );
      this.loading.set(id, promise);
    }
    return promise as Promise<T | undefined>;
  }

  /** @internal Settles when every chunk asked for so far has arrived (or failed). */
  settled(): Promise<unknown> {
    return Promise.all(this.loading.values());
  }

  failedToLoad(id: string): boolean {
    return this.failed.has(id);
  }

}

/** While a chunk loads, or after it failed. */
export function chunkState(failed: boolean): TemplateResult {
  return failed
    ? html`<p class="cl-message cl-message--error" part="notice" role="alert">This part of the checklist could not be loaded. Your answers are safe: reload the page to try again.</p>`
    : html`<p class="cl-secondary" role="status">Loading…</p>`;
}

/**
 * NHS.UK tabs (an ARIA tablist): Tab reaches the selected tab, the arrow keys, Home and End move
 * between views and show them.
 */
export function renderTabs(active: string, select: (id: string, focus: boolean) => void): TemplateResult {
  const keys = (event: KeyboardEvent) => {
    const i = CHECKLIST_VIEWS.findIndex((v) => v.id === active);
    const n = CHECKLIST_VIEWS.length;
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(CHECKLIST_VIEWS[to % n].id, true);
  };
  return html`<div class="tabs" role="tablist" aria-label="Views of this checklist" part="tabs" @keydown=${keys}>
    ${CHECKLIST_VIEWS.map(
      (v) => html`<button type="button" role="tab" class="tab" id="tab-${v.id}" data-view=${v.id} aria-controls="view-panel"
        aria-selected=${v.id === active ? 'true' : 'false'} tabindex=${v.id === active ? 0 : -1} @click=${() => select(v.id, false)}>${v.label}</button>`,
    )}
  </div>`;
}

export const tabStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    margin-top: var(--cl-space-4);
    border-bottom: 1px solid var(--cl-color-border);
  }
  .tab {
    margin-bottom: -1px;
    padding: var(--cl-space-2) var(--cl-space-3);
    border: 1px solid transparent;
    background: none;
    color: var(--cl-color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-color: var(--cl-color-border) var(--cl-color-border) Canvas;
    background: Canvas;
    color: var(--cl-color-text);
    text-decoration: none;
    font-weight: var(--cl-font-weight-bold);
  }
  .view-panel {
    padding-top: var(--cl-space-4);
  }
`;
