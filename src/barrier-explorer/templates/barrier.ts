/**
 * Templates for one barrier (title, tags, and the native disclosure with its description, enablers,
 * case studies and sources) and for the "By framework element" view. Text bindings only; every
 * URL goes through `safeHref`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CaseStudy, Enabler, Source } from '../../data/schema.js';
import { heading } from '../../internal/heading.js';
import { citationOf, renderCitation } from '../../internal/citation.js';
import { countText, showMoreText } from '../../internal/filter-text.js';
import { ACTOR_LABELS, LEVEL_LABELS, NOUN, templateHref } from '../text.js';
import type { ElementSection, ExplorerBarrier, ExplorerModel } from '../model.js';

export interface RenderContext {
  /** Heading level of barrier titles and element sections (2–6). */
  level: number;
  /** `case-study-href` template, if any. */
  caseStudyHref?: string;
  /** Fires cl-select; a cancelled event stops the link's navigation. */
  selectCaseStudy(id: string, event?: Event): void;
  showBarrier(id: string): void;
}

const sub = (level: number, by: number) => Math.min(6, level + by);

export function levelTag(b: ExplorerBarrier): TemplateResult {
  return html`<strong class="cl-tag level-tag level-tag--${b.level}">${LEVEL_LABELS[b.barrier.level]} level</strong>`;
}

function inferredTag(inferred: boolean | undefined): TemplateResult | typeof nothing {
  return inferred ? html`<strong class="cl-tag cl-tag--grey">Inferred from recommendations</strong>` : nothing;
}

function renderEnabler(e: Enabler): TemplateResult {
  return html`<li class="enabler">
    <p class="enabler__title">${e.title}</p>
    <p class="enabler__description">${e.description}</p>
    <p class="enabler__meta"><span class="enabler__actor">Who: ${ACTOR_LABELS[e.actor]}</span> ${inferredTag(e.inferred)}</p>
  </li>`;
}

function renderCaseStudy(c: CaseStudy, ctx: RenderContext): TemplateResult {
  const href = templateHref(ctx.caseStudyHref, c.id);
  const target = href
    ? html`<a href=${href} @click=${(e: Event) => ctx.selectCaseStudy(c.id, e)}>${c.name}</a>`
    : html`<button type="button" class="cl-link-button" @click=${() => ctx.selectCaseStudy(c.id)}>${c.name}</button>`;
  return html`<li class="case-study">
    <span class="case-study__name">${target}</span>
    <span class="case-study__role">${c.role}, ${c.organisation}</span>
  </li>`;
}

export function renderSource(s: Source): TemplateResult {
  return html`<li class="source">${renderCitation(citationOf(s.id, s))}</li>`;
}

function renderDetails(b: ExplorerBarrier, ctx: RenderContext): TemplateResult {
  const h = sub(ctx.level, 1);
  return html`<div class="barrier__content">
    <p class="barrier__description">${b.barrier.description}</p>
    ${b.barrier.inferred
      ? html`<p class="cl-secondary barrier__inferred">This barrier is read from the sources’ recommendations; they do not state it as a barrier.</p>`
      : nothing}
    ${heading(h, 'What helps', 'cl-heading barrier__subheading', 'section-heading')}
    ${b.enablerGroups.length
      ? b.enablerGroups.map(
          (g) => html`<div class="enabler-group">
            ${heading(sub(ctx.level, 2), g.element?.title ?? 'Other', 'cl-heading enabler-group__title', 'group-heading')}
            <ul class="enablers">
              ${g.enablers.map(renderEnabler)}
            </ul>
          </div>`,
        )
      : html`<p class="cl-secondary">No enablers are recorded for this barrier yet.</p>`}
    ${heading(h, 'Case studies that mention it', 'cl-heading barrier__subheading', 'section-heading')}
    ${b.caseStudies.length
      ? html`<ul class="case-studies">
          ${b.caseStudies.map((c) => renderCaseStudy(c, ctx))}
        </ul>`
      : html`<p class="cl-secondary">None of the case studies mentions it.</p>`}
    ${b.sources.length
      ? html`${heading(h, 'Sources', 'cl-heading barrier__subheading', 'section-heading')}
          <ol class="sources">
            ${b.sources.map(renderSource)}
          </ol>`
      : nothing}
  </div>`;
}

function renderBarrierBody(b: ExplorerBarrier, ctx: RenderContext): TemplateResult {
  const disciplines = b.disciplines.length ? b.disciplines.map((d) => d.label).join(', ') : 'All disciplines';
  return html`${heading(ctx.level, b.barrier.title, 'cl-heading barrier__title', 'barrier-heading')}
    <p class="barrier__meta">
      ${levelTag(b)} ${inferredTag(b.barrier.inferred)}
      <span class="barrier__disciplines"><span class="barrier__label">Disciplines:</span> ${disciplines}</span>
    </p>
    <details class="barrier__details" part="details">
      <summary part="summary"><span>About this barrier and what helps</span><span class="cl-visually-hidden">: ${b.barrier.title}</span></summary>
      ${renderDetails(b, ctx)}
    </details>`;
}

/**
 * The barriers on the page: the first `shown` matches, a page at a time, so filtering 1,000 barriers
 * lays out a page of them, not all. A barrier whose disclosure is open (`keep`) stays in the DOM,
 * hidden, while the filters leave it out, so it is still open when it comes back. Keyed by id, so a
 * barrier that stays keeps its nodes (and focus); each barrier's content is built once (`guard`)
 * until the barrier, the heading level or the link template changes. The context's callbacks must
 * be stable for the element's lifetime.
 */
export function renderBarrierList(
  all: readonly ExplorerBarrier[],
  shown: ReadonlySet<ExplorerBarrier>,
  keep: ReadonlySet<string>,
  ctx: RenderContext,
): TemplateResult {
  const items = all.filter((b) => shown.has(b) || keep.has(b.id));
  return html`<ul class="barrier-list" part="list" ?hidden=${shown.size === 0}>
    ${repeat(
      items,
      (b) => b.id,
      (b) => html`<li class="barrier" part="barrier" data-id=${b.id} ?hidden=${!shown.has(b)}>
        ${guard([b, ctx.level, ctx.caseStudyHref], () => renderBarrierBody(b, ctx))}
      </li>`,
    )}
  </ul>`;
}

/** "Show 24 more barriers", after the list; it stays there, so focus stays on it. */
export function renderShowMore(n: number, showMore: () => void): TemplateResult {
  return html`<p class="more">
    <button type="button" class="cl-button cl-button--secondary" part="show-more" @click=${showMore}>${showMoreText(NOUN, n)}</button>
  </p>`;
}

function renderBarrierLinks(barriers: readonly ExplorerBarrier[], ctx: RenderContext): TemplateResult {
  return html`<ul class="barrier-links">
    ${barriers.map(
      (b) => html`<li>
        <button type="button" class="cl-link-button" @click=${() => ctx.showBarrier(b.id)}>
          ${b.barrier.title}<span class="cl-visually-hidden"> (show in the barrier list)</span>
        </button>
        ${levelTag(b)}
      </li>`,
    )}
  </ul>`;
}

/**
 * Our grouping of the enablers and barriers under the framework's five elements (the framework's
 * own actions were not recovered, and the view says so). `visible` holds the barriers that pass the filters; with filters
 * on, only the chosen elements are shown, and enablers and sections with nothing left are left out.
 */
export function renderElementView(
  sections: readonly ElementSection[],
  visible: ReadonlySet<ExplorerBarrier>,
  filters: { filtered: boolean; elements: readonly string[] },
  ctx: RenderContext,
): TemplateResult {
  const h = sub(ctx.level, 1);
  const filtered = filters.filtered;
  const shown = sections
    .filter((s) => !filters.elements.length || filters.elements.includes(s.element.id))
    .map((s) => ({
      ...s,
      enablers: s.enablers.map((e) => ({ ...e, barriers: e.barriers.filter((b) => visible.has(b)) })).filter((e) => !filtered || e.barriers.length),
      otherBarriers: s.otherBarriers.filter((b) => visible.has(b)),
    }))
    .filter((s) => !filtered || s.enablers.length || s.otherBarriers.length);
  return html`<div class="element-view" part="elements">
    <p class="element-view__note cl-secondary" part="element-view-note">
      Our grouping: which element each enabler and barrier sits under is this library's judgement, not the framework's own.
      The framework's actions for each element could not be recovered, so none are shown as its words.
    </p>
    ${repeat(
      shown,
      (s) => s.element.id,
      (s) => html`<section class="element" part="element-section" aria-labelledby="element-heading-${s.element.id}">
        ${heading(ctx.level, s.element.title, 'cl-heading element__title', 'element-heading', `element-heading-${s.element.id}`)}
        <p class="element__summary">${s.element.summary}</p>
        ${s.enablers.length
          ? html`<ul class="element__enablers">
              ${s.enablers.map(
                ({ enabler, barriers }) => html`<li class="element-enabler">
                  ${heading(h, enabler.title, 'cl-heading element-enabler__title', 'enabler-heading')}
                  <p class="enabler__description">${enabler.description}</p>
                  <p class="enabler__meta"><span class="enabler__actor">Who: ${ACTOR_LABELS[enabler.actor]}</span> ${inferredTag(enabler.inferred)}</p>
                  ${barriers.length
                    ? html`<p class="element-enabler__label">Barriers it addresses</p>
                        ${renderBarrierLinks(barriers, ctx)}`
                    : html`<p class="cl-secondary">No barrier in this list names it.</p>`}
                </li>`,
              )}
            </ul>`
          : nothing}
        ${s.otherBarriers.length
          ? html`<div class="element__other">
              ${heading(h, 'Other barriers we place under this element', 'cl-heading element-enabler__title', 'enabler-heading')}
              ${renderBarrierLinks(s.otherBarriers, ctx)}
            </div>`
          : nothing}
      </section>`,
    )}
  </div>`;
}

/**
 * Nothing to show: why, and a one-click way back when filters are the cause. With no barriers at all
 * it says what the count above it says, in the same words and with the same ending (no full stop).
 */
export function renderEmpty(total: number, searching: boolean, clear: () => void): TemplateResult {
  if (total === 0) return html`<p class="cl-message empty" part="empty">${countText(NOUN, 0, 0, false)}</p>`;
  return html`<div class="cl-message empty" part="empty">
    <p><strong>No barriers match your filters.</strong></p>
    <p>${searching ? 'Check the spelling or try fewer words, or remove a filter.' : 'Remove a filter to see more barriers.'}</p>
    <button type="button" class="cl-button cl-button--secondary" @click=${clear}>Clear filters</button>
  </div>`;
}

/** A polite note (not an alert) about records given by property that could not be shown. */
export function renderSkippedNote(model: ExplorerModel): TemplateResult | typeof nothing {
  const say = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'} could not be shown because ${n === 1 ? 'its' : 'their'} data is incomplete.`;
  const parts = [model.skippedBarriers && say(model.skippedBarriers, 'barrier'), model.skippedEnablers && say(model.skippedEnablers, 'enabler')].filter(Boolean);
  return parts.length ? html`<p class="cl-message note" part="note">${parts.join(' ')}</p>` : nothing;
}
