export * from './schema.js';
export * from './validate.js';
export * from './state.js';
export * from './load.js';
export * from './lookup.js';
export { loadBundledDataset } from './bundled.js';
