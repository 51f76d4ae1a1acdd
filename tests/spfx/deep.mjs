// The SharePoint render and list scenarios read widgets inside web part hosts: the first element
// matching a selector in a host's tree, shadow roots included (one copy for both scripts).

/** Runs `fn(element, ...args)` in the page on the first element matching `selector` inside host `id`; undefined when there is none. */
export async function deepEval(page, id, selector, fn, ...args) {
  const handle = await page.evaluateHandle((id, selector) => {
    const find = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.matches(selector)) return el;
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const host = document.getElementById(id);
    return host ? find(host) : null;
  }, id, selector);
  const element = handle.asElement();
  const value = element ? await element.evaluate(fn, ...args) : undefined;
  await handle.dispose();
  return value;
}
