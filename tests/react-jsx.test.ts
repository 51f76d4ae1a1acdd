/**
 * Our tags used directly in React 19 (no wrapper), as the README and the generated
 * types/react-jsx say: kebab-case attributes, object properties, and `oncl-select` as the listener.
 */
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../src/index.js';
import { dataset } from '../src/data.js';
import type { CaseStudySelectDetail } from '../src/case-study-card/case-study-card.js';
import { until } from './helpers.js';

const h = React.createElement;

describe('our tags in React 19 JSX (no wrapper)', () => {
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
  });

  it('takes attributes and properties, and oncl-select hears the event', async () => {
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
