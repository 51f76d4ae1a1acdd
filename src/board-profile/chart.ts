/**
 * The mix by discipline and membership: an SVG bar chart named by the summary (role="img") and a
 * table with the same numbers. Colour is never the only cue: each membership also has its own
 * pattern, every bar carries its number as text, and the table gives every figure.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { BACKGROUND_LABELS, BACKGROUNDS, MEMBERSHIP_LABELS, MEMBERSHIPS, type Counts, type Membership } from './model.js';

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

export function chart(counts: Counts, summary: string, uid: string): TemplateResult {
  const rows = BACKGROUNDS.filter((b) => total(counts, b) > 0);
  const max = Math.max(1, ...rows.map((b) => total(counts, b)));
  const unit = BAR_W / max;
  const height = Math.max(1, rows.length) * ROW + 8;
  return html`<figure class="chart" part="chart">
    <svg role="img" aria-label=${summary} viewBox="0 0 ${LABEL_W + BAR_W + 40} ${height}" width="100%" focusable="false">
      ${patternDefs(uid)}
      ${rows.map((b, i) => {
        let x = LABEL_W;
        const y = i * ROW + 4;
        return svg`<g aria-hidden="true">
          <text x="${LABEL_W - 8}" y="${y + ROW / 2 + 4}" text-anchor="end" class="label">${BACKGROUND_LABELS[b]}</text>
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
  // A focusable, named scroll region: at 320 px the table scrolls inside itself, not the page.
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}><table class="cl-table counts" part="table">
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
