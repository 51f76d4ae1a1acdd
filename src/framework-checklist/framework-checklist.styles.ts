import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }

  .intro {
    max-width: 44em;
  }
  cite {
    font-style: italic;
  }
  code {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  /* Progress */
  .overall {
    margin: 0 0 var(--cl-space-3);
    padding: var(--cl-space-3);
    border: 1px solid var(--cl-color-border);
    background: var(--cl-color-surface);
  }
  .overall-text {
    margin: 0 0 var(--cl-space-2);
    font-size: 1.125rem;
  }
  .bar {
    display: block;
    width: 100%;
    height: 16px;
    margin: 0 0 var(--cl-space-2);
    border: 1px solid var(--cl-color-input-border);
    border-radius: 0;
    background: var(--cl-color-surface);
    color: var(--cl-color-primary);
    appearance: none;
  }
  .bar::-webkit-progress-bar {
    background: var(--cl-color-surface);
  }
  .bar::-webkit-progress-value {
    background: var(--cl-color-primary);
  }
  .bar::-moz-progress-bar {
    background: var(--cl-color-primary);
  }
  .overall .bar {
    height: 24px;
    margin-bottom: 0;
  }
  .element .bar {
    height: 12px;
  }

  /* Saving and other notices */
  .notice,
  .save-state,
  .unknown {
    margin: 0 0 var(--cl-space-3);
  }
  .notice > p:first-child:not(:last-child) {
    margin-bottom: var(--cl-space-2);
  }
  .notice--warning {
    border-left-color: #ffb81c;
    background: #fff9c4;
    color: #212b32;
  }
  .save-state {
    font-size: var(--cl-font-size-small);
  }

  /* Buttons and panels */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-2);
    margin: 0 0 var(--cl-space-3);
  }
  .actions .cl-button {
    margin-bottom: 4px;
  }
  .cl-button--secondary.cl-button--danger {
    background: var(--cl-color-surface);
    border-color: var(--cl-color-error);
    box-shadow: 0 4px 0 var(--cl-color-error);
    color: color-mix(in srgb, var(--cl-color-error) 78%, var(--cl-color-text));
  }
  .cl-button--secondary.cl-button--danger:hover {
    background: color-mix(in srgb, var(--cl-color-error) 10%, var(--cl-color-surface));
  }
  @media (forced-colors: active) {
    /* Forced colours paint every background Canvas, which took the bars' fill away (and appearance:
       auto did not bring it back): keep our drawing, in system colours, with an outline to see the end.
       The bar's own rules above draw track and fill from these two colours; here they are the system's. */
    .bar {
      forced-color-adjust: none;
      border-color: CanvasText;
      --cl-color-surface: Canvas;
      --cl-color-primary: Highlight;
    }
    .notice--warning {
      border-color: CanvasText;
    }
    .cl-button--danger {
      border-color: ButtonText;
    }
  }
`;
