import type { Dataset } from './schema.js';

/** What a provider (or the bundled fallback) hands to widgets. */
export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | {
      status: 'error';
      /** One sentence a person can act on, e.g. "The data at /x.json could not be loaded (404 Not Found)." */
      message: string;
      /** Validation messages, when the data arrived but was not valid. */
      errors: string[];
    };

export const LOADING: DatasetState = Object.freeze({ status: 'loading' });
