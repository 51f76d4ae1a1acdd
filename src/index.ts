/**
 * clinical-leadership-elements: registers every element. The provider is registered first so
 * widgets already in the page find it when they upgrade (toolchain pitfall 9).
 */
export * from './clinical-leadership-data/define.js';
export * from './data/index.js';
export { datasetContext } from './context/dataset-context.js';
export { VERSION } from './internal/define.js';
