/**
 * The widgets, one row each: the one list every place that names them reads (DESIGN.md §8). Adding
 * a widget is its folder plus one row here (`npm run new-widget -- <tag>` writes both).
 *
 * Read by: the one script and the embed page (through `../widget-loaders.ts`, which loads each
 * row's code), the `<div data-cl-widget>` mount (`../internal/mount.ts`), the reserve stylesheet
 * (`../internal/reserve.ts`, and the build's `clinical-leadership-elements.css`), the fallback builder
 * (`./fallback.ts`), the embed page's title and query check (`../embed/`), the chunk plan of
 * the one script (`vite.config.ts`), and the generated glue (`scripts/gen-glue.mjs`: the React
 * wrappers, the SharePoint and Embed builder option tables, the Introduction page's table), whose
 * test fails when any of them misses a row (`tests/node/registry.test.mjs`).
 *
 * Pure data, no imports, so it sits on the ground floor (src/data/, which imports nothing above it)
 * and Node scripts read it as it is (`scripts/lib/widgets.mjs`). The loaders live at the top, in
 * `../widget-loaders.ts`: a dynamic import here would point up the floors, and would make every
 * bundler that includes the mount emit every widget as a chunk.
 */

/** Space kept for a widget before its code runs (CSS lengths); see `../internal/reserve.ts`. */
export interface Reserve {
  /** `min-height` from the first paint. */
  readonly height: string;
  /** `min-height` on screens up to 40rem wide, where the widget is taller. */
  readonly narrow?: string;
  /** Taller variants: an attribute selector (`[variant="full"]`) → `min-height`. */
  readonly variants?: Readonly<Record<string, string>>;
}

export interface WidgetRow {
  /** The custom element's tag; also its folder (`src/<tag>/`), its entry (`src/<tag>.ts`) and its chunk. */
  readonly tag: string;
  /** What editors choose from: the SharePoint property pane, the Embed builder, the embed page's title. */
  readonly label: string;
  readonly reserve: Reserve;
}

/** Every widget, in the order editors see them. The provider is not a widget: see {@link PROVIDER_TAG}. */
export const WIDGETS = [
  { tag: 'case-study-card', label: 'Case study card', reserve: { height: '24rem', narrow: '38rem', variants: { '[variant="full"]': '44rem' } } },
  { tag: 'case-study-gallery', label: 'Case study gallery', reserve: { height: 'max(40rem, 100vh)' } },
  { tag: 'framework-checklist', label: 'Framework self-assessment', reserve: { height: 'max(40rem, 100vh)' } },
  { tag: 'barrier-explorer', label: 'Barrier explorer', reserve: { height: 'max(40rem, 100vh)' } },
  { tag: 'board-profile', label: 'Board profile', reserve: { height: '34rem', narrow: '44rem' } },
  { tag: 'system-board-profile', label: 'Boards across a system', reserve: { height: '16rem', narrow: '20rem' } },
] as const satisfies readonly WidgetRow[];

/** The data provider: mounted and loaded like a widget, but it shows nothing of its own. */
export const PROVIDER_TAG = 'clinical-leadership-data';

export type WidgetTag = (typeof WIDGETS)[number]['tag'];
export type ElementTag = WidgetTag | typeof PROVIDER_TAG;

/** The widgets' tags, in the table's order. */
export const WIDGET_TAGS: readonly WidgetTag[] = WIDGETS.map((w) => w.tag);
/** Every tag the library registers: the widgets, then the provider. */
export const ELEMENT_TAGS: readonly ElementTag[] = [...WIDGET_TAGS, PROVIDER_TAG];

export const isWidgetTag = (value: string): value is WidgetTag => (WIDGET_TAGS as readonly string[]).includes(value);
