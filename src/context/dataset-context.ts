import type { Context } from '@lit/context';
import type { DatasetState } from '../data/state.js';

/**
 * The context through which `<clinical-leadership-data>` hands its data set to the widgets inside it.
 * The key is a registered symbol, so a provider from one copy of the library still serves widgets
 * from another copy loaded on the same page. (What `createContext()` returns, without importing
 * @lit/context into every widget.)
 */
export const datasetContext = Symbol.for('clinical-leadership-elements:dataset') as Context<symbol, DatasetState>;
