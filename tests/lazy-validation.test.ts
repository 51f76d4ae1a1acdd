/**
 * The validators (valibot and the schemas) are a lazy chunk: a page that shows only the bundled
 * data never downloads them, and data from outside waits for them (a failed load:
 * lazy-validation-failure.test.ts). Test order matters: the first test runs before anything in
 * this page has loaded the validators.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/case-study-card.js';
import '../src/case-study-gallery.js';
import '../src/framework-checklist.js';
import '../src/barrier-explorer.js';
import '../src/clinical-leadership-data.js';
import type { CaseStudyGallery } from '../src/case-study-gallery.js';
import type { ClinicalLeadershipData } from '../src/clinical-leadership-data.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { captureWarnings, shadow, textOf, until } from './helpers.js';

const VALIDATORS = '/src/internal/validators.ts';
const requested = () => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === VALIDATORS);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('lazy validation', () => {
  it('is not downloaded by widgets showing the bundled data (a gallery hands its cards checked records)', async () => {
    const el = await fixture(html`<div>
      <case-study-gallery></case-study-gallery>
      <case-study-card case-id="rachel-mckeown"></case-study-card>
      <framework-checklist storage-key="lazy-validation-test"></framework-checklist>
      <barrier-explorer></barrier-explorer>
    </div>`);
    const gallery = el.querySelector('case-study-gallery')!;
    await until(() => shadow(gallery).querySelectorAll('case-study-card').length > 0, 'gallery cards');
    const card = shadow(gallery).querySelector('case-study-card')!;
    await until(() => !!card.shadowRoot?.querySelector('article'), 'a card in the gallery is ready');
    await until(() => !!shadow(el.querySelector('framework-checklist')!).querySelector('[part="form"]'), 'checklist ready');
    await until(() => textOf(el.querySelector('barrier-explorer')!).includes('Showing'), 'explorer ready');
    expect(requested(), 'validators requested').to.equal(false);
  });

  it('is not downloaded for a record from the data entry given by property: it renders at once', async () => {
    const card = await fixture(html`<case-study-card .caseStudy=${dataset.caseStudies[1]}></case-study-card>`);
    await until(() => !!card.shadowRoot?.querySelector('article'), 'card ready');
    expect(textOf(card)).to.contain(dataset.caseStudies[1].name);
    expect(requested(), 'validators requested').to.equal(false);
  });

  it('a provider given data by property waits for them, then shares the checked data', async () => {
    const data = copy(dataset);
    data.caseStudies[0].summary = 'Given by property.';
    const provider = await fixture<ClinicalLeadershipData>(
      html`<clinical-leadership-data .data=${data}><case-study-gallery></case-study-gallery></clinical-leadership-data>`,
    );
    const gallery = provider.querySelector('case-study-gallery') as CaseStudyGallery;
    await until(() => provider.state.status === 'ready', 'provider ready');
    await until(() => textOf(gallery).includes('Given by property.') || [...shadow(gallery).querySelectorAll('case-study-card')].some((c) => textOf(c).includes('Given by property.')), 'gallery shows the provided data');
    // Once loaded, they are used at once: invalid data is reported without a loading step.
    const warn = captureWarnings();
    provider.data = { ...data, caseStudies: [{ id: 'Not A Slug' }] } as never;
    await provider.updateComplete;
    warn.restore();
    expect(provider.state.status).to.equal('error');
    expect(warn.messages).to.have.length(1);
  });
});
