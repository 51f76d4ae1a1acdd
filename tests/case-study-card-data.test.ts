/**
 * <case-study-card>: where its data comes from (provider, bundled data set, property) and what it
 * does with bad data (an error inside the card, one warning, nothing thrown). The rest of its
 * behaviour is in case-study-card.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/case-study-card.js';
import '../src/clinical-leadership-data.js';
import type { CaseStudyCard } from '../src/case-study-card.js';
import type { ClinicalLeadershipData } from '../src/clinical-leadership-data.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { indexDataset } from '../src/data/lookup.js';
import type { CaseStudy, Dataset } from '../src/data/schema.js';
import { captureWarnings, clone, errored, fold, ours, ready, seen, shadow, until, watchErrors } from './helpers.js';

const index = indexDataset(dataset);

describe('<case-study-card> data', () => {
  describe('where the data comes from', () => {
    it('looks an id up in the nearest provider', async () => {
      const data = clone(dataset) as Dataset;
      data.caseStudies.push(ours({ id: 'provider-only' }));
      const provider = await fixture<ClinicalLeadershipData>(
        html`<clinical-leadership-data .data=${data}><case-study-card case-id="provider-only"></case-study-card></clinical-leadership-data>`,
      );
      const el = provider.querySelector('case-study-card')!;
      await ready(el);
      expect(seen(el)).to.contain('Ada Lovelace');
      expect(seen(el)).to.contain('Role in March 2024');
      await expect(el).to.be.accessible();
    });

    it('looks an id up in the bundled data set without a provider', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="shane-degaris"></case-study-card>`);
      await ready(el);
      expect(seen(el)).to.contain('Shane DeGaris');
    });

    it('uses only the provider when there is one', async () => {
      const warn = captureWarnings();
      const data = clone(dataset) as Dataset;
      data.caseStudies = data.caseStudies.filter((c) => c.id !== 'shane-degaris');
      const provider = await fixture<ClinicalLeadershipData>(
        html`<clinical-leadership-data .data=${data}><case-study-card case-id="shane-degaris"></case-study-card></clinical-leadership-data>`,
      );
      const el = provider.querySelector('case-study-card')!;
      await errored(el);
      warn.restore();
      expect(seen(el)).to.contain("No case study with id 'shane-degaris'");
    });

    it('a property beats an id', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown" .caseStudy=${ours()}></case-study-card>`);
      await ready(el);
      expect(seen(el)).to.contain('Ada Lovelace');
      expect(seen(el)).not.to.contain('Rachel');
    });

    it('names what a property case study refers to through the data set, and shows unknown ids as text', async () => {
      const el = await fixture<CaseStudyCard>(
        html`<case-study-card variant="full" .caseStudy=${ours({ professionId: 'wizard', barrierIds: ['few-senior-ahp-posts', 'made-up-barrier'] })}></case-study-card>`,
      );
      await ready(el);
      const text = seen(el);
      expect(text).to.contain('Wizard');
      expect(text).to.contain(index.barriers.get('few-senior-ahp-posts')!.title);
      expect(text).to.contain('Made up barrier');
      expect(text).to.contain(index.enablers.get('mentor-and-coach')!.title);
      expect(shadow(el).querySelector('[part~="tag-discipline"]')).to.equal(null);
    });

    it('re-renders when its case study is replaced, mutated or its provider data changes', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card .caseStudy=${ours()}></case-study-card>`);
      await ready(el);
      el.caseStudy = ours({ name: 'Grace Hopper', summary: 'A new summary.' });
      await el.updateComplete;
      expect(seen(el)).to.contain('Grace Hopper');
      expect(seen(el)).to.contain('A new summary.');
      expect(shadow(el).querySelector('[part="initials"]')!.textContent).to.equal('GH');

      // Mutated in place, then told: checked again.
      const warn = captureWarnings();
      el.caseStudy!.name = '';
      el.requestUpdate('caseStudy');
      await el.updateComplete;
      warn.restore();
      expect(seen(el)).to.contain('caseStudy: name must not be empty');

      const data = clone(dataset) as Dataset;
      const provider = await fixture<ClinicalLeadershipData>(
        html`<clinical-leadership-data .data=${data}><case-study-card case-id="michael-witney"></case-study-card></clinical-leadership-data>`,
      );
      const card = provider.querySelector('case-study-card')!;
      await ready(card);
      const next = clone(dataset) as Dataset;
      next.caseStudies.find((c) => c.id === 'michael-witney')!.organisation = 'Renamed NHS Foundation Trust';
      provider.data = next;
      await until(() => seen(card).includes('Renamed NHS Foundation Trust'), 'provider change reaches the card');
    });

    it('keeps space while loading, then shows the card', async () => {
      const provider = await fixture<ClinicalLeadershipData>(
        html`<clinical-leadership-data src="/__test__/dataset.json?delay=400&card"><case-study-card case-id="michael-witney"></case-study-card></clinical-leadership-data>`,
      );
      const el = provider.querySelector('case-study-card')!;
      await until(() => !!shadow(el).querySelector('[part="loading"]'), 'loading');
      expect(fold(shadow(el).querySelector('[part="loading"]')!.textContent)).to.equal('Loading case study…');
      expect(shadow(el).querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
      expect(el.getBoundingClientRect().height, 'reserved height').to.be.at.least(200);
      await ready(el);
      expect(seen(el)).to.contain('Michael Witney');
    });
  });

  describe('errors: inside the card, one warning, nothing thrown', () => {
    it("an unknown id: No case study with id 'x'", async () => {
      const watch = watchErrors();
      const warn = captureWarnings();
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="nobody-here"></case-study-card>`);
      await errored(el);
      el.requestUpdate();
      await el.updateComplete;
      el.variant = 'full';
      await el.updateComplete;
      warn.restore();
      watch.stop();
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(fold(alert.textContent)).to.contain("No case study with id 'nobody-here'");
      expect(alert.getAttribute('part')).to.equal('error');
      expect(warn.messages.filter((m) => m.includes('nobody-here'))).to.have.length(1);
      expect(warn.messages[0]).to.contain('<case-study-card>');
      expect(watch.errors).to.deep.equal([]);
    });

    it('invalid data: the validation messages', async () => {
      const watch = watchErrors();
      const warn = captureWarnings();
      const bad = { ...ours({ id: 'invalid-one' }), name: '', journey: 'not a list', professionId: 'Not A Slug' } as unknown as CaseStudy;
      const el = await fixture<CaseStudyCard>(html`<case-study-card .caseStudy=${bad}></case-study-card>`);
      await errored(el);
      el.requestUpdate();
      await el.updateComplete;
      warn.restore();
      watch.stop();
      const text = seen(el);
      expect(text).to.contain('This case study cannot be shown');
      expect(text).to.contain('caseStudy: name must not be empty');
      expect(text).to.contain('caseStudy: journey must be a list, not "not a list"');
      expect(text).to.contain('caseStudy: professionId must be a slug');
      expect(warn.messages).to.have.length(1);
      expect(watch.errors).to.deep.equal([]);
    });

    it('data that is not an object', async () => {
      const warn = captureWarnings();
      const el = await fixture<CaseStudyCard>(html`<case-study-card .caseStudy=${'rachel-mckeown' as unknown as CaseStudy}></case-study-card>`);
      await errored(el);
      warn.restore();
      expect(seen(el)).to.contain('caseStudy must be an object, not "rachel-mckeown"');
      expect(warn.messages).to.have.length(1);
    });

    it('an object that throws when read', async () => {
      const watch = watchErrors();
      const warn = captureWarnings();
      const hostile = new Proxy({}, {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      }) as CaseStudy;
      const el = document.createElement('case-study-card');
      el.caseStudy = hostile;
      document.body.append(el);
      await errored(el);
      warn.restore();
      watch.stop();
      el.remove();
      expect(seen(el)).to.contain('This case study cannot be shown');
      expect(watch.errors).to.deep.equal([]);
    });

    it('no id and no property', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="  "></case-study-card>`);
      await errored(el);
      expect(seen(el)).to.contain('No case study to show');
      expect(seen(el)).to.contain('Set the case-id attribute or the caseStudy property.');
    });

    it("a provider's failure", async () => {
      const warn = captureWarnings();
      const provider = await fixture<ClinicalLeadershipData>(
        html`<clinical-leadership-data src="/__test__/missing.json?card"><case-study-card case-id="rachel-mckeown"></case-study-card></clinical-leadership-data>`,
      );
      const el = provider.querySelector('case-study-card')!;
      await errored(el);
      warn.restore();
      expect(seen(el)).to.contain('could not be loaded (404');
      expect(warn.messages.filter((m) => m.includes('<case-study-card>')), 'the provider warns, not every card').to.have.length(0);
    });
  });
});
