/**
 * The pieces every widget shares: the resolver and its one warning rule (internal/resolve.ts,
 * states.ts), one citation for a source in every widget, one link-template rule, and the version
 * from package.json.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type ReactiveControllerHost } from 'lit';
import '../src/case-study-card.js';
import '../src/framework-checklist.js';
import '../src/board-profile.js';
import '../src/barrier-explorer.js';
import '../src/case-study-gallery.js';
import '../src/clinical-leadership-data.js';
import { dataset } from '../src/data/bundled-dataset.js';
import type { DatasetState } from '../src/data/state.js';
import { citationOf, renderCitation } from '../src/internal/citation.js';
import { DatasetController } from '../src/internal/dataset-controller.js';
import { describeValue } from '../src/data/describe.js';
import type { ValidatorsNeed } from '../src/internal/lazy-validation.js';
import { resolveData } from '../src/internal/resolve.js';
import { renderState, safely } from '../src/internal/states.js';
import { hrefFromTemplate } from '../src/internal/link-template.js';
import type { FrameworkChecklist } from '../src/framework-checklist.js';
import { captureWarnings, fold, ours, ready, shadow, until } from './helpers.js';
import { openWhy } from './framework-checklist/shared.js';

/** A DatasetController stand-in: a fixed state, from a provider or not; counts its calls. */
function fakeData(state: DatasetState, hasProvider: boolean) {
  const fake = { hasProvider, calls: 0, need: () => (fake.calls++, state) };
  return fake as typeof fake & DatasetController;
}
/** A ValidatorsNeed stand-in answering `answer`. */
function fakeValidators(answer: 'loading' | 'failed' | object) {
  const fake = {
    calls: 0,
    need: () => (fake.calls++, answer),
    failure: () => 'The checking code could not be loaded.', // ValidatorsNeed.failure() gives the sentence
  };
  return fake as unknown as typeof fake & ValidatorsNeed;
}
const READY: DatasetState = { status: 'ready', dataset };
const FAILED: DatasetState = { status: 'error', message: 'The data at /x.json could not be loaded (404).', errors: [] };
let unique = 0;

describe('the resolver: property, else provider, else bundled; loading, error or ready', () => {
  it('is an error when the bundled data set fails; the controller warns once, with the widget’s tag', () => {
    const tag = `x-r${unique++}`;
    const host = { localName: tag, addController() {}, requestUpdate() {}, dispatchEvent: () => true } as unknown as ReactiveControllerHost & HTMLElement;
    const controller = new DatasetController(host);
    // The bundled data set as it is after a failed load (its chunk blocked, say).
    (controller as unknown as { bundled: DatasetState }).bundled = FAILED;
    const warn = captureWarnings();
    const a = resolveData({ tag, data: controller, dataset: 'required' });
    const b = resolveData({ tag, data: controller, dataset: 'wanted' });
    warn.restore();
    expect(a.status === 'error' && a.message).to.equal((FAILED as { message: string }).message);
    expect(b.status === 'ready' && b.dataset).to.equal(undefined);
    expect(warn.messages).to.deep.equal([`<${tag}>: ${(FAILED as { message: string }).message}`]);
  });

  it('stays quiet about a provider’s error (the provider has said it)', () => {
    const warn = captureWarnings();
    const state = resolveData({ tag: `x-r${unique++}`, data: fakeData(FAILED, true), dataset: 'required' });
    warn.restore();
    expect(state.status).to.equal('error');
    expect(warn.messages).to.deep.equal([]);
  });

  it('never loads the bundled data set when only a provider’s is of use', () => {
    const data = fakeData(READY, false);
    const state = resolveData({ tag: 'x-r', data, dataset: 'if-provided' });
    expect([state.status, data.calls]).to.deep.equal(['ready', 0]);
    const provided = fakeData(READY, true);
    const withProvider = resolveData({ tag: 'x-r', data: provided, dataset: 'if-provided' });
    expect(withProvider.status === 'ready' && withProvider.dataset).to.equal(dataset);
    expect(withProvider.status === 'ready' && withProvider.index?.caseStudies.size).to.equal(dataset.caseStudies.length);
  });

  it('loads the validators only for property data, and waits for them and the data set together', () => {
    const validators = fakeValidators('loading');
    const data = fakeData({ status: 'loading' }, false);
    expect(resolveData({ tag: 'x-r', data, validators, dataset: 'wanted', validate: [undefined, null] }).status).to.equal('loading');
    expect(validators.calls).to.equal(0);
    expect(resolveData({ tag: 'x-r', data, validators, dataset: 'wanted', validate: [[]] }).status).to.equal('loading');
    expect([validators.calls, data.calls]).to.deep.equal([1, 2]);
  });

  it('is an error with the widget’s title when the validators cannot be loaded', () => {
    const state = resolveData({ tag: 'x-r', data: fakeData(READY, false), validators: fakeValidators('failed'), dataset: 'required', validate: [{}], errorTitle: 'No card' });
    expect(state.status === 'error' && [state.title, state.message]).to.deep.equal(['No card', 'The checking code could not be loaded.']);
  });

  it('safely: an exception becomes a plain sentence on screen and its text one console warning', () => {
    const warn = captureWarnings();
    const tag = `x-r${unique++}`;
    const state = safely(tag, 'The things', () => {
      throw new Error('boom');
    });
    warn.restore();
    expect(state.status === 'error' && [state.message, state.errors]).to.deep.equal(['The things could not be shown.', []]);
    expect(warn.messages).to.deep.equal([`<${tag}>: The things could not be shown (boom).`]);
  });

  it('renderState: loading, error (its own title first) or ready', () => {
    const host = document.createElement('div');
    const templates = { loading: 'Loading…', errorTitle: 'Cannot show', ready: () => html`<p>Ready</p>` };
    render(renderState({ status: 'loading' }, templates), host);
    expect(host.querySelector('[role="status"]')?.textContent).to.equal('Loading…');
    render(renderState({ status: 'error', title: 'Not found', message: 'No such id.', errors: ['a'] }, templates), host);
    expect(fold(host.querySelector('[role="alert"]')?.textContent)).to.equal('Not found No such id. a');
    render(renderState({ status: 'ready' }, templates), host);
    expect(host.textContent?.trim()).to.equal('Ready');
  });
});

describe('one home for shared words', () => {
  const source = dataset.sources.find((s) => s.publisher && s.date && /^\d{4}-\d{2}$/.test(s.date))!;

  it('cites a source the same way in the card and the checklist: "Title. Publisher, Month Year."', async () => {
    const host = document.createElement('ul');
    render(html`<li>${renderCitation(citationOf(source.id, source))}</li>`, host);
    const expected = fold(host.textContent);
    expect(expected).to.match(new RegExp(`\\. ${source.publisher}, [A-Z][a-z]+ \\d{4}\\.$`));
    expect(expected).not.to.contain(source.date!);

    const card = await fixture(html`<case-study-card variant="full" .caseStudy=${ours({ sourceIds: [source.id] })}></case-study-card>`);
    await ready(card);
    expect(fold(shadow(card).querySelector('[part~="sources"] li')?.textContent)).to.equal(expected);

    const prompt = { id: 'p', elementId: dataset.elements[0].id, text: 'A question?', enablerIds: [], sourceIds: [source.id], authored: 'organisation' as const };
    const checklist = await fixture(html`<framework-checklist .prompts=${[prompt]}></framework-checklist>`);
    await until(() => !!shadow(checklist).querySelector('.why'), 'checklist ready');
    await openWhy(checklist as FrameworkChecklist); // its text is loaded when first opened
    await until(() => !!shadow(checklist).querySelector('.why li'), 'the why text');
    expect(fold(shadow(checklist).querySelector('.why li')?.textContent)).to.equal(expected);
    await expect(card).to.be.accessible();
    await expect(checklist).to.be.accessible();
  });

  it('makes a link from a template only with {id} in it, in every widget', () => {
    expect(hrefFromTemplate('/leaders#{id}', 'a b')).to.equal(new URL('/leaders#a%20b', document.baseURI).href);
    expect(hrefFromTemplate('/leaders', 'a')).to.equal(undefined);
    expect(hrefFromTemplate(42, 'a')).to.equal(undefined);
  });

  it('describes a bad value in one wording', () => {
    expect(['x', 'y'.repeat(41), null, [], {}, 42, undefined].map(describeValue)).to.deep.equal([
      '"x"', 'text of 41 characters', 'null', 'a list', 'an object', '42', 'missing',
    ]);
  });

  it('gives every element the version from package.json, not a copy', () => {
    const tags = ['case-study-card', 'case-study-gallery', 'barrier-explorer', 'framework-checklist', 'board-profile', 'clinical-leadership-data'];
    const versions = tags.map((t) => (customElements.get(t) as unknown as { version: string }).version);
    expect(new Set(versions).size).to.equal(1);
    expect(versions[0]).to.match(/^\d+\.\d+\.\d+/);
  });
});
