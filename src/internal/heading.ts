/**
 * Headings at a host-chosen level. Tag names cannot be bound in Lit templates, so each level is
 * its own literal template; the level is clamped to 2–6 so bad attribute values still render.
 */
import { html, nothing, type TemplateResult } from 'lit';

export function clampLevel(level: unknown, fallback = 3): number {
  const n = Math.trunc(Number(level));
  return Number.isFinite(n) && n >= 2 && n <= 6 ? n : fallback;
}

export function heading(level: number, content: unknown, className = 'cl-heading', part = 'heading', id?: string): TemplateResult {
  // `nothing` leaves the attribute out, as ifDefined would (without the directive's module).
  const i = id ?? nothing;
  switch (clampLevel(level)) {
    case 2: return html`<h2 class=${className} part=${part} id=${i}>${content}</h2>`;
    case 4: return html`<h4 class=${className} part=${part} id=${i}>${content}</h4>`;
    case 5: return html`<h5 class=${className} part=${part} id=${i}>${content}</h5>`;
    case 6: return html`<h6 class=${className} part=${part} id=${i}>${content}</h6>`;
    default: return html`<h3 class=${className} part=${part} id=${i}>${content}</h3>`;
  }
}
