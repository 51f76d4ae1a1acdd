/**
 * Browser side of `npm run bench` (scripts/bench.mjs bundles this with esbuild in production
 * mode and drives it with puppeteer). Each function returns milliseconds.
 */
import '../../src/index.js';
import { dataset } from '../../src/data.js';
import type { Barrier, CaseStudy, ChecklistPrompt, Dataset, Enabler } from '../../src/data/index.js';
import { syntheticCaseStudies, syntheticDataset, syntheticPrompts } from './synthetic.js';

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };
const stage = document.getElementById('stage')!;
const settle = async (els: Iterable<Element>) => {
  for (const el of els) await (el as Updatable).updateComplete;
};
const layout = () => document.body.offsetHeight;

const cards: CaseStudy[] = syntheticCaseStudies(1000);

/** The same visible markup a compact card renders, built by hand with plain DOM. */
function baselineCard(c: CaseStudy): HTMLElement {
  const el = (tag: string, text?: string, parent?: HTMLElement) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    parent?.append(node);
    return node;
  };
  const article = el('article');
  article.className = 'card';
  el('span', c.name.split(' ').map((w) => w[0]).join(''), article).className = 'initials';
  el('h3', c.name, article);
  const tags = el('p', undefined, article);
  el('strong', 'Physiotherapist', tags).className = 'tag';
  el('strong', 'Allied health professional', tags).className = 'tag';
  el('p', `${c.role}, ${c.organisation} (in ${c.asOf})`, article);
  el('p', c.summary, article);
  const details = el('details', undefined, article);
  el('summary', `Read ${c.name}'s journey`, details);
  const ol = el('ol', undefined, details);
  for (const step of c.journey) el('li', step, ol);
  return article;
}

export async function renderCards(n: number): Promise<number> {
  stage.replaceChildren();
  const t0 = performance.now();
  const fragment = document.createDocumentFragment();
  const created: Element[] = [];
  for (let i = 0; i < n; i++) {
    const card = document.createElement('case-study-card') as HTMLElement & { caseStudy?: CaseStudy };
    card.caseStudy = cards[i % cards.length];
    fragment.append(card);
    created.push(card);
  }
  stage.append(fragment);
  await settle(created);
  layout();
  const t = performance.now() - t0;
  stage.replaceChildren();
  return t;
}

export async function renderBaseline(n: number): Promise<number> {
  stage.replaceChildren();
  const t0 = performance.now();
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i++) fragment.append(baselineCard(cards[i % cards.length]));
  stage.append(fragment);
  layout();
  const t = performance.now() - t0;
  stage.replaceChildren();
  return t;
}

async function mountWith(tag: string, data: Dataset): Promise<Updatable> {
  stage.replaceChildren();
  const provider = document.createElement('clinical-leadership-data') as Updatable & { data?: Dataset };
  provider.data = data;
  const widget = document.createElement(tag) as Updatable;
  provider.append(widget);
  stage.append(provider);
  await provider.updateComplete;
  for (let i = 0; i < 200 && !widget.shadowRoot?.querySelector('input[type="checkbox"], input[type="radio"], select'); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await widget.updateComplete;
  return widget;
}

async function toggleTiming(widget: Updatable, selector: string): Promise<number[]> {
  const times: number[] = [];
  const box = widget.shadowRoot!.querySelector<HTMLInputElement>(selector);
  if (!box) throw new Error(`no ${selector} in <${widget.localName}>`);
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    box.click();
    await widget.updateComplete;
    await settle(widget.shadowRoot!.querySelectorAll('case-study-card'));
    layout();
    times.push(performance.now() - t0);
  }
  return times;
}

export async function filterGallery(): Promise<number[]> {
  const widget = await mountWith('case-study-gallery', syntheticDataset({ caseStudies: 1000 }));
  return toggleTiming(widget, 'input[type="checkbox"]');
}

export async function filterExplorer(): Promise<number[]> {
  const widget = await mountWith('barrier-explorer', syntheticDataset({ barriers: 1000 }));
  return toggleTiming(widget, 'input[type="checkbox"]');
}

export async function checklistChange(): Promise<number[]> {
  localStorage.removeItem('clinical-leadership-elements:checklist:bench');
  stage.replaceChildren();
  const widget = document.createElement('framework-checklist') as Updatable & { prompts?: ChecklistPrompt[] };
  widget.setAttribute('storage-key', 'bench');
  widget.prompts = syntheticPrompts(200);
  stage.append(widget);
  // The element headings come from the bundled data set, loaded on first use.
  for (let i = 0; i < 200 && !widget.shadowRoot?.querySelector('input[type="radio"], select'); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await widget.updateComplete;
  const times: number[] = [];
  const controls = Array.from(widget.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[type="radio"], select'));
  if (!controls.length) throw new Error('no status controls in <framework-checklist>');
  for (let i = 0; i < 20; i++) {
    const control = controls[(i * 7) % controls.length];
    const t0 = performance.now();
    if (control instanceof HTMLSelectElement) {
      control.selectedIndex = (control.selectedIndex + 1) % control.options.length;
      control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else control.click();
    await widget.updateComplete;
    layout();
    times.push(performance.now() - t0);
  }
  if (!localStorage.getItem('clinical-leadership-elements:checklist:bench')) throw new Error('the checklist did not save');
  localStorage.removeItem('clinical-leadership-elements:checklist:bench');
  return times;
}

/** Heap after forced GC, before and after creating and removing 1,000 cards ten times. */
export async function memory(): Promise<{ before: number; after: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run Chromium with --js-flags=--expose-gc');
  const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  await renderCards(1000); // warm caches and compiled code first
  gc();
  await new Promise((r) => setTimeout(r, 50));
  gc();
  const before = heap();
  for (let i = 0; i < 10; i++) await renderCards(1000);
  await new Promise((r) => setTimeout(r, 50));
  gc();
  await new Promise((r) => setTimeout(r, 50));
  gc();
  return { before, after: heap() };
}

export const realData: Dataset = dataset;
export type { Barrier, Enabler };
Object.assign(window, { bench: { renderCards, renderBaseline, filterGallery, filterExplorer, checklistChange, memory } });
