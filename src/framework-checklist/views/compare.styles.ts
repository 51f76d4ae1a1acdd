import { css } from 'lit';

/** The Compare view (compare-view.ts). Bars are decorative: every count is also written out. */
export const compareStyles = css`
  .compare-field {
    margin: 0 0 var(--cl-space-4);
  }
  /* Always in the page (a live region must exist before its text changes), taking no room when empty.
     aria-live, not role="status": the widget's own status region stays the first one. */
  .compare-progress {
    margin: 0 0 var(--cl-space-4);
  }
  .compare-progress:empty {
    margin: 0;
  }
  .compare-label {
    display: block;
    font-weight: var(--cl-font-weight-bold);
  }
  .compare-field p {
    margin: var(--cl-space-1) 0 var(--cl-space-2);
  }
  .compare-input {
    max-width: 100%;
    font: inherit;
  }
  .compare-input:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 4px var(--cl-color-focus-text);
  }
  .compare-errors {
    margin: 0 0 var(--cl-space-4);
  }
  .compare-file,
  .compare-member-name {
    font-weight: var(--cl-font-weight-bold);
    overflow-wrap: anywhere;
  }
  .compare-element {
    margin: 0 0 var(--cl-space-5);
  }
  .compare-table {
    width: 100%;
    border-collapse: collapse;
  }
  .compare-table th,
  .compare-table td {
    padding: var(--cl-space-2) var(--cl-space-2) var(--cl-space-2) 0;
    border-bottom: 1px solid var(--cl-color-border);
    text-align: left;
    vertical-align: top;
  }
  .compare-table thead th {
    font-weight: var(--cl-font-weight-bold);
  }
  .compare-prompt {
    width: 45%;
    font-weight: normal;
  }
  .compare-row--differ .compare-prompt {
    border-left: 4px solid var(--cl-color-text);
    padding-left: var(--cl-space-2);
  }
  .compare-cell-label {
    display: none;
  }
  /* Narrow columns (NHS.UK responsive table): each row becomes a block, each cell labelled. */
  @container (max-width: 36rem) {
    .compare-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .compare-table tr,
    .compare-table th,
    .compare-table td {
      display: block;
      width: auto;
    }
    .compare-table th,
    .compare-table td {
      border-bottom: 0;
      padding-bottom: 0;
    }
    .compare-table tr {
      padding-bottom: var(--cl-space-2);
      border-bottom: 1px solid var(--cl-color-border);
    }
    .compare-table .compare-prompt {
      font-weight: var(--cl-font-weight-bold);
    }
    .compare-cell-label {
      display: block;
      font-weight: var(--cl-font-weight-bold);
    }
  }
  .compare-bar {
    display: block;
    width: 100%;
    max-width: 12rem;
    height: 12px;
    margin: 0 0 var(--cl-space-1);
    border: 1px solid var(--cl-color-input-border);
    background: var(--cl-color-surface);
  }
  .compare-counts {
    display: block;
  }
  .compare-current {
    margin: 0 0 var(--cl-space-1);
  }
  .compare-members {
    margin: var(--cl-space-2) 0 0;
    padding: 0;
    list-style: none;
  }
  .compare-member {
    margin: 0 0 var(--cl-space-2);
  }
  .compare-note {
    display: block;
    overflow-wrap: anywhere;
  }
  .compare-member .cl-button {
    margin: var(--cl-space-1) 0 0;
  }
  .compare-legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-1) var(--cl-space-3);
  }
  .compare-swatch {
    width: 0.8em;
    height: 0.8em;
    margin-right: var(--cl-space-1);
    border: 1px solid var(--cl-color-input-border);
  }
  .seg--completed {
    fill: var(--cl-color-success);
  }
  .seg--in-progress {
    fill: var(--cl-color-primary);
  }
  .seg--not-started {
    fill: var(--cl-color-surface);
  }
  .seg--not-applicable {
    fill: var(--cl-color-secondary-text);
  }
  @media (forced-colors: active) {
    /* System colours only, and two different ones: Completed and In progress must stay apart in every
       high-contrast theme (the legend's swatches use the same classes, so they still explain the bars). */
    .compare-bar,
    .compare-swatch {
      forced-color-adjust: none;
    }
    .compare-swatch {
      border-color: CanvasText;
    }
    .seg--completed {
      fill: CanvasText;
    }
    .seg--in-progress {
      fill: Highlight;
    }
    .seg--not-started {
      fill: Canvas;
    }
    .seg--not-applicable {
      fill: GrayText;
    }
  }
`;
