/**
 * The validators (validators.ts: valibot and the schemas, about a third of the one-script bundle)
 * are loaded on first need. Data from the bundled data set is valid by construction and never
 * needs them; data from outside does, and the widget shows its loading state for the moment they
 * take to arrive (in parallel with a `src` fetch). When their code cannot be loaded (a flaky
 * network, a blocked chunk) the widget says so and tries again on its next update.
 */
import type * as ValidatorsModule from './validators.js';
import { warnOnce } from './warn.js';

export type Validators = typeof ValidatorsModule;

let loaded: Validators | undefined;
let pending: Promise<Validators | undefined> | undefined;
let importValidators = (): Promise<Validators> => import('./validators.js');

/**
 * For tests only: replaces how the validators' code is fetched (a rejecting importer stands for a
 * failed or blocked chunk, which a test server cannot fake reliably: the failure gets cached).
 * Returns a function that puts the real importer back.
 */
export function replaceValidatorsImporterForTests(importer: () => Promise<Validators>): () => void {
  const previous = importValidators;
  importValidators = importer;
  return () => (importValidators = previous);
}

/** The validators when their code has arrived, else `undefined`. */
export function validatorsIfLoaded(): Validators | undefined {
  return loaded;
}

/** Loads the validators; resolves `undefined` when their code could not be loaded (a later call tries again). */
export function loadValidators(): Promise<Validators | undefined> {
  pending ??= importValidators().then(
    (module) => (loaded = module),
    () => {
      pending = undefined;
      return undefined;
    },
  );
  return pending;
}

/** What a widget shows when the validators could not be loaded. */
export const VALIDATORS_FAILED =
  'The code that checks the data given to this widget could not be loaded (a network problem or a blocked file). Reload the page to try again.';

/**
 * One widget's need for the validators: `need(...inputs)` returns them, or `'loading'` (they are on
 * their way and the host updates when they arrive), or `'failed'` after a failed load, for as long
 * as the inputs stay the same (the widget shows `failure()`; new inputs try again, which helps
 * where the browser does not remember the failed fetch).
 */
export class ValidatorsNeed {
  private failedFor?: unknown[];
  private requested = false;

  constructor(
    private readonly host: { requestUpdate(): void },
    private readonly tag: string,
  ) {}

  /** The message to show after `'failed'` (resolve.ts makes it the error state); warns once for the widget's tag. */
  failure(): string {
    warnOnce(this.tag, VALIDATORS_FAILED);
    return VALIDATORS_FAILED;
  }

  need(...inputs: unknown[]): Validators | 'loading' | 'failed' {
    if (loaded) return loaded;
    if (this.failedFor) {
      if (this.failedFor.length === inputs.length && inputs.every((x, i) => x === this.failedFor![i])) return 'failed';
      this.failedFor = undefined;
    }
    if (!this.requested) {
      this.requested = true;
      void loadValidators().then((validators) => {
        this.requested = false;
        if (!validators) this.failedFor = inputs;
        this.host.requestUpdate();
      });
    }
    return 'loading';
  }
}
