/**
 * The one state machine every widget renders (in the shape of Lit's `Task`): `loading`, `error` or
 * `ready`, worked out in `willUpdate` (see resolve.ts for where the data comes from) and turned into
 * a template by `renderState`. `renderError` sets role="alert": use it for a message that replaces
 * the content, or for a problem inside the content the user must hear about (a screen reader speaks
 * an alert once, when it appears).
 *
 * When a widget warns (one rule for every widget; CONTRIBUTING.md "Warnings"): once per distinct
 * problem (warn.ts), and only for a problem the widget found itself:
 * - its own input is not usable (invalid property data, no id, an unknown id);
 * - the bundled data set could not be loaded and no provider answers (a provider warns about its
 *   own data set itself, so a widget inside one stays quiet);
 * - the validators' code could not be loaded;
 * - something threw while working out what to show (`safely`): the exception's text goes to the
 *   console, a plain sentence to the screen.
 * Loading never warns.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LOADING } from '../data/state.js';
import { warnOnce } from './warn.js';

export type ErrorState = {
  status: 'error';
  /** The heading of the message; `renderState`'s `errorTitle` when unset. */
  title?: string;
  /** One sentence a person can act on. */
  message: string;
  /** Validation messages, listed under the sentence. */
  errors: string[];
};
export type LoadingState = { status: 'loading' };
export type ViewState<T> = LoadingState | ErrorState | ({ status: 'ready' } & T);

/** The same frozen object as the data set's loading state (data/state.ts): one constant, not two. */
export const LOADING_STATE = LOADING as LoadingState;

/** An error state; `title` replaces the widget's usual heading. */
export function errorState(message: string, errors: string[] = [], title?: string): ErrorState {
  return { status: 'error', title, message, errors };
}

/**
 * The one "never throw from a lifecycle method": runs `build`; when it throws, warns once with the
 * exception's text and returns an error state saying "`What` could not be shown." on screen.
 * `what` starts with a capital: "The case studies", "This case study".
 */
export function safely<S extends { status: 'loading' | 'error' | 'ready' }>(tag: string, what: string, build: () => S): S | ErrorState {
  try {
    return build();
  } catch (error) {
    warnOnce(tag, `${what} could not be shown (${String((error as Error)?.message ?? error)}).`);
    return errorState(`${what} could not be shown.`);
  }
}

export interface StateTemplates<T> {
  /** The loading message ("Loading case studies…"), or a template wrapping `renderLoading`. */
  loading: string | TemplateResult;
  /** How much room to keep while loading, when `loading` is a string. */
  size?: 'line' | 'tall' | 'board';
  /** The heading of an error message, unless the state brings its own. */
  errorTitle: string;
  ready: (state: { status: 'ready' } & T) => TemplateResult;
}

/** The loading message, the error message or the ready content: Lit Task's `render({pending, error, complete})`. */
export function renderState<T>(state: ViewState<T>, templates: StateTemplates<T>): TemplateResult {
  if (state.status === 'loading') {
    return typeof templates.loading === 'string' ? renderLoading(templates.loading, templates.size) : templates.loading;
  }
  if (state.status === 'error') return renderError(state.title ?? templates.errorTitle, state.message, state.errors);
  return templates.ready(state);
}

/**
 * `size` keeps the space the loaded widget will take (the same heights as internal/reserve.ts), so
 * nothing below it moves when the content arrives: `tall` for a screen's height at least.
 */
export function renderLoading(label: string, size: 'line' | 'tall' | 'board' = 'line'): TemplateResult {
  return html`<p class="cl-secondary cl-loading cl-loading--${size}" part="loading" role="status">${label}</p>`;
}

export function renderError(title: string, message: string, errors: readonly string[] = []): TemplateResult {
  return html`<div class="cl-message cl-message--error" part="error" role="alert">
    <p><strong>${title}</strong></p>
    <p>${message}</p>
    ${errors.length
      ? html`<ul>
          ${errors.map((e) => html`<li>${e}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
