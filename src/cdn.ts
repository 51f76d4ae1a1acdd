/**
 * The one-script bundle for CMS pages (`dist/cdn/clinical-leadership-elements.js`): Lit inside,
 * registers every element of the widget table on first use (the provider first, on pages that
 * have one: see internal/autoload.ts), and starts the `<div data-cl-widget>` mount. Each widget's code and the bundled data set are chunks in
 * `chunks/` beside the script, fetched only when a page uses them, so a page with one card pays
 * for the card alone.
 *
 * Loaded twice (two web parts, two plugin copies, two versions): the first copy wins and the later
 * one warns once and does nothing, so widgets already on the page keep working.
 */
import { startAutoloading } from './internal/autoload.js';
import { VERSION } from './internal/define.js';
import { startMounting } from './internal/mount.js';
import { reserveSpace } from './internal/reserve.js';
import { LOADERS } from './widget-loaders.js';
import { PROVIDER_TAG } from './data/widgets.js';

const LOADED = Symbol.for('clinical-leadership-elements:bundle');
const g = globalThis as Record<symbol, unknown>;

if (g[LOADED]) {
  console.warn(
    `clinical-leadership-elements ${VERSION}: the script is loaded more than once on this page ` +
      `(version ${String(g[LOADED])} was first); the first copy stays in charge.`,
  );
} else {
  g[LOADED] = VERSION;
  // Before anything else: keep the widgets' space so the page does not jump when they upgrade.
  reserveSpace();
  // Every row of the widget table (src/data/widgets.ts) and the provider, each on first use.
  startAutoloading(LOADERS, PROVIDER_TAG);
  startMounting();
}

export { VERSION };
