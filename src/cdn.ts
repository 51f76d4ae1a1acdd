/**
 * The one-script bundle for CMS pages (`dist/cdn/clinical-leadership-elements.js`): registers every
 * element and starts the `<div data-cl-widget>` mount. The bundled data set stays a separate chunk
 * beside it, fetched only when a widget needs the default data.
 *
 * Loaded twice (two web parts, two plugin copies, two versions): the first copy wins and the later
 * one warns once and does nothing, so widgets already on the page keep working.
 */
import { ClinicalLeadershipData } from './clinical-leadership-data/clinical-leadership-data.js';
import { define, VERSION } from './internal/define.js';
import { startMounting } from './internal/mount.js';

const LOADED = Symbol.for('clinical-leadership-elements:bundle');
const g = globalThis as Record<symbol, unknown>;

if (g[LOADED]) {
  console.warn(
    `clinical-leadership-elements ${VERSION}: the script is loaded more than once on this page ` +
      `(version ${String(g[LOADED])} was first); the first copy stays in charge.`,
  );
} else {
  g[LOADED] = VERSION;
  // The provider first, so widgets already in the page find it when they upgrade.
  define('clinical-leadership-data', ClinicalLeadershipData);
  startMounting();
}

export { VERSION };
