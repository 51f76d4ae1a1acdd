/**
 * The board profile's templates: the seat editor, the chart and the table (the checks and the gaps
 * are in checks.ts, loaded with the data set). Pure Lit
 * templates; the element passes in its state and handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import {
  AHP_LEAD_LABELS, AHP_LEAD_POSTS, BACKGROUND_LABELS, BACKGROUNDS, MEMBERSHIP_LABELS, MEMBERSHIPS, REGISTRATION_LABELS, REGISTRATIONS, ROLE_SUGGESTIONS, seatNames, SIDE_LABELS, SIDES,
  type AhpLeadPost, type Counts, type Membership, type Seat,
} from './model.js';

/** The organisation's answers above the profile: foundation trust, and the senior strategic AHP lead. */
export function settings(foundationTrust: boolean, ahpLead: AhpLeadPost | undefined, onTrust: (e: Event) => void, onLead: (e: Event) => void): TemplateResult {
  return html`<div class="cl-checkbox ft">
      <input type="checkbox" id="foundation-trust" .checked=${foundationTrust} @change=${onTrust} />
      <label for="foundation-trust">We are an NHS foundation trust</label>
    </div>
    <div class="cl-field ahp-lead">
      <label for="ahp-lead">Has the organisation named a senior strategic AHP lead?</label>
      <select id="ahp-lead" class="cl-input" @change=${onLead}>
        ${(['', ...AHP_LEAD_POSTS] as const).map((v) => html`<option value=${v} ?selected=${(ahpLead ?? '') === v}>${AHP_LEAD_LABELS[v]}</option>`)}
      </select>
    </div>`;
}

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
