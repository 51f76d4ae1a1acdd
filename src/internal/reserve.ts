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
export const RESERVE_CSS = `
case-study-card:not(:defined),
[data-cl-widget="case-study-card"]:not([data-cl-mounted]) { display: block; min-height: 24rem; }
case-study-card[variant="full"]:not(:defined) { min-height: 44rem; }
case-study-gallery:not(:defined), barrier-explorer:not(:defined), framework-checklist:not(:defined),
[data-cl-widget="case-study-gallery"]:not([data-cl-mounted]),
[data-cl-widget="barrier-explorer"]:not([data-cl-mounted]),
[data-cl-widget="framework-checklist"]:not([data-cl-mounted]) { display: block; min-height: max(40rem, 100vh); }
board-profile:not(:defined), [data-cl-widget="board-profile"]:not([data-cl-mounted]) { display: block; min-height: 34rem; }
@media (max-width: 40rem) {
  case-study-card:not(:defined), [data-cl-widget="case-study-card"]:not([data-cl-mounted]) { min-height: 38rem; }
  board-profile:not(:defined), [data-cl-widget="board-profile"]:not([data-cl-mounted]) { min-height: 44rem; }
}
`;

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
