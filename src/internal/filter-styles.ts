/**
 * The filter panel shared by the gallery and the explorer (MOJ filter pattern, NHS small
 * checkboxes and radios): fieldsets with legends, a search box, selected filters as removable chips, and a
 * status line for the result count.
 */
import { css } from 'lit';

export const filterStyles = css`
  .cl-filter {
    padding: var(--cl-space-3);
    border: 1px solid var(--cl-color-input-border);
    background: var(--cl-color-surface);
  }
  .cl-filter fieldset {
    margin: 0 0 var(--cl-space-3);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .cl-filter legend {
    margin-bottom: var(--cl-space-2);
    padding: 0;
    font-weight: var(--cl-font-weight-bold);
  }
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
  .cl-chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-2);
    margin: 0 0 var(--cl-space-3);
    padding: 0;
    list-style: none;
  }
  .cl-chip {
    display: inline-flex;
    align-items: center;
    gap: var(--cl-space-1);
    min-height: 32px;
    padding: 4px 8px;
    border: 1px solid var(--cl-color-primary);
    background: var(--cl-color-surface);
    color: var(--cl-color-primary);
    font: inherit;
    font-size: var(--cl-font-size-small);
    cursor: pointer;
  }
  .cl-chip::after {
    content: '×';
    font-size: 1.25em;
    line-height: 1;
  }
  .cl-chip:hover {
    background: #e6eff8;
  }
  .cl-chip:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    box-shadow: inset 0 0 0 2px var(--cl-color-focus-text);
  }
  .cl-result-count {
    margin: 0 0 var(--cl-space-3);
    font-weight: var(--cl-font-weight-bold);
  }
  @media (forced-colors: active) {
    .cl-chip {
      border-color: ButtonText;
    }
  }
`;
