/**
 * Each row of the widget table (`./data/widgets.ts`) with the code that defines it: a dynamic import of
 * its `define.js`, so the one script and the embed page fetch a widget's chunk only when a page
 * shows it. Typed by the table, so a row without a loader (or a loader without a row) does not compile.
 */
import type { ElementTag } from './data/widgets.js';

export const LOADERS: Record<ElementTag, () => Promise<unknown>> = {
  'case-study-card': () => import('./case-study-card/define.js'),
  'case-study-gallery': () => import('./case-study-gallery/define.js'),
  'framework-checklist': () => import('./framework-checklist/define.js'),
  'barrier-explorer': () => import('./barrier-explorer/define.js'),
  'board-profile': () => import('./board-profile/define.js'),
  'system-board-profile': () => import('./system-board-profile/define.js'),
  'clinical-leadership-data': () => import('./clinical-leadership-data/define.js'),
};
