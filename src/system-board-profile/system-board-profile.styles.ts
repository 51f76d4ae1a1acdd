import { css } from 'lit';

/** The system view's own styles; tokens, buttons and messages come from internal/. No colour carries meaning. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .intro { max-width: 44em; }
  .drop {
    border: 2px dashed var(--cl-color-border);
    padding: var(--cl-space-3);
    margin: var(--cl-space-3) 0;
  }
  .drop--over { border-color: var(--cl-color-primary); border-style: solid; }
  .drop p { margin: 0 0 var(--cl-space-2); }
  .buttons { display: flex; flex-wrap: wrap; gap: var(--cl-space-2); margin: var(--cl-space-3) 0; }
  .buttons .cl-button { margin: 0; }
  /* The file input is visually hidden inside its label: the label shows the NHS focus style. */
  .file-label { position: relative; }
  .file-label:focus-within { outline: 3px solid var(--cl-color-focus, #ffeb3b); box-shadow: 0 4px 0 #212b32; }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    margin: var(--cl-space-3) 0;
  }
  .cl-table {
    border-collapse: collapse;
    font-size: var(--cl-font-size-small);
  }
  .cl-table th, .cl-table td {
    border-bottom: 1px solid var(--cl-color-border);
    padding: var(--cl-space-2);
    text-align: left;
    vertical-align: top;
  }
  /* Fixed layout: 200 rows are laid out from the first row's widths, not measured cell by cell. */
  .orgs { min-width: 60rem; table-layout: fixed; width: 100%; }
  .orgs th:first-child { width: 14rem; }
  .sort {
    font: inherit;
    font-weight: var(--cl-font-weight-bold);
    color: var(--cl-color-link);
    background: none;
    border: 0;
    padding: 0;
    min-height: 24px;
    cursor: pointer;
    text-decoration: underline;
  }
  th[tabindex='-1']:focus { outline: 3px solid var(--cl-color-focus, #ffeb3b); outline-offset: -3px; }
  .history summary { cursor: pointer; color: var(--cl-color-link); font-weight: normal; min-height: 24px; }
  .history ul { margin: var(--cl-space-1) 0 0; padding-left: 1.25rem; font-weight: normal; }
  .lead-counts { padding-left: 1.25rem; }
  .problems { margin-bottom: var(--cl-space-4); }
  .problems li { overflow-wrap: anywhere; }
  @media (forced-colors: active) {
    .sort, .history summary { color: LinkText; }
    .drop--over { border-color: Highlight; }
  }
`;
