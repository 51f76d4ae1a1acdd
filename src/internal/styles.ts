/**
 * Every shared sheet (base-styles.ts) plus the NHS buttons, and `shared`: what a widget normally
 * needs, in order. A widget that uses less imports its sheets from base-styles.ts.
 */
import { css } from 'lit';
import { base, focus, linkButton, tag, tokens } from './base-styles.js';

export * from './base-styles.js';

/** NHS buttons: primary green, secondary outlined. */
export const button = css`
  .cl-button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 8px 16px;
    border: 2px solid transparent;
    border-radius: var(--cl-radius);
    background: var(--cl-color-success);
    box-shadow: 0 4px 0 #00401e;
    color: #ffffff;
    font: inherit;
    font-weight: var(--cl-font-weight-bold);
    line-height: 1.25;
    cursor: pointer;
    margin-bottom: 4px;
  }
  .cl-button:hover {
    background: #00662f;
  }
  .cl-button:active {
    box-shadow: none;
    transform: translateY(4px);
  }
  .cl-button--secondary {
    border-color: var(--cl-color-primary);
    background: var(--cl-color-surface);
    box-shadow: 0 4px 0 var(--cl-color-primary);
    color: var(--cl-color-primary);
  }
  .cl-button--secondary:hover {
    background: #e6eff8;
  }
  .cl-button--small {
    min-height: 32px;
    padding: 4px 12px;
    font-size: var(--cl-font-size-small);
  }
  .cl-button:focus-visible {
    border-color: var(--cl-color-focus);
    background: var(--cl-color-focus);
    box-shadow: 0 4px 0 var(--cl-color-focus-text);
    color: var(--cl-color-focus-text);
    outline: 4px solid transparent;
  }
  @media (forced-colors: active) {
    .cl-button {
      border-color: ButtonText;
    }
  }
`;

/** Everything a widget normally needs, in order. A widget that uses less can list the sheets it uses. */
export const shared = [tokens, base, focus, tag, button, linkButton];
