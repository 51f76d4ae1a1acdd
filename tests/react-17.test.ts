/**
 * The React wrappers (clinical-leadership-elements/react) on React 17.0.1, the React every SPFx
 * from 1.16 to 1.23 ships: built with React 17 (src/react.ts requested with `?react=17`, see
 * tests/server/react-plugin.mjs) and rendered with ReactDOM.render, as an SPFx web part does.
 * Properties (first render, update, removal), events (delivered, replaced, removed) and unmount.
 */
import { expect } from '@open-wc/testing';
import * as React from 'react-17';
import * as ReactDOM from 'react-dom-17';
import { dataset } from '../src/data.js';
import type { SelectDetail } from '../src/internal/select-event.js';
import { until } from './helpers.js';

type Wrappers = typeof import('../src/react.js');
const h = React.createElement;
let W: Wrappers;

before(async () => {
  W = (await import('/src/react.ts?react=17' as string)) as Wrappers;
});

describe('React wrappers on React 17.0.1', () => {
  let container: HTMLElement;
  let errors: string[];
  let consoleError: typeof console.error;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    errors = [];
    consoleError = console.error;
    // React reports its warnings (bad props, invalid hooks, a second React) with console.error.
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  });
  afterEach(() => {
    ReactDOM.unmountComponentAtNode(container);
    container.remove();
    console.error = consoleError;
    localStorage.removeItem('clinical-leadership-elements:checklist:react-17-test');
  });
  const render = (element: React.ReactElement) => ReactDOM.render(element, container);
  const rendered = (el: Element | null) => !!el?.shadowRoot?.textContent?.trim() && !el.shadowRoot.querySelector('[part~="loading"]');

  it('is React 17.0.1 rendering through the legacy root', () => {
    expect(React.version).to.equal('17.0.1');
    expect(ReactDOM.version).to.equal('17.0.1');
    render(h('p', null, 'hello'));
    expect(container.textContent).to.equal('hello');
    expect(container, 'ReactDOM.render made a legacy root').to.have.property('_reactRootContainer');
  });

  it('renders every widget with typed props, and no React warnings', async () => {
    render(
      h(React.Fragment, null,
        h(W.CaseStudyCard, { caseId: 'rachel-mckeown', variant: 'full', headingLevel: 2 }),
        h(W.CaseStudyGallery, { pageSize: 3 }),
        h(W.FrameworkChecklist, { storageKey: 'react-17-test' }),
        h(W.BarrierExplorer, {}),
        h(W.BoardProfile, { heading: 'Our board' }),
        h(W.ClinicalLeadershipData, { data: dataset }, h(W.CaseStudyCard, { caseId: 'michael-witney' })),
      ),
    );
    const tags = ['case-study-card', 'case-study-gallery', 'framework-checklist', 'barrier-explorer', 'board-profile'];
    await until(() => tags.every((t) => Array.from(container.querySelectorAll(t)).every(rendered)), 'every widget rendered', 15000);
    const card = container.querySelector('case-study-card')!;
    expect(card.getAttribute('variant'), 'variant set as a property, reflected').to.equal('full');
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.contain('Rachel McKeown');
    expect(container.querySelector('case-study-gallery')!.shadowRoot!.querySelectorAll('case-study-card')).to.have.length(3);
    expect(container.querySelector('board-profile')!.shadowRoot!.textContent).to.contain('Our board');
    expect(container.querySelector('clinical-leadership-data case-study-card')!.shadowRoot!.textContent).to.contain('Michael Witney');
    expect(errors).to.deep.equal([]);
  });

  it('updates and removes properties on re-render, objects included', async () => {
    const [first, second] = dataset.caseStudies;
    render(h(W.CaseStudyCard, { caseStudy: first, variant: 'full' }));
    const card = () => container.querySelector('case-study-card')!;
    await until(() => !!card().shadowRoot?.textContent?.includes(first.name), 'first case study');
    const element = card();
    render(h(W.CaseStudyCard, { caseStudy: second, variant: 'compact' }));
    await until(() => !!card().shadowRoot?.textContent?.includes(second.name), 'second case study');
    expect(card(), 'the same element, updated').to.equal(element);
    expect(card().getAttribute('variant')).to.equal('compact');
    render(h(W.CaseStudyCard, { caseId: 'rachel-mckeown' }));
    await until(() => !!card().shadowRoot?.textContent?.includes('Rachel McKeown'), 'caseStudy removed, caseId used');
    expect((card() as unknown as { caseStudy?: unknown }).caseStudy).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('delivers events to onCl… props, to the newest handler only, and not once removed', async () => {
    const calls: string[] = [];
    const changes: unknown[] = [];
    const onClSelect = (name: string) => (e: CustomEvent<SelectDetail>) => calls.push(`${name}:${e.detail.id}`);
    const view = (handler?: (e: CustomEvent<SelectDetail>) => void) =>
      h(React.Fragment, null,
        h(W.CaseStudyCard, { caseId: 'rachel-mckeown', variant: 'full', onClSelect: handler }),
        h(W.FrameworkChecklist, { storageKey: 'react-17-test', onClChange: (e: CustomEvent) => changes.push(e.detail) }),
      );
    render(view(onClSelect('first')));
    const button = () => container.querySelector('case-study-card')!.shadowRoot?.querySelector<HTMLButtonElement>('button.cl-link-button');
    await until(() => !!button(), 'card select buttons');
    button()!.click();
    expect(calls).to.have.length(1);
    expect(calls[0]).to.match(/^first:/);

    render(view(onClSelect('second')));
    button()!.click();
    expect(calls.slice(1)).to.have.length(1);
    expect(calls[1], 'the replaced handler is not called').to.match(/^second:/);

    render(view(undefined));
    button()!.click();
    expect(calls, 'no handler once the prop is gone').to.have.length(2);

    const checklist = () => container.querySelector('framework-checklist')!;
    // A status radio (the framework filter's select comes first in the page, and changes no answer).
    await until(() => !!checklist().shadowRoot?.querySelector('input[type="radio"][value="in-progress"]'), 'checklist controls');
    checklist().shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="in-progress"]')!.click();
    await until(() => changes.length > 0, 'cl-change reached onClChange');
    expect(errors).to.deep.equal([]);
  });

  it('unmounts cleanly: elements leave the page, nothing is logged, the container renders again', async () => {
    render(h(W.FrameworkChecklist, { storageKey: 'react-17-test' }));
    await until(() => rendered(container.querySelector('framework-checklist')), 'checklist rendered', 15000);
    const element = container.querySelector('framework-checklist')!;
    expect(ReactDOM.unmountComponentAtNode(container)).to.equal(true);
    expect(container.childNodes).to.have.length(0);
    expect(element.isConnected).to.equal(false);
    render(h(W.CaseStudyCard, { caseId: 'rachel-mckeown' }));
    await until(() => rendered(container.querySelector('case-study-card')), 'rendered again after unmount');
    expect(errors).to.deep.equal([]);
  });
});
