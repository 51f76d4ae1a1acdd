/**
 * clinical-leadership-elements: registers every element. The provider is registered first so
 * widgets already in the page find it when they upgrade (toolchain pitfall 9).
 */
export * from './clinical-leadership-data/define.js';
export * from './case-study-card/define.js';
export * from './case-study-gallery/define.js';
export * from './framework-checklist/define.js';
export * from './barrier-explorer/define.js';
export * from './board-profile/define.js';
export * from './system-board-profile/define.js';
export * from './data/index.js';
export { datasetContext } from './context/dataset-context.js';
export { VERSION } from './internal/define.js';
