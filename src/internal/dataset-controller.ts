/**
 * How a widget gets its data set (DESIGN.md section 3): from the nearest
 * `<clinical-leadership-data>` through context, or, when there is none, from the bundled data set,
 * imported only when the widget calls `need()` (a widget given its data by property never does).
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext } from '../context/dataset-context.js';
import { bundledDatasetIfLoaded, loadBundledDataset } from '../data/bundled.js';
import { LOADING, type DatasetState } from '../data/state.js';

const ROOT_FLAG = Symbol.for('clinical-leadership-elements:context-root');

/**
 * A provider defined after its consumers (separate scripts, or a provider that upgrades late)
 * would never hear their requests. A ContextRoot on the document replays pending requests when a
 * provider appears. One per page, shared by every copy of the library.
 */
function ensureContextRoot(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[ROOT_FLAG] || typeof document === 'undefined') return;
  g[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

export class DatasetController implements ReactiveController {
  private provided?: DatasetState;
  private bundled?: DatasetState;
  private bundledRequested = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    ensureContextRoot();
    host.addController(this);
    new ContextConsumer(host, {
      context: datasetContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        host.requestUpdate();
      },
    });
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
    return this.bundled ?? LOADING;
  }

  hostConnected(): void {
    this.host.requestUpdate(); // moved out of its provider: show the bundled state, not the old provider's
  }

  hostDisconnected(): void {
    // Moved out of its provider: ask again on reconnection rather than keep a stale answer.
    this.provided = undefined;
  }
}
