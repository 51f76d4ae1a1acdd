/**
 * The loading and error states every widget renders inside itself. Errors are a labelled region
 * with role="alert" only when they replace the content, so screen readers hear them once.
 */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * `size` keeps the space the loaded widget will take (the same heights as internal/reserve.ts), so
 * nothing below it moves when the content arrives: `tall` for a screen's height at least.
 */
export function renderLoading(label: string, size: 'line' | 'tall' | 'board' = 'line'): TemplateResult {
  return html`<p class="cl-secondary cl-loading cl-loading--${size}" part="loading" role="status">${label}</p>`;
}

export function renderError(title: string, message: string, errors: readonly string[] = []): TemplateResult {
  return html`<div class="cl-message cl-message--error" part="error" role="alert">
    <p><strong>${title}</strong></p>
    <p>${message}</p>
    ${errors.length
      ? html`<ul>
          ${errors.map((e) => html`<li>${e}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
