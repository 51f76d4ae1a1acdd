import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  /* Open barriers the filters leave out stay in the DOM, hidden; a host's ::part() display must not show them. */
  [hidden] {
    display: none !important;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }

  /* View switch: NHS small radios in a row. */
  .view-switch {
    margin: 0 0 var(--cl-space-3);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .view-switch legend {
    margin-bottom: var(--cl-space-2);
    padding: 0;
    font-weight: var(--cl-font-weight-bold);
  }
  .view-switch__options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-2) var(--cl-space-4);
  }
  .view-switch .cl-radio {
    margin: 0; /* the options sit in a row; the row's gap spaces them */
  }

  /* Layout: one column when narrow (filters behind a button), a filter column beside the list when wide. */
  .layout {
    display: grid;
    gap: var(--cl-space-3);
  }
  .filter-toggle {
    justify-self: start;
  }
  .filters:not(.is-open) {
    display: none;
  }
  .filters.is-open {
    margin-top: var(--cl-space-2);
  }
  @container (min-width: 640px) {
    .layout {
      grid-template-columns: minmax(13rem, var(--cl-explorer-filter-width, 18rem)) minmax(0, 1fr);
      gap: var(--cl-space-4);
      align-items: start;
    }
    .filter-toggle {
      display: none;
    }
    .filters:not(.is-open),
    .filters.is-open {
      display: block;
      margin-top: 0;
    }
  }
  .filters__title {
    font-size: 1.125rem;
  }
  .hint {
    margin: 0 0 var(--cl-space-1);
    color: var(--cl-color-secondary-text);
    font-size: var(--cl-font-size-small);
  }
  .filter-group:last-child {
    margin-bottom: 0;
  }
  .option-count {
    color: var(--cl-color-secondary-text);
  }
  .results {
    min-width: 0;
  }

  /* Selected filters and the count. */
  .selected {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--cl-space-2) var(--cl-space-3);
    margin: 0 0 var(--cl-space-3);
  }
  .selected__title {
    flex-basis: 100%;
    margin: 0;
    font-weight: var(--cl-font-weight-bold);
  }
  .selected .cl-chips {
    margin: 0;
  }
  .cl-result-count:focus {
    outline: none;
  }
  .cl-result-count:focus-visible {
    outline: 4px solid var(--cl-color-focus);
  }
  .note,
  .empty {
    margin-bottom: var(--cl-space-3);
  }

  /* Barriers: neutral cards (no do/don't ticks and crosses), expanded with native details. */
  .barrier-list {
    list-style: none;
  }
  .more {
    margin: var(--cl-space-4) 0 0;
  }
  .barrier {
    /* Off-screen barriers skip layout and paint (still in the accessibility tree and found by
       find-in-page): a filter change over many barriers lays out only what is in view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
    margin: 0 0 var(--cl-space-3);
    padding: var(--cl-space-3);
    border: 1px solid var(--cl-color-border);
    border-bottom-width: 4px;
    background: var(--cl-color-surface);
  }
  .barrier__title {
    font-size: 1.1875rem;
  }
  .barrier__meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--cl-space-2) var(--cl-space-3);
    margin-bottom: var(--cl-space-2);
  }
  .barrier__disciplines {
    color: var(--cl-color-secondary-text);
  }
  .barrier__label {
    font-weight: var(--cl-font-weight-bold);
  }
  .level-tag--organisational {
    color: #240050;
    border-color: #240050;
    background: #d6cce3;
  }
  .level-tag--system {
    color: #00524d;
    border-color: #00524d;
    background: #ccedeb;
  }
  summary {
    display: inline-flex;
    align-items: flex-start;
    gap: var(--cl-space-2);
    min-height: 24px;
    color: var(--cl-color-link);
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    margin-top: 0.35em;
    border-style: solid;
    border-color: transparent;
    border-width: 7px 0 7px 12px;
    border-left-color: currentColor;
  }
  details[open] > summary::before {
    border-width: 12px 7px 0;
    border-color: transparent;
    border-top-color: currentColor;
  }
  summary span:first-child {
    text-decoration: underline;
    text-underline-offset: 0.1em;
  }
  summary:hover {
    color: var(--cl-color-link-hover);
  }
  summary:hover span:first-child {
    text-decoration-thickness: 3px;
  }
  summary:focus-visible span:first-child {
    text-decoration: none;
  }
  .barrier__content {
    margin-top: var(--cl-space-3);
    padding-left: var(--cl-space-3);
    border-left: 4px solid var(--cl-color-border);
  }
  .barrier__content > :last-child {
    margin-bottom: 0;
  }
  .barrier__subheading {
    margin-top: var(--cl-space-4);
    font-size: 1.0625rem;
  }
  .enabler-group__title {
    margin-top: var(--cl-space-3);
    font-size: 1rem;
    color: var(--cl-color-secondary-text);
  }
  .enablers,
  .case-studies,
  .barrier-links,
  .element__enablers {
    list-style: none;
  }
  .enabler {
    margin: 0 0 var(--cl-space-3);
  }
  .enabler p,
  .element-enabler p {
    margin-bottom: var(--cl-space-1);
  }
  .enabler__title {
    font-weight: var(--cl-font-weight-bold);
  }
  .enabler__meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--cl-space-2);
    font-size: var(--cl-font-size-small);
  }
  .enabler__actor {
    font-weight: var(--cl-font-weight-bold);
  }
  .case-studies {
    margin-bottom: var(--cl-space-3);
  }
  .case-study {
    margin: 0 0 var(--cl-space-2);
  }
  .case-study__name {
    display: block;
    font-weight: var(--cl-font-weight-bold);
  }
  .case-study__role {
    display: block;
    color: var(--cl-color-secondary-text);
    font-size: var(--cl-font-size-small);
  }
  .sources {
    padding-left: 1.5rem;
    font-size: var(--cl-font-size-small);
  }
  .source {
    margin-bottom: var(--cl-space-1);
  }
  cite {
    font-style: normal;
  }

  /* By framework element. */
  .element {
    margin: 0 0 var(--cl-space-5);
    padding-top: var(--cl-space-3);
    border-top: 4px solid var(--cl-color-primary);
  }
  .element__summary {
    color: var(--cl-color-secondary-text);
  }
  .element-enabler,
  .element__other {
    margin: 0 0 var(--cl-space-3);
    padding: var(--cl-space-3);
    border: 1px solid var(--cl-color-border);
    background: var(--cl-color-surface);
  }
  .element-enabler__title {
    font-size: 1.0625rem;
  }
  .element-enabler__label {
    margin-top: var(--cl-space-3);
    font-weight: var(--cl-font-weight-bold);
  }
  .barrier-links li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--cl-space-1) var(--cl-space-2);
    margin: 0 0 var(--cl-space-2);
  }
  .barrier-links .cl-tag {
    font-weight: normal;
  }

  @media (forced-colors: active) {
    summary::before {
      border-left-color: CanvasText;
    }
    details[open] > summary::before {
      border-top-color: CanvasText;
    }
    .barrier,
    .element-enabler,
    .element__other {
      border-color: CanvasText;
    }
  }
`;
