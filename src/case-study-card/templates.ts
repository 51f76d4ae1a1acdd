/**
 * The card's templates: pure Lit, from the card's model (model.ts) and what the element passes in.
 * Text bindings only; links come through `hrefFromTemplate` and `safeHref`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderCitation } from '../internal/citation.js';
import { clampLevel, heading } from '../internal/heading.js';
import { hrefFromTemplate } from '../internal/link-template.js';
import { journeyLabel, type CaseStudyView, type Named } from './model.js';

export type FactorKind = 'barrier' | 'enabler';

/** The element's settings the templates read (the element itself is passed). */
export interface CardSettings {
  headingLevel: number;
  variant: string;
  open: boolean;
  barrierHref?: string;
  enablerHref?: string;
}

/** The element's handlers, made once. */
export interface CardHandlers {
  toggle(event: Event): void;
  /** Fires cl-select; with a link, `event` is the click, cancelled when the host cancels. */
  select(kind: FactorKind, id: string, event?: Event): void;
}

/** A heading one level below the name; past 6, an ARIA heading keeps the outline. */
function subheading(nameLevel: number, text: string): TemplateResult {
  const level = nameLevel + 1;
  return level <= 6
    ? heading(level, text, 'subheading', 'subheading')
    : html`<p class="subheading" part="subheading" role="heading" aria-level="7">${text}</p>`;
}

/** The card: header, facts, summary, and the rest in full or behind the disclosure. */
export function renderCard(view: CaseStudyView, s: CardSettings, h: CardHandlers): TemplateResult {
  const level = clampLevel(s.headingLevel, 3);
  const cs = view.caseStudy;
  const full = s.variant === 'full';
  const disciplineSame = view.discipline && view.discipline.label.toLowerCase() === view.profession.label.toLowerCase();
  return html`<article class="card ${full ? 'card--full' : 'card--compact'}" part="card" aria-labelledby="name">
    <div class="card__header">
      <span class="initials" part="initials" aria-hidden="true">${view.initials}</span>
      <div class="card__title">
        ${heading(level, cs.name, 'card__name', 'heading', 'name')}
        <p class="tags">
          <span class="cl-visually-hidden">Profession: </span
          ><strong class="cl-tag cl-tag--white" part="tag tag-profession">${view.profession.label}</strong>
          ${view.discipline && !disciplineSame
            ? html`<span class="cl-visually-hidden">Discipline: </span
                ><strong
                  class="cl-tag ${view.isAhp ? 'cl-tag--aqua-green' : ''}"
                  part="tag tag-discipline${view.isAhp ? ' tag-ahp' : ''}"
                  >${view.discipline.label}</strong
                >`
            : nothing}
        </p>
      </div>
    </div>
    <dl class="facts" part="facts">
      <div>
        <dt>Role ${view.asOfPhrase}</dt>
        <dd>${cs.role}</dd>
      </div>
      <div>
        <dt>Organisation ${view.asOfPhrase}</dt>
        <dd>${cs.organisation}</dd>
      </div>
    </dl>
    <p class="summary" part="summary">${cs.summary}</p>
    ${cs.inCompendiumInferred
      ? html`<p class="partial" part="inferred-notice"><strong class="cl-tag cl-tag--grey">Our inference</strong> We take this to be one of the compendium’s case studies; no source we read says so.</p>`
      : nothing}
    ${view.partialNotice ? html`<p class="partial" part="partial-notice">${view.partialNotice}</p>` : nothing}
    ${full
      ? html`<div class="more">${renderMore(view, level, s, h)}</div>`
      : html`<details class="details" part="details" ?open=${s.open} @toggle=${h.toggle}>
          <summary part="details-summary"><span class="details__label">${journeyLabel(cs.name)}</span></summary>
          <div class="details__body more">${renderMore(view, level, s, h)}</div>
        </details>`}
  </article>`;
}

function renderMore(view: CaseStudyView, level: number, s: CardSettings, h: CardHandlers): TemplateResult {
  const cs = view.caseStudy;
  return html`<div class="more__main" part="journey">
      ${cs.journey.length
        ? html`${subheading(level, 'Journey')}
            <ol class="journey">
              ${cs.journey.map((step) => html`<li>${step}</li>`)}
            </ol>`
        : nothing}
      ${cs.turningPoint
        ? html`${subheading(level, 'Turning point')}
            <p class="turning-point">${cs.turningPoint}</p>`
        : nothing}
    </div>
    ${view.barriers.length || view.enablers.length || view.handle
      ? html`<div class="more__aside" part="factors">
          ${view.barriers.length
            ? html`${subheading(level, 'Barriers met')}
                <ul class="factors">
                  ${view.barriers.map((b) => html`<li>${renderFactor(s, h, 'barrier', b)}</li>`)}
                </ul>`
            : nothing}
          ${view.enablers.length
            ? html`${subheading(level, 'What helped')}
                <ul class="factors">
                  ${view.enablers.map((e) => html`<li>${renderFactor(s, h, 'enabler', e)}</li>`)}
                </ul>`
            : nothing}
          ${view.handle
            ? html`<p class="handle">
                <span class="handle__label">Twitter handle in 2019:</span>
                ${view.handle.href ? html`<a href=${view.handle.href} rel="noopener">${view.handle.text}</a>` : view.handle.text}
              </p>`
            : nothing}
        </div>`
      : nothing}
    <div class="more__sources">
      ${subheading(level, view.sources.length === 1 ? 'Source' : 'Sources')}
      <ol class="sources" part="sources">
        ${view.sources.map((s) => html`<li>${renderCitation(s)}</li>`)}
      </ol>
    </div>`;
}

function renderFactor(s: CardSettings, h: CardHandlers, kind: FactorKind, item: Named): TemplateResult {
  const href = hrefFromTemplate(kind === 'barrier' ? s.barrierHref : s.enablerHref, item.id);
  return href
    ? html`<a href=${href} data-id=${item.id} @click=${(e: Event) => h.select(kind, item.id, e)}>${item.label}</a>`
    : html`<button type="button" class="cl-link-button" data-id=${item.id} @click=${() => h.select(kind, item.id)}>
        ${item.label}
      </button>`;
}
