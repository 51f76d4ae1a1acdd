/**
 * The bundled default data set, loaded on first need through a dynamic import, so a widget that
 * receives its data by property never downloads it (in the one-script build it is its own chunk).
 */
import type { DatasetState } from './state.js';

let pending: Promise<DatasetState> | undefined;
let loaded: DatasetState | undefined;

export function loadBundledDataset(): Promise<DatasetState> {
  pending ??= import('./bundled-dataset.js').then(
    ({ dataset, rememberBundled }): DatasetState => {
      rememberBundled(); // its records are checked (npm run check-data): cards given one need no validators
      return (loaded = { status: 'ready', dataset });
    },
    (): DatasetState => {
      pending = undefined; // let a later widget try again (e.g. a chunk blocked by a flaky network)
      return { status: 'error', message: 'The built-in data set could not be loaded.', errors: [] };
    },
  );
  return pending;
}

/**
 * The bundled data set's state when it has already arrived, else `undefined`. Lets a widget created
 * after the first load render ready at once, instead of a loading placeholder and a second render a
 * microtask later (which doubled the cost of every card on a page).
 */
export function bundledDatasetIfLoaded(): DatasetState | undefined {
  return loaded;
}
