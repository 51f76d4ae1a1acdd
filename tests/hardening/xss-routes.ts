/**
 * The three routes of the XSS sweep (issue 8), shared by xss.test.ts (by property),
 * xss-provider.test.ts and xss-mount.test.ts: each renders every widget with one payload in every
 * text field it takes, then `prove()` shows that no payload ran (global trap), that nothing was
 * injected (only the tags the widgets render, no event-handler or style attributes), that no URL
 * attribute in any shadow root has a scheme other than https, http, mailto or relative, and that
 * the payload still shows as text. Fields the schema rejects end in an accessible error state.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { mountWidgets } from '../../src/mount.js';
import { loadBundledDataset } from '../../src/data/bundled.js';
import { loadValidators } from '../../src/internal/lazy-validation.js';
import type { Barrier, CaseStudy, ChecklistPrompt, Enabler, FrameworkElement } from '../../src/data/schema.js';
import { EXPORT_FORMAT } from '../../src/framework-checklist/store/export.js';
import type { ClinicalLeadershipData } from '../../src/clinical-leadership-data.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { CaseStudyGallery } from '../../src/case-study-gallery.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import type { CaseStudyCard } from '../../src/case-study-card.js';
import { PAYLOADS, label } from './xss-payloads.js';
import { acceptedUrl, bundled, clone, hostileDataset, strictFieldDataset, template } from './fixtures.js';
import {
  cleanupHosts, container, create, deepQueryAll, deepText, errorBlockProblems, installTrap, lightDomProblems, markupProblems,
  muteWarnings, nextTask, pokeEverything, settle, stateOf, until, watchPageErrors, WIDGET_TAGS, type PageErrors, type Trap,
} from './harness.js';

export const PREFIX = 'clinical-leadership-elements:checklist:';
/** Out of layout: see `container()`. */
export const LAYOUT = 'none';
export const text = (el: Element | null | undefined) => el?.textContent ?? '';
export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

let trap: Trap;
let page: PageErrors;
let warnings: ReturnType<typeof muteWarnings>;
/** Everything trapped or thrown over the whole file (each test also fails on its own). */
const seen = { hits: [] as string[], errors: [] as string[] };

export function clearHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/**
 * Registers the suite's hooks in the current `describe`: the trap, page-error listeners and muted
 * warnings for its lifetime, and clean-up after each test. At the end, after a pause for late
 * handlers, no payload may ever have run.
 */
export function useXssHarness(): void {
  before(async () => {
    trap = installTrap();
    page = watchPageErrors();
    warnings = muteWarnings();
    // Loaded first, so widgets render at once: these tests check what they render, not the
    // loading (tests/lazy-validation.test.ts does).
    await loadBundledDataset();
    await loadValidators();
  });
  after(async () => {
    await nextTask(300); // late handlers (image errors, navigations) get their chance
    warnings.restore();
    page.stop();
    trap.restore();
    seen.hits.push(...trap.hits);
    seen.errors.push(...page.all);
    expect(seen.hits, 'no payload ever ran').to.deep.equal([]);
    expect(seen.errors, 'nothing ever reached the page').to.deep.equal([]);
  });
  afterEach(() => {
    // Kept for the final check, cleared so that one failure does not fail every later test.
    seen.hits.push(...trap.hits.splice(0));
    seen.errors.push(...page.all);
    page.clear();
    cleanupHosts();
    clearHash();
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  });
}

/** One test per payload for a route. */
export function eachPayload(route: string, run: (payload: string, i: number) => Promise<void>): void {
  PAYLOADS.forEach((p, i) => it(`${route}: ${label(p, i)}`, () => run(p.value, i)));
}

/** A tiny RFC 4180 reader, to check every CSV cell. */
export function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') cells.push(cell), (cell = ''), i++;
    else cell += c;
  }
  return cells;
}

export interface Check {
  what: string;
  actual: () => string | null | undefined;
  expected: string;
}

/** The common proof: settled, no script ran, nothing injected, allowed schemes only, text shown as text. */
export async function prove(host: HTMLElement, payload: string, checks: Check[], expectStates: Record<string, string[]> = {}): Promise<void> {
  const failures = await settle(host);
  const widgets = deepQueryAll(host, WIDGET_TAGS.join(','));
  for (const w of widgets) {
    const state = stateOf(w);
    const allowed = expectStates[w.id] ?? ['ready', 'empty', 'error'];
    expect(allowed, `<${w.localName}${w.id ? `#${w.id}` : ''}> state`).to.include(state);
    expect(errorBlockProblems(w)).to.deep.equal([]);
  }
  for (const check of checks) expect(check.actual(), `${check.what} shows the payload as text`).to.equal(check.expected);
  expect(markupProblems(host), 'rendered markup before interaction').to.deep.equal([]);
  expect(lightDomProblems(host)).to.deep.equal([]);
  await pokeEverything(host, failures);
  expect(markupProblems(host), 'rendered markup after clicking everything').to.deep.equal([]);
  await nextTask(5);
  expect(trap.hits, `payload ran: ${JSON.stringify(payload)}`).to.deep.equal([]);
  expect(failures).to.deep.equal([]);
  expect(page.all).to.deep.equal([]);
}

// ---- by property ---------------------------------------------------------------------------

export const baseCase = bundled.caseStudies[0];
const otherCase = bundled.caseStudies[1];
/** A barrier named by a bundled case study, so the explorer shows case-study buttons for it. */
export const namedBarrier = bundled.barriers.find((b) => baseCase.barrierIds.includes(b.id))!;
const otherBarrier = bundled.barriers.find((b) => b.id !== namedBarrier.id)!;

export function caseStudyWith(p: string, from: CaseStudy = baseCase): CaseStudy {
  return { ...clone(from), name: p, role: p, organisation: p, summary: p, journey: [p, p], turningPoint: p };
}

export async function byProperty(payload: string, i: number): Promise<void> {
  const p = payload;
  const shown = p.trim();
  const host = container(LAYOUT);
  const hash = new URLSearchParams({ [`xg${i}.q`]: p, [`xg${i}.discipline`]: `${p},ahp`, [`xe${i}.q`]: p, [`xe${i}.element`]: p, [`xe${i}.level`]: p, [`xe${i}.view`]: 'elements' });
  history.replaceState(history.state, '', `#${hash}`);

  const card = create<CaseStudyCard>('case-study-card', { caseStudy: caseStudyWith(p), barrierHref: template(p), enablerHref: p }, { id: 'card' });
  const full = create<CaseStudyCard>('case-study-card', { caseStudy: caseStudyWith(p, otherCase), variant: 'full', barrierHref: p, enablerHref: template(p) }, { id: 'full' });
  const gallery = create<CaseStudyGallery>('case-study-gallery', {
    caseStudies: [caseStudyWith(p), caseStudyWith(p, otherCase)], heading: p, barrierHref: template(p), enablerHref: p, cardVariant: 'full',
  }, { id: 'gallery' });
  const hashGallery = create<CaseStudyGallery>('case-study-gallery', { docsHref: p }, { id: 'hash-gallery', 'sync-url': `xg${i}` });
  const element: FrameworkElement = { id: 'el-one', title: p, summary: p, sourceIds: ['nhsi-framework-2019'] };
  const prompts: ChecklistPrompt[] = [
    { id: 'p-one', elementId: 'el-one', text: p, hint: p, enablerIds: [bundled.enablers[0].id], sourceIds: [bundled.sources[0].id], authored: 'derived' },
    { id: 'p-two', elementId: 'not-an-element', text: p, enablerIds: [], sourceIds: [bundled.sources[0].id], authored: 'derived' },
  ];
  const extra: ChecklistPrompt[] = [{ id: 'p-org', elementId: 'el-one', text: p, hint: p, enablerIds: [], sourceIds: ['ours'], authored: 'organisation' }];
  const checklist = create<FrameworkChecklist>('framework-checklist', { prompts, extraPrompts: extra, elements: [element], heading: p, organisation: p, storageKey: `xss-${i}` }, { id: 'checklist' });
  const enabler: Enabler = { id: 'en-one', title: p, description: p, elementId: bundled.elements[0].id, actor: 'individual', sourceIds: [bundled.sources[0].id] };
  const barriers: Barrier[] = [
    { ...clone(namedBarrier), title: p, description: p, enablerIds: ['en-one'] },
    { ...clone(otherBarrier), title: p, description: p },
  ];
  const explorer = create<BarrierExplorer>('barrier-explorer', { barriers, enablers: [enabler], caseStudyHref: template(p) }, { id: 'explorer' });
  const hashExplorer = create<BarrierExplorer>('barrier-explorer', { barriers: clone(barriers), caseStudyHref: p, query: p }, { id: 'hash-explorer', 'sync-url': `xe${i}` });
  host.append(card, full, gallery, hashGallery, checklist, explorer, hashExplorer);
  await settle(host);
  await until(() => deepQueryAll(host, WIDGET_TAGS.join(',')).every((w) => stateOf(w) !== 'loading'), 'widgets settled');

  // A note is data too: load one through the checklist's import.
  const imported = checklist.importJson(JSON.stringify({ format: EXPORT_FORMAT, schema: 1, answers: { 'p-one': { status: 'in-progress', note: p } } }));
  expect(imported.ok, 'a payload note is imported').to.equal(true);
  await settle(host);

  // Exports carry the note exactly, and the spreadsheet never sees a formula.
  expect(JSON.parse(checklist.exportJson()).answers['p-one'].note).to.equal(p);
  for (const cell of csvCells(checklist.exportCsv())) expect(/^(\s*[=+\-@]|[\t\r])/.test(cell), `CSV cell ${JSON.stringify(cell.slice(0, 40))}`).to.equal(false);

  const galleryCard = gallery.shadowRoot!.querySelector('case-study-card')!;
  await prove(
    host,
    p,
    [
      { what: 'card name', actual: () => text($(card, '[part~="heading"]')), expected: shown },
      { what: 'card summary', actual: () => text($(card, '[part~="summary"]')), expected: shown },
      { what: 'card journey step', actual: () => text($(full, '.journey li')), expected: shown },
      { what: 'card organisation', actual: () => text($(full, '[part~="facts"] div:nth-child(2) dd')), expected: shown },
      { what: 'gallery heading', actual: () => text($(gallery, '[part~="heading"]')), expected: p },
      { what: 'gallery card name', actual: () => text($(galleryCard, '[part~="heading"]')), expected: shown },
      { what: 'checklist prompt text', actual: () => text($(checklist, '.prompt-text')), expected: shown },
      { what: 'checklist prompt hint', actual: () => text($(checklist, '.prompt-hint')), expected: shown },
      { what: 'checklist title', actual: () => text($(checklist, '[part~="title"]')), expected: p },
      { what: 'checklist organisation', actual: () => text($(checklist, '.summary-organisation')), expected: p },
      // (a textarea's value has its line breaks normalised to \n)
      { what: 'checklist note', actual: () => checklist.shadowRoot!.querySelector<HTMLTextAreaElement>('#p-p-one-note')?.value, expected: p.replace(/\r\n?/g, '\n') },
      { what: 'checklist summary note', actual: () => text($(checklist, '.summary-note')), expected: p },
      { what: 'explorer barrier title', actual: () => text($(explorer, '[part~="barrier-heading"]')), expected: shown },
      { what: 'explorer barrier description', actual: () => text($(explorer, '.barrier__description')), expected: shown },
    ],
    { card: ['ready'], full: ['ready'], gallery: ['ready'], 'hash-gallery': ['ready', 'empty'], checklist: ['ready'], explorer: ['ready'], 'hash-explorer': ['ready', 'empty'] },
  );

}

// ---- through a provider --------------------------------------------------------------------

export async function throughProvider(payload: string, i: number): Promise<void> {
  const p = payload;
  const shown = p.trim();
  const host = container(LAYOUT);
  const data = hostileDataset(p);
  const provider = create<ClinicalLeadershipData>('clinical-leadership-data', { data }, { id: 'provider' });
  const firstId = bundled.caseStudies[0].id;
  provider.append(
    create('case-study-card', {}, { id: 'card', 'case-id': firstId }),
    create('case-study-card', {}, { id: 'full', 'case-id': bundled.caseStudies[1].id, variant: 'full' }),
    create('case-study-gallery', {}, { id: 'gallery', 'card-variant': 'full' }),
    create('framework-checklist', {}, { id: 'checklist', organisation: p }),
    create('barrier-explorer', {}, { id: 'explorer' }),
    create('barrier-explorer', {}, { id: 'elements', view: 'elements' }),
  );
  host.append(provider);
  await settle(host);
  expect(provider.state.status, 'the hostile data set is valid').to.equal('ready');
  const q = (id: string, selector: string) => $(host.querySelector(`#${id}`)!, selector);
  const galleryCard = host.querySelector('#gallery')!.shadowRoot!.querySelector('case-study-card')!;
  const checks: Check[] = [
    { what: 'card name', actual: () => text(q('card', '[part~="heading"]')), expected: shown },
    { what: 'card role', actual: () => text(q('card', '[part~="facts"] dd')), expected: shown },
    { what: 'card profession', actual: () => text(q('card', '[part~="tag-profession"]')), expected: shown },
    { what: 'card turning point', actual: () => text(q('full', '.turning-point')), expected: shown },
    { what: 'card source title', actual: () => text(q('full', '[part~="sources"] cite a, [part~="sources"] cite')), expected: shown },
    { what: 'gallery card summary', actual: () => text($(galleryCard, '[part~="summary"]')), expected: shown },
    { what: 'gallery discipline label', actual: () => text(q('gallery', 'fieldset label'))?.replace(/ \(\d+\)$/, ''), expected: shown },
    { what: 'checklist prompt', actual: () => text(q('checklist', '.prompt-text')), expected: shown },
    { what: 'checklist element', actual: () => text(q('checklist', '[part~="element-heading"]')), expected: shown },
    { what: 'explorer barrier', actual: () => text(q('explorer', '[part~="barrier-heading"]')), expected: shown },
    { what: 'explorer element', actual: () => text(q('elements', '[part~="element-heading"]')), expected: shown },
    { what: 'explorer enabler', actual: () => text(q('elements', '.element-enabler [part~="enabler-heading"]')), expected: shown },
  ];
  if (acceptedUrl(p)) {
    // A hostile address the schema accepts: bound as the parsed, percent-encoded URL, never as raw markup.
    checks.push({ what: 'source link', actual: () => q('full', '[part~="sources"] a')?.getAttribute('href'), expected: new URL(p).href });
  }
  await prove(host, p, checks, {
    card: ['ready'], full: ['ready'], gallery: ['ready'], checklist: ['ready'], explorer: ['ready'], elements: ['ready'],
  });

  // The same payload in a field the schema rejects: every widget shows the problem, accessibly.
  const strict = strictFieldDataset(p, i);
  provider.data = strict.data as never;
  await settle(host);
  if (!strict.accepted) {
    expect(provider.state.status, `${strict.field} = payload is rejected`).to.equal('error');
    expect(stateOf(provider)).to.equal('error');
    expect(errorBlockProblems(provider)).to.deep.equal([]);
    for (const w of deepQueryAll(host, WIDGET_TAGS.join(','))) {
      if (w.closest('case-study-gallery') !== null || (w.getRootNode() as ShadowRoot).host) continue;
      expect(stateOf(w), `<${w.localName}#${w.id}> with ${strict.field} = payload`).to.equal('error');
    }
  }
  await prove(host, p, []);
}

// ---- through the div mount -----------------------------------------------------------------

function div(attrs: Record<string, string>, ...children: Node[]): HTMLDivElement {
  const el = document.createElement('div');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/**
 * A payload as a provider's `src`. Absolute addresses (javascript:, data:, https://x.invalid …) are
 * fetched as they are; a relative one is sent as the query of a test page that answers HTML, so the
 * dev server's log is not filled with 404s and malformed paths (fetching a path runs nothing).
 */
function badSrc(p: string): string {
  try {
    new URL(p);
    return p;
  } catch {
    return `/__test__/page.html?src=${encodeURIComponent(p)}`;
  }
}

export async function throughMount(payload: string): Promise<void> {
  const p = payload;
  const shown = p.trim();
  const host = container(LAYOUT);
  const url = URL.createObjectURL(new Blob([JSON.stringify(hostileDataset(p))], { type: 'application/json' }));
  const fallback = () => {
    const f = document.createElement('p');
    f.textContent = p; // no-JavaScript fallback a CMS editor typed
    return f;
  };
  try {
    host.append(
      div(
        { 'data-cl-widget': 'clinical-leadership-data', 'data-src': url, 'data-timeout': '5000' },
        div({ 'data-cl-widget': 'case-study-card', 'data-case-id': baseCase.id, 'data-variant': 'full', 'data-barrier-href': template(p), 'data-enabler-href': p, 'data-heading-level': p, 'data-id': 'card' }, fallback()),
        div({ 'data-cl-widget': 'case-study-gallery', 'data-heading': p, 'data-docs-href': p, 'data-card-variant': p, 'data-barrier-href': template(p), 'data-page-size': p, 'data-id': 'gallery' }),
        div({ 'data-cl-widget': 'framework-checklist', 'data-heading': p, 'data-organisation': p, 'data-storage-key': p, 'data-note-limit': p, 'data-heading-level': p, 'data-id': 'checklist' }),
        div({ 'data-cl-widget': 'barrier-explorer', 'data-case-study-href': template(p), 'data-view': p, 'data-levels': p, 'data-elements': p, 'data-disciplines': p, 'data-id': 'explorer' }),
        div({ 'data-cl-widget': 'case-study-card', 'data-case-id': p, 'data-id': 'missing' }),
      ),
      div({ 'data-cl-widget': 'clinical-leadership-data', 'data-src': badSrc(p), 'data-timeout': '1500', id: 'm-bad-src' }, div({ 'data-cl-widget': 'case-study-card', 'data-case-id': baseCase.id })),
      div({ 'data-cl-widget': p, id: 'm-unknown' }, fallback()),
    );
    mountWidgets(host);
    const inside = (id: string) => host.querySelector(`#${id}`)!;
    const providers = [...host.querySelectorAll<ClinicalLeadershipData>('clinical-leadership-data')];
    await until(() => providers.every((pr) => pr.state.status !== 'loading'), 'both providers settle', 6000);
    await settle(host);
    expect(providers[0].state.status, 'the hostile data set arrives and is valid').to.equal('ready');
    expect(providers[1].state.status, 'a payload as src is an error').to.equal('error');
    expect(errorBlockProblems(providers[1])).to.deep.equal([]);
    const unknown = host.querySelector('#m-unknown [role="alert"]');
    expect(text(unknown), 'an unknown widget name is reported as text').to.contain('which does not exist');
    expect(host.querySelector('#m-unknown')!.children.length).to.equal(1);

    const checks: Check[] = [
      { what: 'card name', actual: () => text($(inside('card'), '[part~="heading"]')), expected: shown },
      { what: 'gallery heading', actual: () => text($(inside('gallery'), '[part~="heading"]')), expected: p },
      { what: 'checklist title', actual: () => text($(inside('checklist'), '[part~="title"]')), expected: p },
      { what: 'checklist organisation', actual: () => text($(inside('checklist'), '.summary-organisation')), expected: p },
      { what: 'explorer barrier', actual: () => text($(inside('explorer'), '[part~="barrier-heading"]')), expected: shown },
    ];
    const missing = inside('missing');
    await prove(host, p, checks, { card: ['ready'], gallery: ['ready'], checklist: ['ready'], explorer: ['ready'], missing: ['error'] });
    expect(stateOf(missing), 'a payload as case-id is an error').to.equal('error');
    if (shown) expect(deepText(missing)).to.contain(shown.slice(0, 20).trim());
  } finally {
    URL.revokeObjectURL(url);
  }
}
