import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BarrierExplorer } from '../src/barrier-explorer.js';
import type { Barrier, CaseStudy, Discipline, Enabler, FrameworkElement, Source } from '../src/data/index.js';
import barriersFile from '../data/barriers.json';
import enablersFile from '../data/enablers.json';
import elementsFile from '../data/elements.json';
import disciplinesFile from '../data/disciplines.json';
import caseStudiesFile from '../data/case-studies.json';
import sourcesFile from '../data/sources.json';
import { shadow, until } from './helpers.js';

/** What the explorer's test files share: data from the files, queries, readiness, keyboard. */
// Expectations come straight from the data files, not through the code under test.
export const barriers = barriersFile as Barrier[];
export const enablers = enablersFile as Enabler[];
export const elements = elementsFile as FrameworkElement[];
export const disciplines = disciplinesFile as Discipline[];
export const caseStudies = caseStudiesFile as CaseStudy[];
export const sources = sourcesFile as Source[];
export const total = barriers.length;
export const enablerById = new Map(enablers.map((e) => [e.id, e]));
export const LEVEL_LABEL: Record<string, string> = { individual: 'Individual', organisational: 'Organisational', system: 'System' };

/** Framework elements that address a barrier: its own and those of its enablers (the explorer's rule). */
export const elementsOf = (b: Barrier) => new Set([...b.elementIds, ...b.enablerIds.map((id) => enablerById.get(id)!.elementId)]);
export const forDiscipline = (b: Barrier, d: string) => b.disciplineIds.length === 0 || b.disciplineIds.includes(d);
export const titlesWhere = (test: (b: Barrier) => boolean) => barriers.filter(test).map((b) => b.title);

export const root = (el: BarrierExplorer) => shadow(el);
export const $ = <T extends Element = HTMLElement>(el: BarrierExplorer, selector: string) => root(el).querySelector(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: BarrierExplorer, selector: string) => [...root(el).querySelectorAll(selector)] as T[];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Titles of the barriers a user can see (filtered-out ones stay in the DOM, hidden). */
export const titles = (el: BarrierExplorer) => $$(el, '.barrier:not([hidden]) .barrier__title').filter((h) => h.getClientRects().length > 0).map(text);
export const countOf = (el: BarrierExplorer) => text($(el, '[part="count"]'));
export const showing = (n: number) => `Showing ${n} of ${total} barriers`;

export async function ready(el: BarrierExplorer): Promise<BarrierExplorer> {
  await until(() => !!el.shadowRoot?.querySelector('[part="count"], [role="alert"]'), 'explorer ready');
  await el.updateComplete;
  return el;
}

export async function explorer(template: ReturnType<typeof html>): Promise<BarrierExplorer> {
  const host = await fixture(template);
  const el = (host.localName === 'barrier-explorer' ? host : host.querySelector('barrier-explorer')) as BarrierExplorer;
  return ready(el);
}

/** Presses Tab until the focused element in the explorer matches `selector`. */
export async function tabTo(el: BarrierExplorer, selector: string, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const active = root(el).activeElement as HTMLElement | null;
    if (active?.matches(selector)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** A focusable start point before the explorer, so tests reach every control by Tab alone. */
export async function keyboardExplorer(attrs = ''): Promise<BarrierExplorer> {
  const host = await fixture(html`<div><button id="before">Before</button><barrier-explorer></barrier-explorer></div>`);
  const el = host.querySelector('barrier-explorer') as BarrierExplorer;
  for (const a of attrs.split(' ').filter(Boolean)) el.setAttribute(...(a.split('=') as [string, string]));
  await ready(el);
  (host.querySelector('#before') as HTMLElement).focus();
  return el;
}
