/**
 * The one resolver (Lit `Task`'s shape, on this library's terms): "a property wins, else the
 * provider, else the bundled data set; data from outside is validated lazily; loading, error or
 * ready". Every widget calls `resolveData` from `willUpdate` (inside `safely`, states.ts) and builds
 * its ready state from what it returns; only that last step is the widget's own.
 *
 * - The data set comes from `DatasetController` (the nearest provider, else the bundled data set).
 *   It is asked for at once and the validators are asked for at once, so both load in parallel.
 * - `dataset` says how much the widget needs it:
 *   `required`: it cannot show anything without it (loading waits, an error is the widget's error);
 *   `wanted`: it waits for it (names, filters) but shows its property data if it fails;
 *   `if-provided`: used when a provider has it ready, never waited for, the bundled one never loaded.
 * - `validate` lists the property values that need the validators (`undefined` and `null` entries
 *   are skipped; none left: the validators are not loaded). Data from the bundled data set or a
 *   provider is valid already.
 * - Warnings follow the one rule in states.ts: the bundled data set failing without a provider is
 *   warned by `DatasetController.need()`, the validators failing to load by `ValidatorsNeed`; a
 *   provider's error is not (the provider warned).
 */
import { indexDataset, type DatasetIndex } from '../data/lookup.js';
import type { Dataset } from '../data/schema.js';
import type { DatasetState } from '../data/state.js';
import type { DatasetController } from './dataset-controller.js';
import type { Validators, ValidatorsNeed } from './lazy-validation.js';
import { errorState, LOADING_STATE, type ViewState } from './states.js';

export type DatasetNeed = 'required' | 'wanted' | 'if-provided';

export interface DataRequest {
  /** The widget's tag (its warnings come from its controllers, which know it too). */
  tag: string;
  data: DatasetController;
  /** Needed only with `validate`. */
  validators?: ValidatorsNeed;
  dataset: DatasetNeed;
  /** Property values to validate; unset, `undefined` and `null` ones need no validators. */
  validate?: readonly unknown[];
  /** The title of the error message when the validators cannot be loaded (else the widget's usual one). */
  errorTitle?: string;
}

export interface DataReady {
  /** The data set, when it is ready (always, with `dataset: 'required'`). */
  dataset?: Dataset;
  index?: DatasetIndex;
  /** The validators, when `validate` had anything to check. */
  validators?: Validators;
  /** True when the data set came from the bundled one, not a provider. */
  bundled: boolean;
  /** The data set's state as given (for widgets that cache on it). */
  source?: DatasetState;
}

export function resolveData(request: DataRequest): ViewState<DataReady> {
  const { data, dataset: need, validators: lazy } = request;
  const bundled = !data.hasProvider;
  const optional = need === 'if-provided';
  const source = optional && bundled ? undefined : data.need();
  const toCheck = request.validate?.filter((x) => x != null);
  const validators = toCheck?.length ? lazy!.need(...toCheck) : undefined;
  if (source?.status === 'error' && need === 'required') return errorState(source.message, source.errors);
  if (validators === 'failed') return errorState(lazy!.failure(), [], request.errorTitle);
  if (validators === 'loading' || (source?.status === 'loading' && !optional)) return LOADING_STATE;
  const dataset = source?.status === 'ready' ? source.dataset : undefined;
  return { status: 'ready', dataset, index: dataset && indexDataset(dataset), validators: validators || undefined, bundled, source };
}
