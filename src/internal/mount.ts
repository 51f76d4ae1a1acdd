/**
 * The CMS-safe mount. Many CMS editors cannot paste `<script>` or unknown tags, but their
 * sanitisers keep `<div data-…>`. This turns
 *   <div data-cl-widget="case-study-card" data-case-id="rachel-mckeown"></div>
 * into a real `<case-study-card case-id="rachel-mckeown">` inside that div, now and for divs added
 * later. Every other `data-*` attribute becomes an attribute of the element. A provider div keeps
 * its children (so widgets nested in it receive its data); a widget div's own content is no-JavaScript
 * fallback: it moves into the element, stays visible until the widget's code has loaded, and is
 * hidden from then on by the widget's shadow root (which has no slot for it).
 */
import { ELEMENT_TAGS } from '../data/widgets.js';

/** The tags a div may name: every row of the widget table (./widgets.ts), then the provider. */
export const WIDGETS = ELEMENT_TAGS;
const SELECTOR = '[data-cl-widget]:not([data-cl-mounted])';
/**
 * Attribute names must be plain words: data from a CMS never chooses event handlers or styles.
 * (The embed page, src/embed/query.ts, holds its query parameters to the same two rules.)
 */
export const SAFE_ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
export const BLOCKED_ATTRIBUTE = /^(on|style$|is$|slot$|part$)/;

function mountOne(div: HTMLElement): void {
  div.setAttribute('data-cl-mounted', '');
  const name = (div.dataset.clWidget ?? '').trim().toLowerCase();
  if (!(WIDGETS as readonly string[]).includes(name)) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `This page tried to show a widget called "${name.slice(0, 60)}", which does not exist. Known widgets: ${WIDGETS.join(', ')}.`;
    div.replaceChildren(message);
    console.warn(`clinical-leadership-elements: unknown data-cl-widget "${name.slice(0, 60)}".`);
    return;
  }
  const element = document.createElement(name);
  for (const attr of Array.from(div.attributes)) {
    if (!attr.name.startsWith('data-') || attr.name === 'data-cl-widget' || attr.name === 'data-cl-mounted') continue;
    const target = attr.name.slice(5);
    if (SAFE_ATTRIBUTE.test(target) && !BLOCKED_ATTRIBUTE.test(target)) element.setAttribute(target, attr.value);
  }
  element.append(...Array.from(div.childNodes));
  div.replaceChildren(element);
}

/** Mounts every unmounted widget div in `root` (the root itself included). */
export function mountWidgets(root: ParentNode = document): void {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) mountOne(root);
  // Outer divs first, so a provider div moves its children before they are mounted.
  for (const div of Array.from(root.querySelectorAll<HTMLElement>(SELECTOR))) if (!div.hasAttribute('data-cl-mounted')) mountOne(div);
}

let observer: MutationObserver | undefined;

/** Mounts now and whenever matching divs are added to the page. Safe to call more than once. */
export function startMounting(): void {
  if (observer || typeof document === 'undefined') return;
  const run = () => mountWidgets(document);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node instanceof HTMLElement) mountWidgets(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Stops watching for new divs (already mounted widgets stay). */
export function stopMounting(): void {
  observer?.disconnect();
  observer = undefined;
}
