/**
 * The "Over time" view (issue 31): the board's dated snapshots as a series, each element's completed
 * prompts at every snapshot as a small chart and a table (the table is the chart's text). No
 * red/amber/green headline and no rating: NHS guidance for boards warns against two-point
 * comparisons and RAG reports (research content-3 §9), so every point is shown and none is judged.
 * Loaded only when the view is first shown.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { formatPartialDate } from '../../data/date.js';
import { heading } from '../../internal/heading.js';
import type { ChecklistHost } from '../host.js';
import { seriesOf, seriesRows, snapshotsOf, type SeriesPoint } from '../model/series.js';

/** What the view says about its own display, once. */
export const SERIES_NOTE =
  'Each snapshot keeps the board\'s statuses on the day it was saved. The counts are shown as they are, with no red, amber or green rating: NHS guidance for boards prefers looking at data over time to comparing two points or reading traffic lights.';

const W = 320;
const H = 120;
const PAD = 28;

/** A line of completed prompts over the snapshots: one colour, no thresholds, hidden from assistive technology (the table says the same). */
function chart(completed: number[], total: number, points: readonly SeriesPoint[]): TemplateResult {
  const n = completed.length;
  const x = (i: number) => (n === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1));
  const y = (v: number) => H - PAD - (total ? (v / total) * (H - 2 * PAD) : 0);
  const path = completed.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join(' ');
  return html`<svg class="series-chart" viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">
    ${svg`<line class="axis" x1=${PAD} y1=${H - PAD} x2=${W - PAD / 2} y2=${H - PAD}></line>
      <line class="axis" x1=${PAD} y1=${PAD / 2} x2=${PAD} y2=${H - PAD}></line>
      <text class="tick" x=${PAD - 4} y=${H - PAD} text-anchor="end">0</text>
      <text class="tick" x=${PAD - 4} y=${y(total) + 4} text-anchor="end">${total}</text>
      <path class="line" d=${path}></path>
      ${completed.map((v, i) => svg`<circle class="dot" cx=${x(i)} cy=${y(v)} r="4"></circle>
        <text class="tick" x=${x(i)} y=${H - PAD + 16} text-anchor="middle">${points[i].takenAt.slice(0, 7)}</text>`)}`}
  </svg>`;
}

function take(host: ChecklistHost): void {
  host.saveBaseline();
  const n = snapshotsOf(host.baseline).length;
  host.announce(`Snapshot saved: today's answers, ${formatPartialDate(host.baseline!.takenAt)}. The series has ${n} snapshot${n === 1 ? '' : 's'}.`);
}

export function renderView(host: ChecklistHost): TemplateResult {
  const level = host.sectionLevel;
  const sub = Math.min(level + 1, 6);
  const points = seriesOf(host.groups, host.baseline);
  const rows = seriesRows(host.groups, points);
  return html`<div class="series-view" data-view-content="series">
    ${heading(level, 'Each element over time', 'cl-heading', 'summary-heading', 'series-title')}
    ${points.length
      ? html`<p>${points.length === 1 ? '1 snapshot' : `${points.length} snapshots`}, from ${points[0].dateText} to ${points[points.length - 1].dateText}.</p>
          <p class="cl-secondary">${SERIES_NOTE}</p>`
      : html`<p>No snapshots yet. Save today's answers as the first snapshot; save another at each board cycle to see each element over the years.</p>`}
    <div class="panel-actions">
      <button type="button" class="cl-button cl-button--secondary cl-button--small" data-command="snapshot" @click=${() => take(host)}>
        Save today's answers as a snapshot
      </button>
    </div>
    ${points.length
      ? rows.map((r) => html`<section class="series-element" data-element-id=${r.id} aria-labelledby="series-${r.id || 'other'}">
          ${heading(sub, r.title, 'cl-heading', 'element-heading', `series-${r.id || 'other'}`)}
          ${chart(r.completed, r.total, points)}
          <table class="series-table">
            <caption class="cl-visually-hidden">${r.title}: completed prompts at each snapshot</caption>
            <thead><tr><th scope="col">Snapshot</th><th scope="col">Completed</th></tr></thead>
            <tbody>${points.map((p, i) => html`<tr><th scope="row">${p.dateText}</th><td>${r.cells[i]}</td></tr>`)}</tbody>
          </table>
        </section>`)
      : nothing}
  </div>`;
}

export const viewStyles = css`
  .series-view .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cl-space-3);
    margin: 0 0 var(--cl-space-4);
  }
  .series-element {
    margin: 0 0 var(--cl-space-4);
  }
  .series-chart {
    display: block;
    width: 100%;
    max-width: 28rem;
    height: auto;
  }
  .series-chart .axis {
    stroke: currentColor;
    stroke-width: 1;
  }
  .series-chart .line {
    fill: none;
    stroke: var(--cl-color-primary);
    stroke-width: 3;
  }
  .series-chart .dot {
    fill: var(--cl-color-primary);
  }
  .series-chart .tick {
    fill: currentColor;
    font-size: 11px;
  }
  .series-table {
    border-collapse: collapse;
    margin-top: var(--cl-space-2);
  }
  .series-table th,
  .series-table td {
    padding: var(--cl-space-1) var(--cl-space-3) var(--cl-space-1) 0;
    border-bottom: 1px solid var(--cl-color-border);
    text-align: left;
  }
  @media (forced-colors: active) {
    .series-chart .line {
      stroke: CanvasText;
    }
    .series-chart .dot {
      fill: CanvasText;
    }
  }
`;
