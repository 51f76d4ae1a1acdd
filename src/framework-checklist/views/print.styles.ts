import { css } from 'lit';

/**
 * The print summary, its on-screen preview and the print rules. Loaded with the print summary's
 * chunk and adopted after the widget's own styles, so they win over the screen rules. The action
 * plan's table uses the same table styles on screen.
 */
export const printStyles = css`
  /* The print summary: hidden on screen unless previewed. */
  .summary {
    display: none;
  }
  :host([print-preview]) .form:has(~ .summary) {
    display: none;
  }
  :host([print-preview]) .summary {
    display: block;
  }
  .summary-organisation {
    margin-bottom: var(--cl-space-1);
    font-size: 1.125rem;
    font-weight: var(--cl-font-weight-bold);
  }
  .summary-group {
    margin-top: var(--cl-space-4);
    break-inside: auto;
  }
  /* The cover sheet (Paper details): a page of its own when printed. */
  .summary-cover {
    margin-top: var(--cl-space-4);
    break-after: page;
  }
  .summary-cover-list {
    margin: 0;
  }
  .summary-cover-list div {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: var(--cl-space-3);
    padding: var(--cl-space-2) 0;
    border-bottom: 1px solid var(--cl-color-border);
  }
  .summary-cover-list dt {
    font-weight: var(--cl-font-weight-bold);
  }
  .summary-cover-list dd {
    margin: 0;
    white-space: pre-wrap;
  }
  .summary-cover-heading {
    margin-top: var(--cl-space-3);
    font-size: 1.125rem;
    break-after: avoid;
  }
  .summary-cover-text {
    white-space: pre-wrap;
  }
  .summary-group-title {
    break-after: avoid;
  }
  .summary-progress {
    margin-bottom: var(--cl-space-2);
  }
  .summary-table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    font-size: var(--cl-font-size-small);
  }
  .summary-table th:nth-child(1) {
    width: 46%;
  }
  .summary-table th:nth-child(2) {
    width: 8.5rem;
  }
  .summary-table th,
  .summary-table td {
    padding: var(--cl-space-2);
    border-bottom: 1px solid var(--cl-color-border);
    text-align: left;
    vertical-align: top;
  }
  .summary-table th {
    border-bottom-width: 2px;
    border-bottom-color: var(--cl-color-text);
  }
  .summary-table tr {
    break-inside: avoid;
  }
  .summary-status {
    white-space: nowrap;
    font-weight: var(--cl-font-weight-bold);
  }
  .summary-note {
    white-space: pre-wrap;
  }
  .summary-foot {
    margin-top: var(--cl-space-4);
    font-size: var(--cl-font-size-small);
  }
  :host([print-preview]) .summary {
    padding: var(--cl-space-4);
    border: 1px solid var(--cl-color-border);
    background: #ffffff;
  }
  @container (max-width: 30rem) {
    .summary-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .summary-table tr {
      display: block;
      padding: var(--cl-space-2) 0;
      border-bottom: 1px solid var(--cl-color-border);
    }
    .summary-table td {
      display: block;
      padding: 0 0 var(--cl-space-1);
      border: 0;
    }
  }

  @media print {
    :host {
      color: #000000;
      font-size: 11pt;
    }
    /* Until the print summary has loaded, the form itself prints. */
    .form:has(~ .summary) {
      display: none !important;
    }
    /* NHS.UK print: true black text, and links print their address. */
    .summary,
    .summary .cl-secondary,
    .summary a {
      color: #000000 !important;
    }
    .summary a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .summary,
    :host([print-preview]) .summary {
      display: block !important;
      padding: 0;
      border: 0;
    }
    .summary-table th,
    .summary-table td {
      border-color: #000000;
    }
  }
`;
