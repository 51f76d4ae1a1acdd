import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/case-study-card.js';
import '../src/clinical-leadership-data.js';
import type { CaseStudyCard, CaseStudySelectDetail } from '../src/case-study-card.js';
import type { ClinicalLeadershipData } from '../src/clinical-leadership-data.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { indexDataset } from '../src/data/lookup.js';
import type { CaseStudy, Dataset } from '../src/data/schema.js';
import { captureWarnings, clone, errored, fold, ours, ready, seen, shadow, until } from './helpers.js';

const index = indexDataset(dataset);


describe('<case-study-card>', () => {
  describe('accessibility (axe) in every state', () => {
    it('compact, closed and open', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown"></case-study-card>`);
      await ready(el);
      await expect(el).to.be.accessible();
      el.open = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('full, with buttons and with links', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="pippa-nightingale" variant="full"></case-study-card>`);
      await ready(el);
      await expect(el).to.be.accessible();
      el.barrierHref = '#barrier-{id}';
      el.enablerHref = '#enabler-{id}';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('loading, unknown id, invalid data and no data', async () => {
      const warn = captureWarnings();
      const provider = await fixture<ClinicalLeadershipData>(
        html`<clinical-leadership-data src="/__test__/dataset.json?delay=600"><case-study-card case-id="rachel-mckeown"></case-study-card></clinical-leadership-data>`,
      );
      const loading = provider.querySelector('case-study-card')!;
      await until(() => !!shadow(loading).querySelector('[part="loading"]'), 'loading');
      await expect(loading).to.be.accessible();
      const unknown = await fixture<CaseStudyCard>(html`<case-study-card case-id="axe-nobody"></case-study-card>`);
      await errored(unknown);
      await expect(unknown).to.be.accessible();
      const invalid = await fixture<CaseStudyCard>(html`<case-study-card .caseStudy=${{ id: 'axe-invalid' } as unknown as CaseStudy}></case-study-card>`);
      await errored(invalid);
      await expect(invalid).to.be.accessible();
      const empty = await fixture<CaseStudyCard>(html`<case-study-card></case-study-card>`);
      await errored(empty);
      await expect(empty).to.be.accessible();
      warn.restore();
    });

    it('in a 320px container, full and open', async () => {
      // Sized directly: a plain <div> fixture waits for an animation frame, which a background tab never gets.
      const el = await fixture<CaseStudyCard>(html`<case-study-card style="width:320px" case-id="clare-boobyer-jones" variant="full"></case-study-card>`);
      await ready(el);
      await expect(el).to.be.accessible();
      expect(el.scrollWidth, 'no sideways scrolling at 320px').to.be.at.most(320);
      const article = shadow(el).querySelector('article')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
    });
  });

  describe('the bundled case studies', () => {
    it('has the six recovered case studies', () => {
      expect(dataset.caseStudies.map((c) => c.id)).to.have.members([
        'rachel-mckeown', 'clare-boobyer-jones', 'shane-degaris', 'michael-witney', 'pippa-nightingale', 'jagjit-sethi',
      ]);
    });

    for (const cs of dataset.caseStudies) {
      it(`shows everything about ${cs.name} (full)`, async () => {
        const el = await fixture<CaseStudyCard>(html`<case-study-card case-id=${cs.id} variant="full"></case-study-card>`);
        await ready(el);
        const text = seen(el);
        const profession = index.professions.get(cs.professionId)!;
        const discipline = index.disciplines.get(profession.disciplineId)!;
        const expected = [
          cs.name, profession.label, `Role in ${cs.asOf}`, cs.role, `Organisation in ${cs.asOf}`, cs.organisation, cs.summary,
          ...cs.journey, cs.turningPoint ?? '',
          ...cs.barrierIds.map((id) => index.barriers.get(id)!.title),
          ...cs.enablerIds.map((id) => index.enablers.get(id)!.title),
          ...cs.sourceIds.map((id) => index.sources.get(id)!.title),
        ];
        for (const part of expected) expect(text, part).to.contain(fold(part));
        if (discipline.label !== profession.label) expect(text).to.contain(discipline.label);

        const root = shadow(el);
        expect(root.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('name');
        expect(fold(root.querySelector('h3#name')!.textContent)).to.equal(cs.name);
        expect([...root.querySelectorAll('ol.journey > li')].map((li) => fold(li.textContent))).to.deep.equal(cs.journey.map(fold));
        expect(root.querySelectorAll('details')).to.have.length(0);
        const initials = root.querySelector('[part="initials"]')!;
        expect(initials.getAttribute('aria-hidden')).to.equal('true');
        expect(initials.textContent).to.match(/^[A-Z]{2}$/);
        expect(root.querySelectorAll('img')).to.have.length(0);

        // The 2019 handles are shown as what BAPO published then, as text: no live link unless the host opts in.
        const handleLink = [...root.querySelectorAll('a')].find((a) => a.textContent === cs.handle);
        expect(handleLink, 'no link to a live account by default').to.equal(undefined);
        if (cs.handle) expect(text).to.contain(`Twitter handle in 2019: ${cs.handle}`);
        else expect(text).not.to.contain('Twitter handle');
        expect(text).not.to.contain('On X');
        for (const id of cs.sourceIds) {
          const source = index.sources.get(id)!;
          const link = [...root.querySelectorAll<HTMLAnchorElement>('.sources a')].find((a) => fold(a.textContent) === fold(source.title));
          if (source.url) expect(link?.href).to.equal(new URL(source.url).href);
          else expect(link).to.equal(undefined);
        }
        const ahpTag = root.querySelector('[part~="tag-ahp"]');
        expect(!!ahpTag, 'AHP tag').to.equal(discipline.id === 'ahp');
      });

      it(`shows ${cs.name} compactly, with the rest behind "Read ${cs.name}\u2019s journey"`, async () => {
        const el = await fixture<CaseStudyCard>(html`<case-study-card case-id=${cs.id}></case-study-card>`);
        await ready(el);
        const text = seen(el);
        for (const part of [cs.name, cs.role, cs.organisation, cs.summary]) expect(text).to.contain(fold(part));
        expect(text).to.contain(`Read ${cs.name}\u2019s journey`);
        expect(text, 'journey hidden').not.to.contain(fold(cs.journey[0]));
        const details = shadow(el).querySelector('details')!;
        expect(details.open).to.equal(false);
        expect(fold(details.querySelector('summary')!.textContent)).to.equal(`Read ${cs.name}\u2019s journey`);
      });
    }

    it('states the key facts of three case studies', async () => {
      const facts: Array<[string, string[], boolean]> = [
        ['rachel-mckeown', ['Rachel McKeown', 'Physiotherapist', 'Allied health professional', 'Midlands Partnership NHS Foundation Trust'], true],
        ['michael-witney', ['Michael Witney', 'Clinical psychologist', 'consultant clinical psychologist', 'Oxleas NHS Foundation Trust'], false],
        ['pippa-nightingale', ['Pippa Nightingale', 'Midwife', 'Chief Nurse', 'Chelsea and Westminster NHS Foundation Trust'], false],
      ];
      for (const [id, parts, ahp] of facts) {
        const el = await fixture<CaseStudyCard>(html`<case-study-card case-id=${id}></case-study-card>`);
        await ready(el);
        const text = seen(el);
        for (const part of parts) expect(text, `${id}: ${part}`).to.contain(part);
        expect(text, `${id} role dated`).to.contain('Role in 2019');
        expect(!!shadow(el).querySelector('[part~="tag-ahp"]'), `${id} AHP`).to.equal(ahp);
      }
      const pippa = index.caseStudies.get('pippa-nightingale')!;
      expect(index.professions.get(pippa.professionId)!.label).to.equal('Midwife');
      expect(pippa.role).to.match(/^Chief Nurse/);
    });

    it('marks the three AHP case studies, and only those', async () => {
      const ahps: string[] = [];
      for (const cs of dataset.caseStudies) {
        const el = await fixture<CaseStudyCard>(html`<case-study-card case-id=${cs.id}></case-study-card>`);
        await ready(el);
        const tag = shadow(el).querySelector('[part~="tag-ahp"]');
        if (tag) {
          expect(fold(tag.textContent)).to.equal('Allied health professional');
          // NHS aqua-green tag, set apart from the other (white) tags at a glance.
          expect(getComputedStyle(tag).backgroundColor).to.equal('rgb(204, 237, 235)');
          ahps.push(cs.id);
        }
      }
      expect(ahps).to.deep.equal(['rachel-mckeown', 'clare-boobyer-jones', 'shane-degaris']);
    });
  });

  describe('interaction', () => {
    it('opens and closes the disclosure by keyboard', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown"></case-study-card>`);
      await ready(el);
      const summary = shadow(el).querySelector('summary')!;
      const details = summary.parentElement as HTMLDetailsElement;
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement, 'Tab reaches the summary first').to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await until(() => details.open, 'opened');
      await until(() => el.open, 'open property follows');
      expect(seen(el)).to.contain(fold(index.caseStudies.get('rachel-mckeown')!.journey[0]));
      await sendKeys({ press: 'Enter' });
      await until(() => !details.open && !el.open, 'closed');
      expect(shadow(el).activeElement).to.equal(summary);
    });

    it('opens from the open attribute', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown" open></case-study-card>`);
      await ready(el);
      expect(shadow(el).querySelector('details')!.open).to.equal(true);
    });

    it('fires cl-select for a barrier or an enabler button', async () => {
      const el = await fixture<CaseStudyCard>(html`<case-study-card case-id="michael-witney" variant="full"></case-study-card>`);
      await ready(el);
      const cs = index.caseStudies.get('michael-witney')!;
      const barrier = shadow(el).querySelector<HTMLButtonElement>(`button[data-id="${cs.barrierIds[0]}"]`)!;
      expect(fold(barrier.textContent)).to.equal(index.barriers.get(cs.barrierIds[0])!.title);
      setTimeout(() => barrier.click());
      const event = await oneEvent(el, 'cl-select');
      expect(event.detail as CaseStudySelectDetail).to.deep.equal({ kind: 'barrier', id: cs.barrierIds[0], caseStudyId: 'michael-witney' });
      expect(event.bubbles && event.composed).to.equal(true);

      const enabler = shadow(el).querySelector<HTMLButtonElement>(`button[data-id="${cs.enablerIds[0]}"]`)!;
      enabler.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const byKey = await oneEvent(el, 'cl-select');
      expect(byKey.detail).to.deep.equal({ kind: 'enabler', id: cs.enablerIds[0], caseStudyId: 'michael-witney' });
    });

    it('makes links from href templates, still fires cl-select, and a host can cancel', async () => {
      const el = await fixture<CaseStudyCard>(
        html`<case-study-card case-id="michael-witney" variant="full" barrier-href="#barrier-{id}" enabler-href="javascript:alert('{id}')"></case-study-card>`,
      );
      await ready(el);
      const cs = index.caseStudies.get('michael-witney')!;
      const link = shadow(el).querySelector<HTMLAnchorElement>(`a[data-id="${cs.barrierIds[0]}"]`)!;
      expect(link.getAttribute('href')).to.equal(new URL(`#barrier-${cs.barrierIds[0]}`, document.baseURI).href);
      el.addEventListener('cl-select', (e) => e.preventDefault(), { once: true });
      const before = location.href;
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'cl-select');
      expect(event.defaultPrevented).to.equal(true);
      expect(location.href, 'navigation cancelled').to.equal(before);
      // The enabler template is not an allowed URL: buttons, no javascript: link.
      expect(shadow(el).querySelector(`button[data-id="${cs.enablerIds[0]}"]`)).not.to.equal(null);
      expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
    });

    it('respects heading-level', async () => {
      const five = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown" heading-level="5" variant="full"></case-study-card>`);
      await ready(five);
      expect(fold(shadow(five).querySelector('h5#name')!.textContent)).to.equal('Rachel McKeown');
      expect([...shadow(five).querySelectorAll('h6')].map((h) => fold(h.textContent))).to.include.members(['Journey', 'Barriers met', 'What helped', 'Sources']);

      const six = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown" heading-level="6" variant="full"></case-study-card>`);
      await ready(six);
      expect(shadow(six).querySelector('h6#name')).not.to.equal(null);
      const deeper = shadow(six).querySelectorAll('[role="heading"][aria-level="7"]');
      expect(deeper.length).to.be.greaterThan(2);
      await expect(six).to.be.accessible();

      const odd = await fixture<CaseStudyCard>(html`<case-study-card case-id="rachel-mckeown" heading-level="9"></case-study-card>`);
      await ready(odd);
      expect(shadow(odd).querySelector('h3#name')).not.to.equal(null);
    });
  });

  describe('hostile strings are inert', () => {
    afterEach(() => delete (window as unknown as Record<string, unknown>).__pwned);

    it('renders markup in every text field as text', async () => {
      const evil = '<img src=x onerror=window.__pwned=1>';
      const el = await fixture<CaseStudyCard>(
        html`<case-study-card
          variant="full"
          .caseStudy=${ours({ id: 'evil', name: evil, role: evil, organisation: `<script>window.__pwned=1</script>`, summary: evil, journey: [evil], turningPoint: evil })}
        ></case-study-card>`,
      );
      await ready(el);
      await aTimeout(50);
      const root = shadow(el);
      expect(root.querySelectorAll('img, script')).to.have.length(0);
      expect(fold(root.querySelector('#name')!.textContent)).to.equal(evil);
      expect(seen(el)).to.contain('<script>window.__pwned=1</script>');
      el.variant = 'compact';
      await el.updateComplete;
      expect(seen(el)).to.contain(`Read ${evil}\u2019s journey`);
      expect(root.querySelectorAll('img, script')).to.have.length(0);
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    });

    it('never links a javascript: handle or source', async () => {
      const warn = captureWarnings();
      // A handle that is not a handle fails validation: shown as a message, as text.
      const el = await fixture<CaseStudyCard>(html`<case-study-card .caseStudy=${ours({ id: 'evil-handle', handle: 'javascript:alert(1)' })}></case-study-card>`);
      await errored(el);
      expect(seen(el)).to.contain('caseStudy: handle must be a handle such as "@name"');
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);

      // A source URL that is not http(s) is refused with the data set; no card links it.
      const data = clone(dataset) as Dataset;
      data.sources[0].url = 'javascript:window.__pwned=1';
      const provider = await fixture<ClinicalLeadershipData>(
        html`<clinical-leadership-data .data=${data}><case-study-card case-id="rachel-mckeown" variant="full"></case-study-card></clinical-leadership-data>`,
      );
      const card = provider.querySelector('case-study-card')!;
      await errored(card);
      warn.restore();
      expect(shadow(card).querySelector('a[href^="javascript"]')).to.equal(null);
      for (const a of document.querySelectorAll('a')) expect(a.protocol).not.to.equal('javascript:');
    });
  });
});
