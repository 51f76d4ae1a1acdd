import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { datasetContext } from '../context/dataset-context.js';
import { DEFAULT_TIMEOUT_MS, fetchJson } from '../data/fetch-json.js';
import type { Dataset, DatasetInput } from '../data/schema.js';
import { LOADING, type DatasetState } from '../data/state.js';
import { loadValidators, validatorsIfLoaded, VALIDATORS_FAILED, type Validators } from '../internal/lazy-validation.js';
import { renderError } from '../internal/states.js';
import { VERSION } from '../internal/define.js';
import { base, tokens } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { styles } from './clinical-leadership-data.styles.js';

export interface DataLoadDetail {
  dataset: Dataset;
  /** The URL it came from, or `null` when it was set through `.data`. */
  src: string | null;
}
export interface DataErrorDetail {
  message: string;
  errors: string[];
  src: string | null;
}

/**
 * Provides a clinical leadership data set to every widget inside it. Give it data through the
 * `.data` property or a `src` URL to a JSON file that follows the published JSON Schema
 * (`dist/schema/dataset.schema.json`). What it loads is validated; when loading or validation
 * fails it shows the problem inside itself and the widgets inside show an error, not stale data.
 * Widgets with no provider above them use the bundled data set.
 *
 * @tagname clinical-leadership-data
 * @summary Shares a data set with the widgets inside it.
 *
 * @slot - The widgets that use this data set.
 *
 * @csspart error - The message shown when the data cannot be loaded or is not valid.
 *
 * @fires {CustomEvent<DataLoadDetail>} cl-data-load - A data set was loaded and validated.
 * @fires {CustomEvent<DataErrorDetail>} cl-data-error - Loading or validation failed.
 */
export class ClinicalLeadershipData extends LitElement {
  static version = VERSION;
  // It shows only a message: the tokens and base styles, not the focus, tag and button sheets.
  static override styles = [tokens, base, styles];

  /** URL of a JSON data set. Used when `.data` is not set. */
  @property({ type: String }) src?: string;

  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /** A data set object; validated before it is shared. Wins over `src`. */
  @property({ attribute: false }) data?: DatasetInput | Dataset;

  /** What the widgets inside receive. */
  @provide({ context: datasetContext })
  @state()
  protected datasetState: DatasetState = LOADING;

  private request?: AbortController;

  /** The current state: `loading`, `ready` with the validated data set, or `error`. */
  get state(): DatasetState {
    return this.datasetState;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || changed.has('timeout')) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
    this.request = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a removal that aborted a load: load again.
    if (this.hasUpdated && this.datasetState.status === 'loading') this.load();
  }

  private load(): void {
    this.request?.abort();
    this.request = undefined;
    if (this.data === undefined && !this.src) {
      this.settle({ status: 'error', message: 'No data was given: set the src attribute or the data property.', errors: [] }, null);
      return;
    }
    // What arrives is checked by the validators, a lazy chunk (see lazy-validation.ts): loaded now,
    // in parallel with the fetch, and at once when an earlier provider or widget has loaded them.
    const validating = validatorsIfLoaded() ?? loadValidators();
    const request = (this.request = new AbortController());
    const check = (validators: Validators | undefined, input: unknown, origin: string, src: string | null) => {
      if (this.request !== request) return; // superseded, or the element was removed
      this.settle(validators ? validators.datasetState(input, origin) : { status: 'error', message: VALIDATORS_FAILED, errors: [] }, src);
    };
    if (this.data !== undefined) {
      const data = this.data;
      const origin = 'The data given to <clinical-leadership-data>';
      if (!(validating instanceof Promise)) {
        check(validating, data, origin, null);
        return;
      }
      this.datasetState = LOADING;
      void validating.then((validators) => check(validators, data, origin, null));
      return;
    }
    const src = this.src!;
    this.datasetState = LOADING;
    void fetchJson(src, { timeoutMs: this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS, signal: request.signal }).then(async (fetched) => {
      if (!fetched || this.request !== request) return;
      if (fetched.status === 'error') this.settle(fetched, src);
      else check(await validating, fetched.value, fetched.origin, src);
    });
  }

  private settle(result: DatasetState, src: string | null): void {
    this.datasetState = result;
    if (result.status === 'ready') {
      this.dispatchEvent(new CustomEvent<DataLoadDetail>('cl-data-load', { detail: { dataset: result.dataset, src }, bubbles: true, composed: true }));
    } else if (result.status === 'error') {
      warnOnce('clinical-leadership-data', [result.message, ...result.errors.slice(0, 3)].join(' '));
      this.dispatchEvent(
        new CustomEvent<DataErrorDetail>('cl-data-error', {
          detail: { message: result.message, errors: result.errors, src },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  protected override render(): TemplateResult {
    const s = this.datasetState;
    return html`${s.status === 'error' ? renderError('Clinical leadership data could not be used', s.message, s.errors) : nothing}<slot></slot>`;
  }
}
