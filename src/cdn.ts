/**
 * The one-script bundle for CMS pages (`dist/cdn/clinical-leadership-elements.js`): Lit inside,
 * registers `<clinical-leadership-data>` at once and every widget on first use, and starts the
 * `<div data-cl-widget>` mount. Each widget's code and the bundled data set are chunks in
 * `chunks/` beside the script, fetched only when a page uses them, so a page with one card pays
 * for the card alone.
 *
 * Loaded twice (two web parts, two plugin copies, two versions): the first copy wins and the later
 * one warns once and does nothing, so widgets already on the page keep working.
 */
import { ClinicalLeadershipData } from './clinical-leadership-data/clinical-leadership-data.js';
import { startAutoloading } from './internal/autoload.js';
import { define, VERSION } from './internal/define.js';
import { startMounting } from './internal/mount.js';
import { reserveSpace } from './internal/reserve.js';

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
  // The provider at once, so widgets find it when they upgrade and never fetch the bundled data
  // set for nothing.
  define('clinical-leadership-data', ClinicalLeadershipData);
  startAutoloading({
    'case-study-card': () => import('./case-study-card/define.js'),
    'case-study-gallery': () => import('./case-study-gallery/define.js'),
    'framework-checklist': () => import('./framework-checklist/define.js'),
    'board-profile': () => import('./board-profile/define.js'),
    'barrier-explorer': () => import('./barrier-explorer/define.js'),
  });
  startMounting();
}

export { VERSION };
