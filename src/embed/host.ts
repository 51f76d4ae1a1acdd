/**
 * The host side of the embed page (dist/embed/host.js), one small classic script:
 *
 *   <iframe data-cl-embed title="Case studies" src="https://cdn.example.nhs.uk/cle/embed/index.html?widget=case-study-gallery"></iframe>
 *   <script src="https://cdn.example.nhs.uk/cle/embed/host.js" defer></script>
 *
 * Sets each marked iframe's height from its messages. A message counts only if it comes from that
 * iframe's window (`event.source`) and from the origin of its `src` (`event.origin`), has our type
 * marker and a finite height, which is clamped to 50–10,000 px (protocol.ts). Iframes added later
 * are handled too; loading the script twice does nothing more.
 */
import { HEIGHT, MAX_HEIGHT, MEASURE, MIN_HEIGHT } from './protocol.js';

const SELECTOR = 'iframe[data-cl-embed]';
const KEY = Symbol.for('clinical-leadership-elements:embed-host');
const g = globalThis as Record<symbol, unknown>;

/** The origin the frame's page must come from (`null` for about:blank, data: and the like: never trusted). */
function originOf(frame: HTMLIFrameElement): string {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return 'null';
  }
}

function ask(frame: HTMLIFrameElement): void {
  const origin = originOf(frame);
  if (origin !== 'null') frame.contentWindow?.postMessage({ type: MEASURE }, origin);
}

if (typeof document !== 'undefined' && !g[KEY]) {
  g[KEY] = true;
  window.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type !== HEIGHT || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    const frame = Array.from(document.querySelectorAll<HTMLIFrameElement>(SELECTOR)).find((f) => f.contentWindow === event.source);
    if (!frame || event.origin === 'null' || event.origin !== originOf(frame)) return;
    frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), MIN_HEIGHT), MAX_HEIGHT)}px`;
  });
  // A frame that loaded before this script ran has already sent its first height: ask again.
  document.querySelectorAll<HTMLIFrameElement>(SELECTOR).forEach(ask);
  document.addEventListener('load', (event) => {
    if (event.target instanceof HTMLIFrameElement && event.target.matches(SELECTOR)) ask(event.target);
  }, true);
}
