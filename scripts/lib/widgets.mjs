// The widget table (src/data/widgets.ts) for Node scripts and tests.
import { importTs } from './import-ts.mjs';

/** `{ WIDGETS, WIDGET_TAGS, ELEMENT_TAGS, PROVIDER_TAG }` as the browser code sees them. */
export const loadWidgets = () => importTs(`export * from './src/data/widgets.ts';`);
