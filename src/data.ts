/**
 * The bundled data set as a typed object, plus the schema, validation and look-ups:
 * `import { dataset, validateDataset } from 'clinical-leadership-elements/data'`. Registers nothing.
 */
export { dataset } from './data/bundled-dataset.js';
export * from './data/index.js';
export { fallbackHtml } from './data/fallback.js';
