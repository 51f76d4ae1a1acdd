/**
 * How a widget gets its data set (DESIGN.md section 3): from the nearest
 * `<clinical-leadership-data>` through context, or, when there is none, from the bundled data set,
 * imported only when the widget calls `need()` (a widget given its data by property never does).
 *
 * The consumer side of the context community protocol is written out here (a `context-request`
 * event with a subscribing callback), so a widget does not ship @lit/context's consumer and
 * `ContextRoot`. Any provider that speaks the protocol answers it, including a
 * `<clinical-leadership-data>` from another copy of the library (the key is a registered symbol).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext } from '../context/dataset-context.js';
import { bundledDatasetIfLoaded, loadBundledDataset } from '../data/bundled.js';
import { LOADING, type DatasetState } from '../data/state.js';
import { warnOnce } from './warn.js';

type Unsubscribe = () => void;

/**
 * Connected widgets whose request no provider has answered. A provider defined after its consumers
 * (separate scripts, or a provider that upgrades late) announces itself with a `context-provider`
 * event; these widgets then ask again. A widget leaves the set when answered or disconnected, so
 * nothing is kept for removed elements (@lit/context's ContextRoot kept a pair of WeakRefs for
 * every unanswered request for the life of the page).
 */
const waiting = new Set<DatasetController>();
let listening = false;

function listenForProviders(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('context-provider', (event) => {
    if ((event as Event & { context?: unknown }).context !== datasetContext) return;
    for (const controller of [...waiting]) controller.request();
  });
}

export class DatasetController implements ReactiveController {
  private provided?: DatasetState;
  private unsubscribe?: Unsubscribe;
  private bundled?: DatasetState;
  private bundledRequested = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    listenForProviders();
    host.addController(this);
  }

  /** True when a provider above this widget answers (its state may still be loading). */
  get hasProvider(): boolean {
    return this.provided !== undefined;
  }

  /** The data set state for this widget: the provider's, else the bundled one (loaded now if needed). */
  need(): DatasetState {
    if (this.provided) return this.provided;
    // Already loaded (by an earlier widget): ready now, so the first render is the real one.
    this.bundled ??= bundledDatasetIfLoaded();
    if (!this.bundled && !this.bundledRequested) {
      this.bundledRequested = true;
      void loadBundledDataset().then((state) => {
        this.bundled = state;
        if (state.status === 'error') this.bundledRequested = false;
        this.host.requestUpdate();
      });
    }
    // The one warning rule (states.ts): the bundled data set failing, with no provider, is warned
    // here, once per widget tag, so every widget that asks for it follows the rule.
    if (this.bundled?.status === 'error') warnOnce(this.host.localName, this.bundled.message);
    return this.bundled ?? LOADING;
  }

  /** Asks the nearest provider (answered synchronously, during the dispatch, when there is one). */
  request(): void {
    waiting.add(this);
    this.host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: datasetContext,
        contextTarget: this.host,
        callback: this.receive,
        subscribe: true,
      }),
    );
  }

  private receive = (value: DatasetState, unsubscribe?: Unsubscribe): void => {
    waiting.delete(this);
    // A nearer provider took over (one added inside the old one): leave the old one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    this.provided = value;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.host.requestUpdate(); // moved out of its provider: show the bundled state, not the old provider's
    this.request();
  }

  hostDisconnected(): void {
    // Moved out of its provider: ask again on reconnection rather than keep a stale answer.
    waiting.delete(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.provided = undefined;
  }
}
