/** The CMS-safe `<div data-cl-widget>` mount, for npm users who want it without the one-script bundle. */
export { mountWidgets, startMounting, stopMounting, WIDGETS } from './internal/mount.js';
