import { css } from 'lit';

/** The board profile's own styles; shared tokens, buttons, tags and fields come from internal/. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --cl-board-voting: #005eb8;
    --cl-board-non-voting: #41b6e6;
    --cl-board-attends: #ffb81c;
    --cl-board-executive-team: #ffffff;
  }
  .intro, .summary {
    max-width: 44em;
  }
  .summary {
    font-size: var(--cl-font-size-large, 1.1875rem);
  }
  .cl-button--warning {
    border-color: #d5281b;
    background: var(--cl-color-surface);
    box-shadow: 0 4px 0 #d5281b;
    color: #d5281b;
  }
  .chart {
    margin: var(--cl-space-3) 0;
    max-width: 640px;
  }
  .chart svg {
    display: block;
    height: auto;
  }
  .label, .value {
    font: inherit;
    font-size: 13px;
    fill: currentColor;
  }
  .seg { stroke: #212b32; stroke-width: 1; }
  .seg--voting { fill: var(--cl-board-voting); }
  .seg--non-voting { fill: var(--cl-board-non-voting); }
  .seg--attends { fill: var(--cl-board-attends); }
  .seg--executive-team { fill: var(--cl-board-executive-team); stroke-dasharray: 3 2; }
  .hatch { stroke: #212b32; stroke-width: 2; }
  .dot { fill: #212b32; }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-2) var(--cl-space-3);
    font-size: var(--cl-font-size-small);
  }
  .legend__item {
    display: inline-flex;
    align-items: center;
    gap: var(--cl-space-1);
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    margin: var(--cl-space-3) 0;
  }
  .cl-table {
    border-collapse: collapse;
    font-size: var(--cl-font-size-small);
  }
  .cl-table caption {
    text-align: left;
    font-weight: var(--cl-font-weight-bold);
    margin-bottom: var(--cl-space-2);
  }
  .cl-table th, .cl-table td {
    border-bottom: 1px solid var(--cl-color-border);
    padding: var(--cl-space-2);
    text-align: left;
    vertical-align: top;
  }
  .checks, .gaps, .seats {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--cl-space-4);
  }
  .check, .gap {
    border-left: 4px solid var(--cl-color-primary);
    padding: var(--cl-space-2) var(--cl-space-3);
    margin-bottom: var(--cl-space-3);
    background: var(--cl-color-surface);
  }
  .check__kind { display: flex; gap: var(--cl-space-2); margin: 0 0 var(--cl-space-2); }
  .cl-tag--green { color: #00401e; border-color: #00401e; background: #cce5d8; }
  .cl-tag--yellow { color: #4d3708; border-color: #4d3708; background: #fff9c4; }
  .cl-tag--red { color: #6b140e; border-color: #6b140e; background: #f7d4d1; }
  .cl-tag--purple { color: #3a2548; border-color: #3a2548; background: #e7dff3; }
  .gap ul { margin: 0 0 var(--cl-space-2); }
  .gap__label { font-weight: var(--cl-font-weight-bold); margin: var(--cl-space-2) 0 var(--cl-space-1); }
  .seat > fieldset {
    border: 1px solid var(--cl-color-border);
    margin: 0 0 var(--cl-space-3);
    padding: var(--cl-space-3);
    display: grid;
    gap: var(--cl-space-2);
    grid-template-columns: 1fr;
    min-width: 0;
  }
  .seat__legend { font-weight: var(--cl-font-weight-bold); padding: 0 var(--cl-space-1); }
  .field label { display: block; font-weight: var(--cl-font-weight-bold); margin-bottom: var(--cl-space-1); }
  .field .cl-input { width: 100%; }
  .seat__actions, .file-buttons { display: flex; flex-wrap: wrap; gap: var(--cl-space-2); }
  .file-label { position: relative; }
  .file-label:focus-within { outline: 3px solid var(--cl-color-focus, #ffeb3b); box-shadow: 0 4px 0 #212b32; }
  .notice .cl-button { margin-left: var(--cl-space-2); }
  .ft, .ahp-lead { margin: var(--cl-space-3) 0; }
  .ahp-lead .cl-input, .horizon .cl-input, #compare-with { width: auto; max-width: 100%; }
  .terms-details { grid-column: 1 / -1; }
  .terms-details > summary { cursor: pointer; color: var(--cl-color-link, #005eb8); text-decoration: underline; }
  .axis { stroke: currentColor; stroke-width: 1; }
  .example-tag { margin: 0 0 var(--cl-space-2); }
  @container (min-width: 40rem) {
    .seat > fieldset { grid-template-columns: 2fr 1fr 1fr 1fr; align-items: end; }
    .seat__legend, .seat__actions { grid-column: 1 / -1; }
  }
  @media (forced-colors: active) {
    .seg { stroke: CanvasText; }
    .seg--voting { fill: CanvasText; }
    .seg--non-voting, .seg--attends, .seg--executive-team { fill: Canvas; }
    .hatch, .dot { stroke: CanvasText; fill: CanvasText; }
    .check, .gap { border-left-color: CanvasText; }
  }
  @media print {
    .seats, .files, [data-action], .ft input { display: none; }
    :host { color: #000; }
  }
`;
