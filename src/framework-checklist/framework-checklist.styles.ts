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
  .cl-button--danger {
    background: var(--cl-color-error);
    border-color: transparent;
    box-shadow: 0 4px 0 #6b140e;
    color: #ffffff;
  }
  .cl-button--danger:hover {
    background: #aa2016;
  }
  .cl-button--secondary.cl-button--danger {
    background: var(--cl-color-surface);
    border-color: var(--cl-color-error);
    box-shadow: 0 4px 0 var(--cl-color-error);
    color: #aa2016;
  }
  .cl-button--secondary.cl-button--danger:hover {
    background: #fbe9e8;
  }
  .panel {
    margin: 0 0 var(--cl-space-4);
    padding: var(--cl-space-3);
    border: 1px solid var(--cl-color-border);
    border-left: 8px solid var(--cl-color-primary);
    background: var(--cl-color-surface);
  }
  .panel:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 8px var(--cl-color-focus-text);
  }
  .panel:focus:not(:focus-visible) {
    outline: none;
  }
  .panel--warning {
    border-left-color: var(--cl-color-error);
  }
  .panel-title {
    margin-bottom: var(--cl-space-2);
    font-size: 1.125rem;
    font-weight: var(--cl-font-weight-bold);
  }
  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-3);
    align-items: center;
  }
  .panel ul {
    margin: 0 0 var(--cl-space-3);
    padding-left: 1.25rem;
  }
  .changes li {
    margin-bottom: var(--cl-space-1);
  }
  .change-prompt {
    font-weight: var(--cl-font-weight-bold);
  }

  /* Elements and prompts (NHS task list) */
  .element {
    margin: var(--cl-space-5) 0 0;
  }
  .element-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--cl-space-3);
  }
  .element-title {
    margin-bottom: var(--cl-space-2);
  }
  .element-progress {
    margin: 0 0 var(--cl-space-2);
  }
  .about {
    margin: 0 0 var(--cl-space-3);
  }
  .about p {
    max-width: 44em;
    margin: var(--cl-space-2) 0 0;
  }
  .prompts {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--cl-color-border);
  }
  .prompt {
    position: relative;
    padding: var(--cl-space-3) 0;
    border-bottom: 1px solid var(--cl-color-border);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .prompt-text {
    display: block;
    width: 100%;
    margin: 0 0 var(--cl-space-2);
    padding: 0;
    font-size: 1.125rem;
    font-weight: var(--cl-font-weight-bold);
    line-height: 1.4;
  }
  .prompt-status,
  .prompt-origin,
  .prompt-hint {
    margin: 0 0 var(--cl-space-2);
  }
  .prompt-origin {
    font-size: var(--cl-font-size-small);
  }
  .status-completed {
    font-weight: var(--cl-font-weight-bold);
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-2) var(--cl-space-4);
    margin: 0 0 var(--cl-space-3);
  }
  .radio {
    display: flex;
    align-items: center;
    gap: var(--cl-space-2);
    min-height: 32px;
  }
  .radio input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--cl-color-primary);
    cursor: pointer;
  }
  .radio input:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 4px var(--cl-color-focus), 0 0 0 8px var(--cl-color-focus-text);
  }
  .radio label {
    cursor: pointer;
    padding: 2px 0;
  }
  .note {
    margin: 0 0 var(--cl-space-2);
  }
  .note-label {
    display: block;
    font-weight: var(--cl-font-weight-bold);
  }
  .note-hint {
    margin: 0 0 var(--cl-space-1);
    font-size: var(--cl-font-size-small);
  }
  .note-input {
    display: block;
    width: 100%;
    max-width: 40em;
    min-height: 3.5em;
    padding: 4px 8px;
    border: 2px solid var(--cl-color-input-border);
    border-radius: 0;
    background: var(--cl-color-surface);
    color: inherit;
    font: inherit;
    line-height: 1.4;
    resize: vertical;
    field-sizing: content;
    max-height: 20em;
  }
  .note-input--over {
    border-color: var(--cl-color-error);
  }
  .note-count {
    margin: var(--cl-space-1) 0 0;
    color: var(--cl-color-secondary-text);
    font-size: var(--cl-font-size-small);
  }
  .note-count--over {
    color: var(--cl-color-error);
    font-weight: var(--cl-font-weight-bold);
  }
  .why summary,
  .about summary {
    display: inline-block;
    color: var(--cl-color-link);
    text-decoration: underline;
    cursor: pointer;
    font-size: var(--cl-font-size-small);
    min-height: 24px;
  }
  .why summary:hover,
  .about summary:hover {
    color: var(--cl-color-link-hover);
    text-decoration-thickness: 3px;
  }
  .why-body {
    margin-top: var(--cl-space-2);
    padding-left: var(--cl-space-3);
    border-left: 4px solid var(--cl-color-border);
    font-size: var(--cl-font-size-small);
  }
  .why-body ul {
    margin: 0 0 var(--cl-space-2);
    padding-left: 1.25rem;
  }
  .why-body p {
    margin-bottom: var(--cl-space-2);
  }
  .why-label {
    font-weight: var(--cl-font-weight-bold);
  }

  /* Wide containers: status on the right of the prompt, as in the NHS task list. */
  @container (min-width: 40rem) {
    .prompt-text {
      padding-right: 10rem;
    }
    .prompt-status {
      position: absolute;
      top: var(--cl-space-3);
      right: 0;
      max-width: 9rem;
      text-align: right;
    }
    .element-progress {
      text-align: right;
    }
  }

  /* The print summary: hidden on screen unless previewed. */
  .summary {
    display: none;
  }
  :host([print-preview]) .form {
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
    .form,
    :host([print-preview]) .form {
      display: none !important;
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

  @media (forced-colors: active) {
    .bar {
      appearance: auto;
    }
    .notice--warning,
    .panel {
      border-color: CanvasText;
    }
    .cl-button--danger {
      border-color: ButtonText;
    }
  }
`;
