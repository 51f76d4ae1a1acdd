import { createContext } from '@lit/context';
import type { DatasetState } from '../data/state.js';

/**
 * The context through which `<clinical-leadership-data>` hands its data set to the widgets inside it.
 * The key is a registered symbol, so a provider from one copy of the library still serves widgets
 * from another copy loaded on the same page.
 */
export const datasetContext = createContext<DatasetState>(Symbol.for('clinical-leadership-elements:dataset'));
