/**
 * The professional mix over every saved snapshot and today, as a chart and a table. NHS guidance
 * for boards (Making Data Count) warns against two-point comparisons and red/amber/green headlines
 * and prefers data over time, so this shows every snapshot, with no colour rating and no control
 * limits. Loaded the first time there is a snapshot to show.
 */
import { html, svg, type TemplateResult } from 'lit';
import { formatPartialDate } from '../data/date.js';
import { heading } from '../internal/heading.js';
import { countSeats, MEMBERSHIPS, type Membership, type Seat } from './model.js';
import { atBoard, BACKGROUND_LABELS, BACKGROUNDS, DISCIPLINES, noun, type Background, type DisciplineId } from './model.js';
import type { Snapshot } from './storage.js';

export interface SeriesPoint {
  id: string;
  label: string;
  date: string;
  /** Seats at the board (voting, without a vote or attending) by background. */
  counts: Record<Background, number>;
  total: number;
}

const countAtBoard = (seats: readonly Seat[]) => {
  const counts = Object.fromEntries(BACKGROUNDS.map((b) => [b, 0])) as Record<Background, number>;
  for (const s of seats) if (atBoard(s.membership)) counts[s.background]++;
  return counts;
};

/** Every snapshot, oldest first, then today. */
export function seriesPoints(snapshots: readonly Snapshot[], today: readonly Seat[], now = new Date()): SeriesPoint[] {
  const point = (id: string, label: string, date: string, seats: readonly Seat[]): SeriesPoint => {
    const counts = countAtBoard(seats);
    return { id, label, date, counts, total: BACKGROUNDS.reduce((n, b) => n + counts[b], 0) };
  };
  return [...snapshots]
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt))
    .map((s) => point(s.id, s.label, s.savedAt.slice(0, 10), s.seats))
    .concat(point('today', 'Today', now.toISOString().slice(0, 10), today));
}

const LABEL_W = 190;
const ROW = 40;

export function seriesView(snapshots: readonly Snapshot[], today: readonly Seat[], level: number, width: number): TemplateResult {
  const points = seriesPoints(snapshots, today);
  const rows = BACKGROUNDS.filter((b) => points.some((p) => p.counts[b] > 0));
  const max = Math.max(1, ...points.flatMap((p) => rows.map((b) => p.counts[b])));
  const narrow = width > 0 && width < 420;
  const w = Math.max(200, Math.min(width || 600, 640));
  const labelW = narrow ? 0 : LABEL_W;
  const rowH = narrow ? ROW + 18 : ROW;
  const col = (w - labelW - 30) / points.length;
  const first = formatPartialDate(points[0].date);
  const caption = `Seats at the board by professional background, at each of ${points.length - 1} snapshot${points.length === 2 ? '' : 's'} and today`;
  const label = `${caption}, from ${first} to today. The table below gives every number.`;
  return html`<section class="series" part="series">
    ${heading(level, 'The mix over time', 'cl-heading', 'series-heading')}
    <p class="cl-secondary">Every saved snapshot in date order, then today: the mix over time rather than two points compared. Counts are seats at the board (voting, without a vote or attending).</p>
    <figure class="chart">
      <svg role="img" aria-label=${label} viewBox="0 0 ${w} ${rows.length * rowH + 8}" width="100%" focusable="false">
        ${rows.map((b, i) => {
          const y = i * rowH + (narrow ? 18 : 0);
          return svg`<g aria-hidden="true">
            <text x="${narrow ? 0 : LABEL_W - 8}" y="${narrow ? y - 2 : y + ROW / 2 + 4}" text-anchor="${narrow ? 'start' : 'end'}" class="label">${BACKGROUND_LABELS[b]}</text>
            <line x1="${labelW}" x2="${labelW + col * points.length}" y1="${y + ROW - 4}" y2="${y + ROW - 4}" class="axis"></line>
            ${points.map((p, j) => {
              const h = (p.counts[b] / max) * (ROW - 10);
              return svg`<rect x="${labelW + j * col + 1}" y="${y + ROW - 4 - h}" width="${Math.max(1, col - 2)}" height="${h}" class="seg seg--voting"></rect>`;
            })}
            <text x="${labelW + col * points.length + 4}" y="${y + ROW / 2 + 4}" class="value">${points[points.length - 1].counts[b]}</text>
          </g>`;
        })}
      </svg>
      <figcaption class="cl-secondary">Each bar is one snapshot, oldest on the left; the last is today, and its number is at the end of the row.</figcaption>
    </figure>
    <div class="table-wrap" role="region" aria-label=${caption}><table class="cl-table series-table">
      <caption>${caption}</caption>
      <thead><tr><th scope="col">Snapshot</th>${rows.map((b) => html`<th scope="col">${BACKGROUND_LABELS[b]}</th>`)}<th scope="col">All at the board</th></tr></thead>
      <tbody>${points.map((p) => html`<tr data-point=${p.id}>
        <th scope="row">${p.label}${p.id === 'today' ? '' : html`<span class="cl-secondary">, ${formatPartialDate(p.date)}</span>`}</th>
        ${rows.map((b) => html`<td>${p.counts[b]}</td>`)}<td>${p.total}</td>
      </tr>`)}</tbody>
    </table></div>
  </section>`;
}

const isClinical = (b: Background): b is DisciplineId => (DISCIPLINES as readonly string[]).includes(b);

/** What changed per discipline and membership since a snapshot: "+1 allied health professional attending". */
export function changesSince(before: readonly Seat[], now: readonly Seat[]): string[] {
  const a = countSeats(before);
  const b = countSeats(now);
  const verbs: Record<Membership, string> = {
    voting: 'voting', 'non-voting': 'on the board without a vote', attends: 'attending', 'executive-team': 'on the executive team',
  };
  const out: string[] = [];
  for (const d of BACKGROUNDS) {
    for (const m of MEMBERSHIPS) {
      const delta = b[d][m] - a[d][m];
      if (delta) out.push(`${delta > 0 ? '+' : '−'}${Math.abs(delta)} ${isClinical(d) ? noun(d, Math.abs(delta)) : `${noun(d, 1)} background`} ${verbs[m]}`);
    }
  }
  return out;
}

/** "Since <name> (<date>): +1 nurse voting." for the snapshot chosen to compare with. */
export function compareLine(compared: Snapshot, today: readonly Seat[]): TemplateResult {
  const changes = changesSince(compared.seats, today);
  return html`<div class="compare" part="compare" role="status">
    <p><strong>Since ${compared.label} (${formatPartialDate(compared.savedAt.slice(0, 10))}):</strong> ${changes.length ? changes.join('; ') : 'no change'}.</p>
  </div>`;
}
