/**
 * What the widgets say about their sources, as a reader meets it: the case study that could be read
 * only in part, the 2019 handles, the explorer's grouping, and stories that never cite a real source.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/case-study-card.js';
import '../src/barrier-explorer.js';
import type { CaseStudyCard } from '../src/case-study-card.js';
import type { BarrierExplorer } from '../src/barrier-explorer.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { shadow, until } from './helpers.js';

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: CaseStudyCard) => until(() => !!shadow(el).querySelector('article'), '<case-study-card> ready');

describe('content fidelity, as a reader sees it', () => {
  it('says plainly which parts of Jagjit Sethi’s published case study could not be read', async () => {
    const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="jagjit-sethi"></case-study-card>`);
    await ready(el);
    const notice = shadow(el).querySelector('[part="partial-notice"]');
    expect(fold(notice?.textContent)).to.equal(
      'The published case study could only be read in part: the rest of the journey, the turning point, the barriers met, ' +
        'what helped and the organisational support are not included here.',
    );
    // Visible without opening the disclosure, and no empty "Turning point" heading.
    expect(notice!.closest('details')).to.equal(null);
    expect(fold(shadow(el).querySelector('article')!.textContent)).not.to.contain('Turning point');
    expect(fold(shadow(el).querySelector('h3#name')!.textContent)).to.equal('Dr Jagjit Sethi');
    await expect(el).to.be.accessible();
  });

  it('shows no such notice on a case study whose source gave every part it uses', async () => {
    const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="michael-witney"></case-study-card>`);
    await ready(el);
    expect(shadow(el).querySelector('[part="partial-notice"]')).to.equal(null);
  });

  it('presents a handle as the one published in 2019, linked only when the host opts in', async () => {
    const plain = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown" variant="full"></case-study-card>`);
    await ready(plain);
    const text = fold(shadow(plain).querySelector('.handle')!.textContent);
    expect(text).to.equal('Twitter handle in 2019: @Rachel66Mckeown');
    expect(shadow(plain).querySelector('.handle a')).to.equal(null);

    const linked = await fixture<CaseStudyCard>(
      html`<case-study-card case-id="rachel-mckeown" variant="full" link-handles></case-study-card>`,
    );
    await ready(linked);
    const link = shadow(linked).querySelector<HTMLAnchorElement>('.handle a')!;
    expect(link.href).to.equal('https://x.com/Rachel66Mckeown');
    expect(fold(shadow(linked).querySelector('.handle')!.textContent)).to.equal('Twitter handle in 2019: @Rachel66Mckeown');
    await expect(linked).to.be.accessible();
  });

  it('says in the element view that the grouping is ours, not the framework’s actions', async () => {
    const el = await fixture<BarrierExplorer>(html`<barrier-explorer></barrier-explorer>`);
    await until(() => !!shadow(el).querySelector('input[type="radio"][value="elements"]'), 'explorer ready');
    shadow(el).querySelector<HTMLInputElement>('input[type="radio"][value="elements"]')!.click();
    await until(() => !!shadow(el).querySelector('[part="element-view-note"]'), 'element view');
    const view = fold(shadow(el).querySelector('[part="elements"]')!.textContent);
    expect(fold(shadow(el).querySelector('[part="element-view-note"]')!.textContent)).to.contain(
      "Our grouping: which element each enabler and barrier sits under is this library's judgement, not the framework's own.",
    );
    expect(view).not.to.contain('Other barriers this element addresses');
    // Each section is named by its heading, not by a filter checkbox of the same id.
    for (const section of shadow(el).querySelectorAll('section.element')) {
      const labelledBy = section.getAttribute('aria-labelledby')!;
      expect(shadow(el).querySelectorAll(`[id="${labelledBy}"]`)).to.have.length(1);
      expect(shadow(el).getElementById(labelledBy)!.localName).to.match(/^h[2-6]$/);
    }
    await expect(el).to.be.accessible();
  });

  it('never cites a real source from an invented story record', async () => {
    const real = new Set(dataset.sources.map((s) => s.id));
    const files = ['barrier-explorer', 'case-study-card', 'case-study-gallery', 'framework-checklist'];
    let cited = 0;
    for (const name of files) {
      const text = await (await fetch(`/stories/${name}.stories.ts`)).text();
      expect(text.length, name).to.be.greaterThan(100);
      for (const [, list] of text.matchAll(/sourceIds:\s*\[([^\]]*)\]/g)) {
        cited++;
        expect(list.trim(), `${name}: ${list}`).to.equal('EXAMPLE_SOURCE_ID');
      }
    }
    expect(cited, 'story records found').to.be.greaterThan(5);
    const source = await (await fetch('/stories/example-source.ts')).text();
    const id = /EXAMPLE_SOURCE_ID = ['"]([^'"]+)['"]/.exec(source)![1];
    expect(real.has(id), 'the example source is not a real one').to.equal(false);
    expect(id).to.equal('example-data-for-this-story');
  });
});
