/**
 * When the validators' code cannot be loaded (a flaky network, a proxy that blocks a chunk), every
 * widget given outside data shows a clear error inside itself, warns once, throws nothing, and
 * tries again when it is given new data. The failure is made by swapping the importer: a test
 * server's failed response is remembered by the dev server and the browser, so cannot be undone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/case-study-card.js';
import '../src/case-study-gallery.js';
import '../src/framework-checklist.js';
import '../src/barrier-explorer.js';
import '../src/clinical-leadership-data.js';
import type { CaseStudyCard } from '../src/case-study-card.js';
import type { ClinicalLeadershipData } from '../src/clinical-leadership-data.js';
import { dataset } from '../src/data/bundled-dataset.js';
import type { CaseStudy } from '../src/data/schema.js';
import { replaceValidatorsImporterForTests } from '../src/internal/lazy-validation.js';
import { captureWarnings, shadow, textOf, until } from './helpers.js';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const errorOf = (el: Element) => shadow(el).querySelector('[role="alert"]');

describe('lazy validation: the validators cannot be loaded', () => {
  let restore: () => void;
  let attempts = 0;
  before(() => {
    restore = replaceValidatorsImporterForTests(() => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
  });
  after(() => restore());

  it('every widget given data by property shows the error and warns once, and nothing is thrown', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const warn = captureWarnings();
    const el = await fixture(html`<div>
      <case-study-card .caseStudy=${copy(dataset.caseStudies[0])}></case-study-card>
      <case-study-gallery .caseStudies=${copy(dataset.caseStudies)}></case-study-gallery>
      <framework-checklist storage-key="lazy-failure" .prompts=${copy(dataset.checklistPrompts)}></framework-checklist>
      <barrier-explorer .barriers=${copy(dataset.barriers)}></barrier-explorer>
      <clinical-leadership-data .data=${copy(dataset)}></clinical-leadership-data>
    </div>`);
    const widgets = [...el.children];
    await until(() => widgets.every((w) => !!errorOf(w)), 'every widget shows an error');
    // A re-render for another reason keeps the error (no flash of loading, no second warning).
    for (const w of widgets) (w as HTMLElement & { requestUpdate(): void }).requestUpdate();
    await new Promise((r) => setTimeout(r, 50));
    warn.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    for (const w of widgets) expect(textOf(errorOf(w)!), w.localName).to.contain('could not be loaded');
    expect(textOf(errorOf(widgets[0])!)).to.contain('Reload the page');
    for (const w of widgets) expect(warn.messages.filter((m) => m.includes(`<${w.localName}>`)), w.localName).to.have.length(1);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('new data tries again, and the widget recovers when the code arrives', async () => {
    const warn = captureWarnings();
    const record = copy(dataset.caseStudies[1]) as CaseStudy;
    const card = await fixture<CaseStudyCard>(html`<case-study-card .caseStudy=${record}></case-study-card>`);
    await until(() => !!errorOf(card), 'card error');
    const before = attempts;
    restore(); // the network is back
    card.caseStudy = copy(record);
    await until(() => !!shadow(card).querySelector('article'), 'card ready after the retry');
    warn.restore();
    expect(attempts, 'no attempt through the failing importer').to.equal(before);
    expect(shadow(card).querySelector('h3')?.textContent).to.contain(record.name);

    const provider = await fixture<ClinicalLeadershipData>(html`<clinical-leadership-data .data=${copy(dataset)}></clinical-leadership-data>`);
    await until(() => provider.state.status === 'ready', 'provider ready');
  });
});
