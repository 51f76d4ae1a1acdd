/**
 * Shared styles: NHS design tokens as custom properties, the NHS focus style, tags, buttons and
 * utilities. Every colour falls back from the host's `--nhsuk-*` property (set by NHS.UK frontend
 * v10+ on :root) to the NHS value, so a widget follows the host page when it can and looks right
 * when it cannot. Widgets use only the `--cl-*` names below.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --cl-color-text: var(--nhsuk-text-colour, #212b32);
    --cl-color-secondary-text: var(--nhsuk-secondary-text-colour, #4c6272);
    --cl-color-primary: var(--nhsuk-blue-colour, #005eb8);
    --cl-color-link: var(--nhsuk-link-colour, #005eb8);
    --cl-color-link-visited: var(--nhsuk-link-visited-colour, #330072);
    --cl-color-link-hover: var(--nhsuk-link-hover-colour, #7c2855);
    --cl-color-focus: var(--nhsuk-focus-colour, #ffeb3b);
    --cl-color-focus-text: var(--nhsuk-focus-text-colour, #212b32);
    --cl-color-error: var(--nhsuk-error-colour, #d5281b);
    --cl-color-success: var(--nhsuk-success-colour, #007f3b);
    --cl-color-border: var(--nhsuk-border-colour, #d8dde0);
    --cl-color-input-border: var(--nhsuk-input-border-colour, #4c6272);
    --cl-color-surface: var(--nhsuk-card-background-colour, #ffffff);
    --cl-color-page: var(--nhsuk-body-background-colour, #f0f4f5);
    --cl-space-1: 4px;
    --cl-space-2: 8px;
    --cl-space-3: 16px;
    --cl-space-4: 24px;
    --cl-space-5: 32px;
    --cl-radius: 4px;
    --cl-font-size-body: 1rem;
    --cl-font-size-small: 0.875rem;
    --cl-font-weight-bold: 600;

    display: block;
    box-sizing: border-box;
    color: var(--cl-color-text);
    font-family: inherit;
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** The NHS focus style: yellow with a black edge; a transparent outline survives forced colours. */
export const focus = css`
  a:focus-visible,
  summary:focus-visible,
  .cl-link-button:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--cl-color-focus);
    color: var(--cl-color-focus-text);
    box-shadow: 0 -2px var(--cl-color-focus), 0 4px var(--cl-color-focus-text);
    text-decoration: none;
  }
  button:not(.cl-link-button):focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 4px solid var(--cl-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--cl-color-focus-text);
  }
  a,
  button,
  summary,
  input,
  select,
  textarea {
    scroll-margin: 96px 0;
  }
  @media (forced-colors: active) {
    a:focus-visible,
    summary:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible {
      outline: 4px solid Highlight;
      color: LinkText;
    }
  }
`;

export const base = css`
  .cl-loading--tall {
    min-height: max(40rem, 100vh);
    margin: 0;
  }
  .cl-loading--board {
    min-height: 34rem;
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  .cl-heading {
    margin: 0 0 var(--cl-space-2);
    font-weight: var(--cl-font-weight-bold);
    line-height: 1.3;
    font-size: 1.25rem;
  }
  p {
    margin: 0 0 var(--cl-space-3);
  }
  a {
    color: var(--cl-color-link);
    text-decoration: underline;
    text-underline-offset: 0.1em;
  }
  a:visited {
    color: var(--cl-color-link-visited);
  }
  a:hover {
    color: var(--cl-color-link-hover);
    text-decoration-thickness: 3px;
  }
  .cl-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .cl-secondary {
    color: var(--cl-color-secondary-text);
  }
  .cl-message {
    padding: var(--cl-space-3);
    border: 1px solid var(--cl-color-border);
    border-left: 8px solid var(--cl-color-primary);
    background: var(--cl-color-surface);
  }
  .cl-message--error {
    border-left-color: var(--cl-color-error);
  }
  .cl-message > :last-child {
    margin-bottom: 0;
  }
  .cl-message ul {
    margin: var(--cl-space-2) 0 0;
    padding-left: 1.25rem;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * NHS tags: status, never action. Colour pairs exceed 7:1 (research/nhs-design.md 1.1). Only the
 * colours a widget uses are here (add one from the NHS set when a widget needs it).
 */
export const tag = css`
  .cl-tag {
    display: inline-block;
    padding: 4px 8px;
    border: 1px solid #004281;
    outline: 2px solid transparent;
    outline-offset: -2px;
    border-radius: 0;
    color: #004281;
    background: #ccdff1;
    font-size: var(--cl-font-size-small);
    font-weight: var(--cl-font-weight-bold);
    line-height: 1.2;
  }
  .cl-tag--white { color: #212b32; border-color: #212b32; background: #ffffff; }
  .cl-tag--grey { color: #354550; border-color: #354550; background: #dbe0e3; }
  .cl-tag--aqua-green { color: #00524d; border-color: #00524d; background: #ccedeb; }
`;

/**
 * NHS buttons: primary green, secondary outlined. Marked pure (a call wrapped round the sheet), so
 * a bundler leaves it out of a widget that does not use it, such as the card.
 */
export const button = /* @__PURE__ */ (() => css`
  .cl-button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 8px 16px;
    border: 2px solid transparent;
    border-radius: var(--cl-radius);
    background: var(--cl-color-success);
    box-shadow: 0 4px 0 #00401e;
    color: #ffffff;
    font: inherit;
    font-weight: var(--cl-font-weight-bold);
    line-height: 1.25;
    cursor: pointer;
    margin-bottom: 4px;
  }
  .cl-button:hover {
    background: #00662f;
  }
  .cl-button:active {
    box-shadow: none;
    transform: translateY(4px);
  }
  .cl-button--secondary {
    border-color: var(--cl-color-primary);
    background: var(--cl-color-surface);
    box-shadow: 0 4px 0 var(--cl-color-primary);
    color: var(--cl-color-primary);
  }
  .cl-button--secondary:hover {
    background: color-mix(in srgb, var(--cl-color-primary) 10%, var(--cl-color-surface));
  }
  .cl-button--small {
    min-height: 32px;
    padding: 4px 12px;
    font-size: var(--cl-font-size-small);
  }
  .cl-button:focus-visible {
    border-color: var(--cl-color-focus);
    background: var(--cl-color-focus);
    box-shadow: 0 4px 0 var(--cl-color-focus-text);
    color: var(--cl-color-focus-text);
    outline: 4px solid transparent;
  }
  @media (forced-colors: active) {
    .cl-button {
      border-color: ButtonText;
    }
  }
`)();

/** A button that looks like a link (actions inside text, such as a card's barriers). */
export const linkButton = css`
  .cl-link-button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--cl-color-link);
    font: inherit;
    text-align: left;
    text-decoration: underline;
    cursor: pointer;
  }
  .cl-link-button:hover {
    color: var(--cl-color-link-hover);
    text-decoration-thickness: 3px;
  }
`;

/** Everything a widget normally needs, in order. A widget that uses less can list the sheets it uses. */
export const shared = /* @__PURE__ */ (() => [tokens, base, focus, tag, button, linkButton])();
