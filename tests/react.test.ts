/** The React wrappers (clinical-leadership-elements/react) rendered by React 19. */
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BarrierExplorer, CaseStudyCard, CaseStudyGallery, ClinicalLeadershipData, FrameworkChecklist } from '../src/react.js';
import { dataset } from '../src/data.js';
import type { CaseStudySelectDetail } from '../src/case-study-card/case-study-card.js';
import { until } from './helpers.js';

const h = React.createElement;

describe('React wrappers', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    localStorage.removeItem('clinical-leadership-elements:checklist:react-test');
  });

  it('renders every widget with typed props', async () => {
    root.render(
      h(React.Fragment, null,
        h(CaseStudyCard, { caseId: 'rachel-mckeown', variant: 'full' }),
        h(CaseStudyGallery, {}),
        h(FrameworkChecklist, { storageKey: 'react-test' }),
        h(BarrierExplorer, {}),
        h(ClinicalLeadershipData, { data: dataset }, h(CaseStudyCard, { caseId: 'michael-witney' })),
      ),
    );
    const ready = (tag: string) => {
      const all = Array.from(container.querySelectorAll(tag));
      return all.length > 0 && all.every((el) => el.shadowRoot?.textContent?.trim() && !el.shadowRoot.querySelector('[part~="loading"]'));
    };
    await until(() => ['case-study-card', 'case-study-gallery', 'framework-checklist', 'barrier-explorer'].every(ready), 'widgets rendered');
    const card = container.querySelector('case-study-card')!;
    expect(card.getAttribute('variant') ?? (card as unknown as { variant: string }).variant).to.equal('full');
    expect(card.shadowRoot!.textContent).to.contain('Rachel McKeown');
    const provided = container.querySelector('clinical-leadership-data case-study-card')!;
    expect(provided.shadowRoot!.textContent).to.contain('Michael Witney');
  });

  it('delivers events to onCl… props', async () => {
    const changes: unknown[] = [];
    const selects: unknown[] = [];
    root.render(
      h(React.Fragment, null,
        h(FrameworkChecklist, { storageKey: 'react-test', onClChange: (e: CustomEvent) => changes.push(e.detail) }),
        h(CaseStudyCard, { caseId: 'rachel-mckeown', variant: 'full', onClSelect: (e: CustomEvent) => selects.push(e.detail) }),
      ),
    );
    const checklist = () => container.querySelector('framework-checklist');
    const card = () => container.querySelector('case-study-card');
    await until(() => !!checklist()?.shadowRoot?.querySelector('input[type="radio"], select'), 'checklist controls');
    const shadow = checklist()!.shadowRoot!;
    // A status control: the radio, else a select (the framework filter is a select too, so the radio comes first).
    const control = shadow.querySelector<HTMLInputElement>('input[type="radio"][value="in-progress"]') ?? shadow.querySelector<HTMLSelectElement>('select')!;
    if (control instanceof HTMLSelectElement) {
      control.value = 'in-progress';
      control.dispatchEvent(new Event('change', { bubbles: true }));
    } else control.click();
    await until(() => changes.length > 0, 'cl-change reached onClChange');
    await until(() => !!card()?.shadowRoot?.querySelector('button.cl-link-button'), 'card select buttons');
    card()!.shadowRoot!.querySelector<HTMLButtonElement>('button.cl-link-button')!.click();
    await until(() => selects.length > 0, 'cl-select reached onClSelect');
  });

  // Our tags straight in React 19 JSX, as the README and the generated types/react-jsx say.
  it('without a wrapper: takes attributes and properties, and oncl-select hears cl-select', async () => {
    const chosen: CaseStudySelectDetail[] = [];
    root.render(
      h(React.Fragment, null,
        h('case-study-card', { 'case-id': 'rachel-mckeown', variant: 'full', 'heading-level': 2, 'oncl-select': (e: CustomEvent<CaseStudySelectDetail>) => chosen.push(e.detail) }),
        h('case-study-card', { caseStudy: dataset.caseStudies[1], variant: 'full' }),
      ),
    );
    const cards = () => Array.from(container.querySelectorAll('case-study-card'));
    await until(() => cards().length === 2 && cards().every((c) => c.shadowRoot?.querySelector('article')), 'both cards rendered');
    const [byId, byProperty] = cards();
    expect(byId.shadowRoot!.querySelector('h2')!.textContent).to.contain('Rachel McKeown');
    expect(byId.getAttribute('variant')).to.equal('full');
    expect(byProperty.shadowRoot!.querySelector('h3')!.textContent).to.contain(dataset.caseStudies[1].name);
    await expect(byId).to.be.accessible();

    const button = byId.shadowRoot!.querySelector<HTMLButtonElement>('button.cl-link-button')!;
    button.click();
    expect(chosen).to.have.length(1);
    expect(chosen[0].caseStudyId).to.equal('rachel-mckeown');
    expect(chosen[0].id).to.equal(button.dataset.id);
  });
});
