/**
 * Space kept for widgets before their code runs, so the page does not jump when they upgrade
 * (Cumulative Layout Shift). One source for two routes: the one script adopts these rules as a
 * constructable stylesheet as soon as it runs (no inline style, so a strict CSP allows it), and
 * the build writes them to `dist/cdn/clinical-leadership-elements.css`, the line a site adds once
 * to its theme so the space is kept even before the script has loaded.
 *
 * Heights are what the loaded widgets measure on the bundled data (`npm run bench` reports the
 * layout shift). The tall widgets (gallery, explorer, checklist) keep at least a screen's height:
 * what follows them then starts below the fold both before and after they load, so nothing in
 * view moves. Fallback content written inside a widget (see the Embed builder) takes its own space
 * and is hidden by the widget's shadow root once it upgrades.
 */
import { WIDGETS, type Reserve } from '../data/widgets.js';

/** Both routes to a widget not yet upgraded: the element itself, and a mount div not yet mounted. */
const both = (tag: string) => `${tag}:not(:defined), [data-cl-widget="${tag}"]:not([data-cl-mounted])`;

/** The rules for every row of the widget table (./widgets.ts), from its `reserve`. */
export function reserveCss(rows: readonly { tag: string; reserve: Reserve }[] = WIDGETS): string {
  const wide: string[] = [];
  const narrow: string[] = [];
  for (const { tag, reserve } of rows) {
    wide.push(`${both(tag)} { display: block; min-height: ${reserve.height}; }`);
    for (const [selector, height] of Object.entries(reserve.variants ?? {})) wide.push(`${tag}${selector}:not(:defined) { min-height: ${height}; }`);
    if (reserve.narrow) narrow.push(`  ${both(tag)} { min-height: ${reserve.narrow}; }`);
  }
  return `\n${wide.join('\n')}\n${narrow.length ? `@media (max-width: 40rem) {\n${narrow.join('\n')}\n}\n` : ''}`;
}

export const RESERVE_CSS = reserveCss();

/** Adopts the rules into the document once (a second copy of the script finds them there). */
export function reserveSpace(doc: Document | undefined = globalThis.document): void {
  try {
    if (!doc || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    /* an old browser: the stylesheet route still works */
  }
}
