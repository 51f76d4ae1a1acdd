import { css } from 'lit';

/**
 * A plain NHS content card (white, 1px grey-4 border) with an accent rule on top: deliberately not
 * a care card, whose colours signal clinical urgency (research/nhs-design.md 1.5).
 */
export const styles = css`
  :host {
    container-type: inline-size;
    --_accent: var(--cl-card-accent, var(--cl-color-primary));
    --_accent-text: var(--cl-card-accent-text, #ffffff);
    --_border: var(--cl-card-border-colour, var(--cl-color-border));
    --_background: var(--cl-card-background, var(--cl-color-surface));
    --_padding: var(--cl-card-padding, var(--cl-space-3));
  }

  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    padding: var(--_padding);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    background: var(--_background);
  }
  /* The same heights as the space kept before the script runs (internal/reserve.ts). */
  .card--loading {
    min-height: var(--cl-card-min-height, 24rem);
  }
  :host([variant='full']) .card--loading {
    min-height: var(--cl-card-min-height, 44rem);
  }
  @container (max-width: 40rem) {
    .card--loading {
      min-height: var(--cl-card-min-height, 38rem);
    }
  }
  .card--loading [part='loading'] {
    margin: 0;
  }

  .card__header {
    display: flex;
    align-items: flex-start;
    gap: 12px;
    margin-bottom: var(--cl-space-3);
  }
  .card__title {
    min-width: 0;
    flex: 1;
  }
  .card__name {
    margin: 0 0 var(--cl-space-2);
    font-size: 1.25rem;
  }
  .initials {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 48px;
    height: 48px;
    border: 2px solid transparent;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: var(--cl-font-weight-bold);
    font-size: 1.125rem;
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-2);
    margin: 0;
  }

  .facts {
    display: grid;
    gap: var(--cl-space-2);
    margin: 0 0 var(--cl-space-3);
  }
  .facts dt {
    color: var(--cl-color-secondary-text);
    font-size: var(--cl-font-size-small);
    font-weight: var(--cl-font-weight-bold);
  }
  .facts dd {
    margin: 0;
  }
  .summary {
    margin-bottom: var(--cl-space-3);
  }
  .card > :last-child {
    margin-bottom: 0;
  }

  /* NHS details: a link-style summary with a triangle, the body behind a grey rule. */
  .details > summary {
    display: inline-block;
    position: relative;
    padding-left: 24px;
    color: var(--cl-color-link);
    cursor: pointer;
    list-style: none;
  }
  .details > summary::-webkit-details-marker {
    display: none;
  }
  .details > summary::before {
    content: '';
    position: absolute;
    top: 0.3em;
    left: 2px;
    width: 12px;
    height: 14px;
    background: currentColor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  .details[open] > summary::before {
    width: 14px;
    height: 12px;
    left: 0;
    top: 0.4em;
    clip-path: polygon(0 0, 100% 0, 50% 100%);
  }
  .details__label {
    text-decoration: underline;
    text-underline-offset: 0.1em;
  }
  .details > summary:hover .details__label {
    color: var(--cl-color-link-hover);
    text-decoration-thickness: 3px;
  }
  .details > summary:focus-visible .details__label {
    text-decoration: none;
  }
  .details__body {
    margin-top: var(--cl-space-2);
    padding: var(--cl-space-3) 0 0 var(--cl-space-3);
    border-left: 4px solid var(--cl-color-border);
  }

  .subheading {
    margin: 0 0 var(--cl-space-2);
    font-size: 1.0625rem;
    font-weight: var(--cl-font-weight-bold);
    line-height: 1.3;
  }
  .more__main,
  .more__aside,
  .more__sources {
    min-width: 0;
  }
  .more__main > :last-child,
  .more__aside > :last-child {
    margin-bottom: var(--cl-space-3);
  }
  .card--full .more {
    padding-top: var(--cl-space-3);
    border-top: 1px solid var(--cl-color-border);
  }

  /* The journey as a numbered timeline; the numbers are decoration, the <ol> carries the order. */
  .journey {
    margin: 0 0 var(--cl-space-3);
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .journey > li {
    position: relative;
    min-height: 28px;
    padding: 2px 0 var(--cl-space-3) 40px;
    counter-increment: step;
  }
  .journey > li:last-child {
    padding-bottom: 0;
  }
  .journey > li::before {
    content: counter(step) / '';
    position: absolute;
    top: 0;
    left: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    width: 28px;
    height: 28px;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_background);
    color: var(--_accent);
    font-size: var(--cl-font-size-small);
    font-weight: var(--cl-font-weight-bold);
    line-height: 1;
  }
  .journey > li:not(:last-child)::after {
    content: '';
    position: absolute;
    top: 30px;
    bottom: 2px;
    left: 13px;
    width: 2px;
    background: var(--cl-color-border);
  }
  .turning-point {
    padding: var(--cl-space-2) var(--cl-space-3);
    border-left: 4px solid var(--_accent);
    background: var(--cl-color-page);
  }

  /* Own bullets: a native marker sits on the last line of a wrapped button. */
  .factors {
    margin: 0 0 var(--cl-space-3);
    padding: 0;
    list-style: none;
  }
  .factors > li {
    position: relative;
    margin-bottom: var(--cl-space-1);
    padding-left: 20px;
  }
  .factors > li::before {
    content: '';
    position: absolute;
    top: 0.65em;
    left: 4px;
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  .factors .cl-link-button {
    text-align: left;
  }
  .partial {
    margin: var(--cl-space-3, 16px) 0 0;
    padding-left: var(--cl-space-3, 16px);
    border-left: 4px solid var(--cl-color-border, #d8dde0);
    font-size: var(--cl-font-size-small);
  }
  .handle__label {
    font-weight: var(--cl-font-weight-bold);
  }

  .sources {
    margin: 0;
    padding-left: 1.25rem;
    font-size: var(--cl-font-size-small);
  }
  .sources > li {
    margin-bottom: var(--cl-space-2);
  }
  .sources > li:last-child {
    margin-bottom: 0;
  }
  cite {
    font-style: normal;
  }

  @container (min-width: 30rem) {
    .card {
      padding: var(--cl-card-padding, var(--cl-space-4));
    }
    .initials {
      width: 56px;
      height: 56px;
      font-size: 1.25rem;
    }
    .card__name {
      font-size: 1.375rem;
    }
  }
  @container (min-width: 40rem) {
    .facts {
      grid-template-columns: 1fr 1fr;
      gap: var(--cl-space-3);
    }
    .more {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      column-gap: var(--cl-space-5);
    }
    .more__main:has(+ .more__sources),
    .more__sources {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .initials {
      border-color: CanvasText;
    }
    .details > summary::before {
      forced-color-adjust: none;
      background: LinkText;
    }
    .journey > li::before {
      border-color: CanvasText;
    }
  }
`;
