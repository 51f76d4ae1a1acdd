/**
 * NHS form fields shared by every widget with inputs outside a filter panel too (the board
 * profile) and by the filter panel (filter-styles.ts): a field with its label, the text input, and
 * NHS small checkboxes and radios. Its own module so the board profile does not load the panel's
 * chips and result count.
 */
import { css } from 'lit';

export const formStyles = css`
  .cl-field {
    margin: 0 0 var(--cl-space-3);
  }
  .cl-field label,
  .cl-label {
    display: block;
    margin-bottom: var(--cl-space-1);
    font-weight: var(--cl-font-weight-bold);
  }
  .cl-input {
    width: 100%;
    min-height: 40px;
    padding: 4px 8px;
    border: 2px solid var(--cl-color-input-border);
    border-radius: 0;
    background: var(--cl-color-surface);
    color: inherit;
    font: inherit;
  }
  .cl-checkbox,
  .cl-radio {
    display: flex;
    align-items: flex-start;
    gap: var(--cl-space-2);
    margin: 0 0 var(--cl-space-2);
  }
  .cl-checkbox input,
  .cl-radio input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--cl-color-primary);
    cursor: pointer;
  }
  .cl-checkbox input:focus-visible,
  .cl-radio input:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 8px var(--cl-color-focus-text);
  }
  .cl-checkbox label,
  .cl-radio label {
    cursor: pointer;
    line-height: 24px;
  }
`;
