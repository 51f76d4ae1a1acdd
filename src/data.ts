/**
 * The bundled data set as a typed object, plus the schema, validation and look-ups:
 * `import { dataset, validateDataset } from 'clinical-leadership-elements/data'`. Registers nothing.
 */
import { dataset, rememberBundled } from './data/bundled-dataset.js';

// The bundled records are checked by `npm run check-data`: a card given one by property renders at once.
rememberBundled();

export { dataset };
export * from './data/index.js';
export { fallbackHtml } from './data/fallback.js';
