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

/**
 * host.js clamps every height to MIN_HEIGHT…MAX_HEIGHT CSS pixels: a runaway (or hostile) marked
 * frame must not stretch its host page without end, nor collapse to nothing (0 or negative) where
 * its message would be unreadable. A page taller than MAX_HEIGHT scrolls inside its frame.
 */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 10000;
