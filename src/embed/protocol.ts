/**
 * The messages between the embed page (dist/embed/index.html, in an iframe) and its host page
 * (dist/embed/host.js). Plain objects with a `type` marker, so a host page that also hears other
 * frames' messages can tell ours apart.
 *
 * - frame → host `{ type: HEIGHT, version: 1, height }`: the page's content height in CSS pixels,
 *   sent on load and whenever it changes.
 * - host → frame `{ type: MEASURE }`: "tell me your height now" (a host script that started after
 *   the frame's first message).
 */
export const HEIGHT = 'clinical-leadership-elements:embed-height';
export const MEASURE = 'clinical-leadership-elements:embed-measure';

export interface HeightMessage {
  type: typeof HEIGHT;
  version: 1;
  height: number;
}

/** Heights above this are not believed (a runaway page must not stretch its host without end). */
export const MAX_HEIGHT = 50000;
