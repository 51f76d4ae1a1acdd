/**
 * Loads each widget's code the first time its tag appears in the page (Shoelace's autoloader
 * pattern), so a page with one card does not download the checklist. Watches the document for tags
 * added later. Chunks are resolved relative to the script, so the files must stay together.
 *
 * The provider (`first`) is loaded like a widget, only on pages that have one. While a provider is
 * in the page and not yet defined, a widget's code waits for the provider's, so the widgets inside
 * it upgrade with their provider already answering and never fetch the bundled data set for
 * nothing. (A provider that still upgrades late is announced to the widgets: dataset-controller.ts.)
 */
export type Loaders = Record<string, () => Promise<unknown>>;

export function startAutoloading(loaders: Loaders, first?: string): void {
  if (typeof document === 'undefined') return;
  const tags = Object.keys(loaders);
  const selector = tags.join(',');
  const requested = new Set<string>();
  let firstLoaded: Promise<unknown> | undefined;
  const load = (tag: string, waited = false) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    if (!waited && first && tag !== first && !customElements.get(first) && document.querySelector(first)) {
      load(first);
      requested.add(tag);
      // Once, whether the provider's code loaded or failed (its own warning says so).
      void (firstLoaded ?? Promise.resolve()).then(() => {
        requested.delete(tag);
        load(tag, true);
      });
      return;
    }
    requested.add(tag);
    const loading = loaders[tag]();
    if (tag === first) firstLoaded = loading.catch(() => undefined);
    loading.catch((error: unknown) => {
      requested.delete(tag); // let a later appearance try again
      console.warn(`clinical-leadership-elements: the code for <${tag}> could not be loaded (${String((error as Error)?.message ?? error)}).`);
    });
  };
  const scan = (root: ParentNode) => {
    if (root instanceof Element && tags.includes(root.localName)) load(root.localName);
    for (const el of Array.from(root.querySelectorAll(selector))) load(el.localName);
  };
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of Array.from(record.addedNodes)) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
  // Elements created from script and never attached (or attached before DOMContentLoaded) are
  // caught by the scan after parsing.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => scan(document), { once: true });
}
