/**
 * The embed page (dist/embed/index.html): one widget from the query string, for an iframe in
 * SharePoint's Embed web part, a Teams tab or any CMS that allows iframes. No inline script: this
 * is the page's only script, a module from the same folder, so it runs under a strict CSP.
 *
 * Bad input never leaves an empty frame: an unknown widget or a bad parameter shows what is wrong
 * (role="alert") and logs one warning. The widget's data is loaded before the widget is shown, so
 * the frame never measures a loading state (whose "a screen tall" placeholder would follow the
 * frame's own height).
 */
import { loadBundledDataset } from '../data/bundled.js';
import { reportHeight } from './frame.js';
import { LOADERS } from '../widget-loaders.js';
import { WIDGETS, type WidgetTag } from '../data/widgets.js';
import { ALLOW_META, readQuery, unknownAttributes } from './query.js';

/** The widget's label from the table (src/data/widgets.ts): the frame's title. */
const title = (tag: WidgetTag) => WIDGETS.find((w) => w.tag === tag)?.label ?? tag;

/** Every problem in one announced message in place of the widget, and one console warning. */
function fail(main: HTMLElement, problems: string[]): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `This widget cannot be shown. ${problems.join(' ')}`;
  main.replaceChildren(message);
  console.warn(`clinical-leadership-elements: embed page: ${problems.join(' ')}`);
}

/** Settles when the provider has loaded (or failed: its own message then shows in the frame). */
const provided = (provider: Element) =>
  new Promise<void>((resolve) => {
    provider.addEventListener('cl-data-load', () => resolve(), { once: true });
    provider.addEventListener('cl-data-error', () => resolve(), { once: true });
  });

async function start(): Promise<void> {
  const main = document.querySelector<HTMLElement>('main') ?? document.body.appendChild(document.createElement('main'));
  const allow = document.querySelector<HTMLMetaElement>(`meta[name="${ALLOW_META}"]`)?.content;
  const query = readQuery(location.search, location.href, allow);
  if (!query.ok) {
    reportHeight('*');
    fail(main, query.problems);
    return;
  }
  const { plan } = query;
  reportHeight(plan.parentOrigin);
  try {
    await Promise.all([LOADERS[plan.widget](), plan.data ? LOADERS['clinical-leadership-data']() : loadBundledDataset()]);
  } catch (error) {
    fail(main, [`Its code could not be loaded (${String((error as Error)?.message ?? error)}).`]);
    return;
  }
  const observed = (customElements.get(plan.widget) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined)?.observedAttributes ?? [];
  const unknown = unknownAttributes(plan, observed);
  if (unknown.length) {
    fail(main, unknown);
    return;
  }
  const widget = document.createElement(plan.widget);
  for (const [name, value] of plan.attributes) widget.setAttribute(name, value);
  document.title = `${title(plan.widget)} – Clinical leadership elements`;
  if (plan.data) {
    const provider = document.createElement('clinical-leadership-data');
    provider.setAttribute('src', plan.data);
    main.replaceChildren(provider);
    await provided(provider);
    provider.append(widget);
  } else main.replaceChildren(widget);
}

void start().catch((error: unknown) => console.warn(`clinical-leadership-elements: embed page: ${String(error)}`));
