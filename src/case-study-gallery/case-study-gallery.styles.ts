import { css } from 'lit';

/**
 * Lays out by the gallery's own width: filters above the cards when narrow, beside them when wide;
 * the card grid has its own container so its columns follow the space the cards really get.
 */
export const styles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--cl-gallery-gap, var(--cl-space-3));
  }
  .gallery__heading {
    margin-bottom: var(--cl-space-3);
    font-size: 1.5rem;
  }
  /* A screen's height at least, as before the script runs (internal/reserve.ts). */
  .gallery__loading {
    min-height: max(40rem, 100vh);
  }
  .coverage {
    margin: 0 0 var(--cl-space-4);
    padding: var(--cl-space-2) 0 var(--cl-space-2) var(--cl-space-3);
    border-left: 8px solid var(--cl-color-primary);
  }
  [part='error'] {
    margin-bottom: var(--cl-space-4);
  }

  .layout {
    display: grid;
    gap: var(--cl-space-4);
    align-items: start;
  }
  .filters {
    min-width: 0;
  }
  .filters__heading {
    margin-bottom: var(--cl-space-3);
    font-size: 1.125rem;
  }
  .filters .cl-field {
    margin-bottom: var(--cl-space-3);
  }
  .hint {
    margin: 0 0 var(--cl-space-2);
    color: var(--cl-color-secondary-text);
    font-size: var(--cl-font-size-small);
  }
  .filters fieldset {
    margin-bottom: 0;
  }
  .count {
    color: var(--cl-color-secondary-text);
  }
  .selected {
    margin: 0 0 var(--cl-space-3);
    padding-bottom: var(--cl-space-3);
    border-bottom: 1px solid var(--cl-color-border);
  }
  .selected .cl-chips {
    margin-bottom: var(--cl-space-3);
  }
  .selected .cl-chips > li {
    margin: 0;
  }
  .quick {
    margin: 0 0 var(--cl-space-3);
  }
  .quick .hint {
    margin: var(--cl-space-1) 0 0;
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--cl-color-primary);
    background: var(--cl-color-primary);
    box-shadow: 0 4px 0 #003087;
    /* The host's reverse text colour (white, or the SharePoint theme's text on its button fill). */
    color: var(--nhsuk-reverse-text-colour, #ffffff);
  }
  .toggle::before {
    content: '' / '';
    display: inline-block;
    width: 14px;
    height: 14px;
    margin-right: var(--cl-space-2);
    border: 2px solid currentColor;
    flex: none;
  }
  .toggle[aria-pressed='true']::before {
    content: '\\2713' / '';
    display: inline-flex;
    align-items: center;
    justify-content: center;
    font-size: 12px;
    line-height: 1;
  }
  .toggle[aria-pressed='true']:focus-visible {
    border-color: var(--cl-color-focus);
    background: var(--cl-color-focus);
    color: var(--cl-color-focus-text);
  }

  .results {
    container: cl-results / inline-size;
    min-width: 0;
  }
  .cl-result-count {
    margin: 0 0 var(--cl-space-3);
  }
  .cl-result-count:focus {
    outline: 4px solid var(--cl-color-focus);
    box-shadow: 0 0 0 8px var(--cl-color-focus-text);
  }
  .cl-result-count:focus:not(:focus-visible) {
    outline: none;
    box-shadow: none;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid__item {
    min-width: 0;
    /* Off-screen cards skip layout and paint (still in the accessibility tree and found by
       find-in-page): a filter change lays out only the cards in view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 24rem;
  }
  .grid__item > case-study-card {
    height: 100%;
  }

  .more {
    margin: var(--cl-space-4) 0 0;
  }
  .empty {
    margin: 0 0 var(--cl-space-3);
    padding: var(--cl-space-3) var(--cl-space-4);
    border: 1px solid var(--cl-color-border);
    background: var(--cl-color-surface);
  }
  .empty__title {
    font-size: 1.125rem;
    font-weight: var(--cl-font-weight-bold);
  }
  .empty ul {
    margin: 0 0 var(--cl-space-3);
    padding-left: 1.25rem;
  }

  @container (min-width: 40rem) {
    :host {
      --_gap: var(--cl-gallery-gap, var(--cl-space-4));
    }
    .filters fieldset .cl-checkbox {
      display: inline-flex;
      margin-right: var(--cl-space-4);
    }
  }
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: var(--cl-gallery-filter-width, 17rem) minmax(0, 1fr);
      gap: var(--cl-space-5);
    }
    .filters fieldset .cl-checkbox {
      display: flex;
      margin-right: 0;
    }
  }
  @container cl-results (min-width: 34rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container cl-results (min-width: 60rem) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
