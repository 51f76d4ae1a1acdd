/**
 * Loads each widget's code the first time its tag appears in the page (Shoelace's autoloader
 * pattern), so a page with one card does not download the checklist. Watches the document for tags
 * added later. Chunks are resolved relative to the script, so the files must stay together.
 */
export type Loaders = Record<string, () => Promise<unknown>>;

export function startAutoloading(loaders: Loaders): void {
  if (typeof document === 'undefined') return;
  const tags = Object.keys(loaders);
  const selector = tags.join(',');
  const requested = new Set<string>();
  const load = (tag: string) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    loaders[tag]().catch((error: unknown) => {
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
