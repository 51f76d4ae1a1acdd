/**
 * The board profile's templates: the seat editor, the checks, the gaps and the chart. Pure Lit
 * templates; the element passes in its state and handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import type { DatasetIndex } from '../data/lookup.js';
import type { BoardFact, BoardFigure, Source } from '../data/schema.js';
import { citationOf, renderCitation } from '../internal/citation.js';
import { heading } from '../internal/heading.js';
import {
  absentDisciplines, BACKGROUND_LABELS, BACKGROUNDS, MEMBERSHIP_LABELS, MEMBERSHIPS, noun, REGISTRATION_LABELS, REGISTRATIONS, ROLE_SUGGESTIONS, seatNames, SIDE_LABELS, SIDES,
  type Check, type Counts, type Membership, type Seat,
} from './model.js';

export interface SeatHandlers {
  edit: (seat: Seat, field: keyof Seat, value: string) => void;
  move: (seat: Seat, by: -1 | 1) => void;
  remove: (seat: Seat) => void;
  /** A seat's "Terms and tenure" was opened or closed. */
  toggleTerms: (seat: Seat, open: boolean) => void;
  /** The seat's term fields, once their chunk has loaded (else a loading line). */
  terms: (seat: Seat) => TemplateResult | undefined;
  isTermsOpen: (seat: Seat) => boolean;
}

function select(id: string, label: string, value: string, options: readonly string[], labels: Record<string, string>, onChange: (v: string) => void): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} class="cl-input" .value=${live(value)} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${labels[o]}</option>`)}
    </select>
  </div>`;
}

export function seatRow(seat: Seat, index: number, count: number, h: SeatHandlers, name: string): TemplateResult {
  const id = `seat-${seat.id}`;
  const open = h.isTermsOpen(seat);
  return html`<li class="seat" part="seat" data-seat-id=${seat.id}>
    <fieldset>
      <legend class="seat__legend">${name}</legend>
      <div class="field">
        <label for="${id}-role">Role title</label>
        <input id="${id}-role" class="cl-input" list="role-suggestions" autocomplete="off" maxlength="120"
          .value=${live(seat.role)} @change=${(e: Event) => h.edit(seat, 'role', (e.target as HTMLInputElement).value)} />
      </div>
      ${select(`${id}-membership`, 'Membership', seat.membership, MEMBERSHIPS, MEMBERSHIP_LABELS, (v) => h.edit(seat, 'membership', v))}
      ${select(`${id}-side`, 'Executive or non-executive', seat.side, SIDES, SIDE_LABELS, (v) => h.edit(seat, 'side', v))}
      ${select(`${id}-background`, 'Professional background', seat.background, BACKGROUNDS, BACKGROUND_LABELS, (v) => h.edit(seat, 'background', v))}
      ${select(`${id}-registration`, 'Professional registration', seat.registration ?? '', ['', ...REGISTRATIONS], REGISTRATION_LABELS, (v) => h.edit(seat, 'registration', v))}
      <details class="terms-details" ?open=${open} @toggle=${(e: Event) => h.toggleTerms(seat, (e.target as HTMLDetailsElement).open)}>
        <summary><span>Terms and tenure (optional)<span class="cl-visually-hidden">: ${name}</span></span></summary>
        ${open ? h.terms(seat) ?? html`<p class="cl-secondary">Loading…</p>` : nothing}
      </details>
      <div class="seat__actions">
        <button type="button" class="cl-button cl-button--secondary" data-action="up" ?disabled=${index === 0} @click=${() => h.move(seat, -1)}>
          Move up<span class="cl-visually-hidden">: ${name}</span>
        </button>
        <button type="button" class="cl-button cl-button--secondary" data-action="down" ?disabled=${index === count - 1} @click=${() => h.move(seat, 1)}>
          Move down<span class="cl-visually-hidden">: ${name}</span>
        </button>
        <button type="button" class="cl-button cl-button--warning" data-action="remove" @click=${() => h.remove(seat)}>
          Remove<span class="cl-visually-hidden">: ${name}</span>
        </button>
      </div>
    </fieldset>
  </li>`;
}

export function seatList(seats: readonly Seat[], h: SeatHandlers): TemplateResult {
  // Unique names: four "Non-executive Director" seats are "Non-executive Director 1 of 4" and so on,
  // for their groups and their buttons alike.
  const names = seatNames(seats);
  return html`<datalist id="role-suggestions">${ROLE_SUGGESTIONS.map((r) => html`<option value=${r}></option>`)}</datalist>
    <ol class="seats" part="seats">
      ${repeat(seats, (s) => s.id, (s, i) => seatRow(s, i, seats.length, h, names.get(s.id)!))}
    </ol>`;
}

/** The sources of a fact, each cited in the one wording every widget uses. */
export function sourceList(ids: readonly string[], index: DatasetIndex | undefined): TemplateResult | typeof nothing {
  const sources = ids.map((id) => index?.sources.get(id)).filter((s): s is Source => !!s);
  if (!sources.length) return nothing;
  // One citation per source, in the wording every widget uses (internal/citation.ts).
  return html`<p class="sources cl-secondary">Sources: ${sources.map((s, i) => html`${i ? ' ' : ''}${renderCitation(citationOf(s.id, s))}`)}</p>`;
}

/** "Label: 81% (who was counted, year)": a figure always with its population and year. */
const figureText = (g: BoardFigure) => `${g.label}: ${g.value.toLocaleString('en-GB')}${g.unit === 'percent' ? '%' : ''} (${g.population}, ${g.year})`;

const STATUS_TEXT = { met: 'Met', partly: 'Partly met', 'not-met': 'Not met', 'not-recorded': 'Registration not recorded', info: '' } as const;
const STATUS_CLASS = { met: 'cl-tag--green', partly: 'cl-tag--yellow', 'not-met': 'cl-tag--red', 'not-recorded': 'cl-tag--grey', info: '' } as const;

export function checkItem(check: Check, fact: BoardFact | undefined, index: DatasetIndex | undefined, level: number): TemplateResult {
  const context = check.contextId ? index?.boardFacts.get(check.contextId) : undefined;
  // The heading first, then its kind and status: a reader moving by headings meets the heading and
  // then hears "Law, Not met", rather than a status that belongs to the heading not yet reached.
  return html`<li class="check" part="check" data-check=${check.id}>
    ${heading(level, check.title, 'cl-heading check__title', 'check-heading')}
    <p class="check__kind"><strong class="cl-tag ${check.kind === 'law' ? 'cl-tag--purple' : 'cl-tag--blue'}">${check.kind === 'law' ? 'Law' : 'Recommendation'}</strong>
      ${check.status === 'info' ? nothing : html`<strong class="cl-tag ${STATUS_CLASS[check.status]}">${STATUS_TEXT[check.status]}</strong>`}</p>
    <p class="check__text">${check.text}</p>
    ${fact ? html`<p class="cl-secondary">${fact.text}</p>` : nothing}
    ${fact?.scope ? html`<p class="cl-secondary scope">Applies to: ${fact.scope}</p>` : nothing}
    ${fact ? sourceList(fact.sourceIds, index) : nothing}
    ${context?.figures?.length
      ? html`<div class="check__context"><p class="cl-secondary">For context, not a target: ${context.text}</p>
          <ul class="cl-secondary">${context.figures.map((g) => html`<li>${figureText(g)}</li>`)}</ul>
          ${sourceList(context.sourceIds, index)}</div>`
      : nothing}
  </li>`;
}

export interface GapContext {
  index: DatasetIndex;
  level: number;
  onSelect: (kind: 'barrier' | 'enabler' | 'case-study', id: string) => void;
}

const button = (label: string, kind: 'barrier' | 'enabler' | 'case-study', id: string, ctx: GapContext) =>
  html`<button type="button" class="cl-link-button" data-kind=${kind} data-id=${id} @click=${() => ctx.onSelect(kind, id)}>${label}</button>`;

/** For each discipline with no seat at the board: the barriers reported for it and what helps. */
export function gaps(seats: readonly Seat[], ctx: GapContext): TemplateResult | typeof nothing {
  const absent = absentDisciplines(seats);
  if (!absent.length) return nothing;
  const { index } = ctx;
  return html`<ul class="gaps" part="gaps">
    ${absent.map((d) => {
      const barriers = [...index.barriers.values()].filter((b) => b.disciplineIds.includes(d));
      const enablerIds = [...new Set(barriers.flatMap((b) => b.enablerIds))].filter((id) => index.enablers.has(id));
      const cases = [...index.caseStudies.values()].filter((c) => index.professions.get(c.professionId)?.disciplineId === d);
      return html`<li class="gap" data-discipline=${d}>
        ${heading(ctx.level, `No ${noun(d, 1)} at the board`, 'cl-heading gap__title', 'gap-heading')}
        ${barriers.length
          ? html`<p class="gap__label">Barriers recorded for ${noun(d, 2)} in the data set:</p>
              <ul>${barriers.map((b) => html`<li>${button(b.title, 'barrier', b.id, ctx)}</li>`)}</ul>`
          : html`<p class="cl-secondary">The data set records no barrier for ${noun(d, 2)} alone; the barriers for all disciplines apply.</p>`}
        ${enablerIds.length
          ? html`<p class="gap__label">What has helped:</p>
              <ul>${enablerIds.map((id) => html`<li>${button(index.enablers.get(id)!.title, 'enabler', id, ctx)}</li>`)}</ul>`
          : nothing}
        ${cases.length
          ? html`<p class="gap__label">Case studies that show a way through:</p>
              <ul>${cases.map((c) => html`<li>${button(c.name, 'case-study', c.id, ctx)}</li>`)}</ul>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

/** Published figures for context, each with its population, year and source; never a target. */
export function contextFigures(index: DatasetIndex, level: number): TemplateResult | typeof nothing {
  const facts = [...index.boardFacts.values()].filter((f) => f.kind === 'figure' && f.figures?.length);
  if (!facts.length) return nothing;
  return html`<details class="figures" part="figures">
    <summary><span>Published figures for context (not targets)</span></summary>
    <p class="cl-secondary">These are other organisations' figures, each with who was counted and when. They are not a benchmark your board is scored against.</p>
    ${facts.map(
      (f) => html`<section class="figure">
        ${heading(level, f.title, 'cl-heading figure__title', 'figure-heading')}
        <ul>${f.figures!.map((g) => html`<li>${figureText(g)}</li>`)}</ul>
        ${sourceList(f.sourceIds, index)}
      </section>`,
    )}
  </details>`;
}

// --- The chart -------------------------------------------------------------------------------
/*
 * The mix by discipline and membership: an SVG bar chart named by the summary (role="img") and a
 * table with the same numbers. Colour is never the only cue: each membership also has its own
 * pattern, every bar carries its number as text, and the table gives every figure.
 */
const ROW = 28;
const LABEL_W = 190;
const BAR_W = 300;
const PATTERNS: Record<Membership, string> = { voting: 'solid', 'non-voting': 'stripes', attends: 'dots', 'executive-team': 'outline' };

const total = (counts: Counts, b: (typeof BACKGROUNDS)[number]) => MEMBERSHIPS.reduce((n, m) => n + counts[b][m], 0);

function patternDefs(uid: string): TemplateResult {
  return svg`<defs>
    <pattern id="${uid}-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" class="seg seg--non-voting"></rect><line x1="0" y1="0" x2="0" y2="6" class="hatch"></line>
    </pattern>
    <pattern id="${uid}-dots" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" class="seg seg--attends"></rect><circle cx="3" cy="3" r="1.4" class="dot"></circle>
    </pattern>
  </defs>`;
}

const fillOf = (uid: string, m: Membership) =>
  PATTERNS[m] === 'stripes' ? `url(#${uid}-stripes)` : PATTERNS[m] === 'dots' ? `url(#${uid}-dots)` : '';

// A class would override the fill attribute (CSS beats SVG presentation attributes), so patterned
// bars take their fill from the attribute alone.
const segClass = (uid: string, m: Membership) => (fillOf(uid, m) ? 'seg' : `seg seg--${m}`);

/**
 * The chart is drawn at the width it is shown (`width`, measured by the element), so its text stays
 * at its CSS size (13 px) instead of shrinking with the viewBox: at 320 px it would be 7.5 px. Below
 * 420 px each label sits above its bar instead of beside it.
 */
export function chart(counts: Counts, summary: string, uid: string, width = LABEL_W + BAR_W + 40): TemplateResult {
  const rows = BACKGROUNDS.filter((b) => total(counts, b) > 0);
  const max = Math.max(1, ...rows.map((b) => total(counts, b)));
  const narrow = width < 420;
  const w = Math.max(200, Math.min(width, 640));
  const labelW = narrow ? 0 : LABEL_W;
  const rowH = narrow ? ROW + 18 : ROW;
  const unit = (w - labelW - 40) / max;
  const height = Math.max(1, rows.length) * rowH + 8;
  return html`<figure class="chart" part="chart">
    <svg role="img" aria-label=${summary} viewBox="0 0 ${w} ${height}" width="100%" focusable="false">
      ${patternDefs(uid)}
      ${rows.map((b, i) => {
        let x = labelW;
        const y = i * rowH + 4 + (narrow ? 18 : 0);
        return svg`<g aria-hidden="true">
          <text x="${narrow ? 0 : LABEL_W - 8}" y="${narrow ? y - 4 : y + ROW / 2 + 4}" text-anchor="${narrow ? 'start' : 'end'}" class="label">${BACKGROUND_LABELS[b]}</text>
          ${MEMBERSHIPS.map((m) => {
            const n = counts[b][m];
            if (!n) return nothing;
            const w = n * unit;
            const rect = svg`<rect x="${x}" y="${y + 4}" width="${w}" height="${ROW - 10}" class=${segClass(uid, m)} fill="${fillOf(uid, m) || nothing}"></rect>`;
            x += w;
            return rect;
          })}
          <text x="${x + 6}" y="${y + ROW / 2 + 4}" class="value">${total(counts, b)}</text>
        </g>`;
      })}
    </svg>
    <figcaption class="legend" aria-hidden="true">
      ${MEMBERSHIPS.map(
        (m) => html`<span class="legend__item"><svg width="16" height="12" viewBox="0 0 16 12" focusable="false">
            <rect width="16" height="12" class=${segClass(uid, m)} fill=${fillOf(uid, m) || nothing}></rect></svg>${MEMBERSHIP_LABELS[m]}</span>`,
      )}
    </figcaption>
  </figure>`;
}

/** The same numbers as a table: one row per background with any seat, one column per membership. */
export function countsTable(counts: Counts, caption: string): TemplateResult {
  const rows = BACKGROUNDS.filter((b) => total(counts, b) > 0);
  // A named scroll region: at 320 px the table scrolls inside itself, not the page. The element
  // makes it a tab stop only while it scrolls (scrollable.ts); otherwise a stop would do nothing.
  return html`<div class="table-wrap" role="region" aria-label=${caption}><table class="cl-table counts" part="table">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">Professional background</th>
        ${MEMBERSHIPS.map((m) => html`<th scope="col">${MEMBERSHIP_LABELS[m]}</th>`)}
        <th scope="col">All seats</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (b) => html`<tr>
          <th scope="row">${BACKGROUND_LABELS[b]}</th>
          ${MEMBERSHIPS.map((m) => html`<td>${counts[b][m]}</td>`)}
          <td>${total(counts, b)}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}
