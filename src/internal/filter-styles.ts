/**
 * The filter panel shared by the gallery and the explorer (MOJ filter pattern, NHS small
 * checkboxes and radios): fieldsets with legends, a search box, selected filters as removable chips, and a
 * status line for the result count. The fields, inputs, checkboxes and radios are form-styles.ts's.
 */
import { css } from 'lit';
import { formStyles } from './form-styles.js';

export const filterStyles = [
  formStyles,
  css`
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
    background: color-mix(in srgb, var(--cl-color-primary) 10%, var(--cl-color-surface));
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
`,
];
