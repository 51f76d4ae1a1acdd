import { css } from 'lit';

/** The elements and their prompts, laid out as the NHS task list (after the checklist's own sheet). */
export const promptStyles = css`
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
    box-sizing: border-box; /* not inherited: inside the action's disclosure it was content-box, 4 px too wide at 320 px */
    width: 100%;
    max-width: min(40em, 100%);
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
  .about summary,
  .action summary {
    display: inline-block;
    color: var(--cl-color-link);
    text-decoration: underline;
    cursor: pointer;
    font-size: var(--cl-font-size-small);
    min-height: 24px;
  }
  .why summary:hover,
  .about summary:hover,
  .action summary:hover {
    color: var(--cl-color-link-hover);
    text-decoration-thickness: 3px;
  }
  .action {
    margin-bottom: var(--cl-space-2);
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
`;
