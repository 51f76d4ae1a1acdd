/**
 * Issue 8, XSS corpus (tests/hardening/xss-payloads.ts): the corpus itself, what the data model
 * accepts and rejects, the URL allow-list, ids and keys named after Object.prototype members,
 * and every payload rendered by every widget by property. The provider and `<div>` mount routes
 * are xss-provider.test.ts and xss-mount.test.ts (separate files so they run side by side);
 * the routes and the proof they share are in xss-routes.ts.
 */
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import '../../src/index.js';
import { validateDataset } from '../../src/data/validate.js';
import { CaseStudySchema, type ChecklistPrompt } from '../../src/data/schema.js';
import { safeHref } from '../../src/internal/url.js';
import { EXPORT_FORMAT } from '../../src/framework-checklist/store/export.js';
import type { ClinicalLeadershipData } from '../../src/clinical-leadership-data.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { BarrierExplorer } from '../../src/barrier-explorer.js';
import { CATEGORIES, PAYLOADS, label } from './xss-payloads.js';
import { bundled, bundledCopy, hostileDataset, renameId, STRICT_FIELDS, strictFieldDataset, template } from './fixtures.js';
import { allowedUrl, cleanupHosts, container, create, deepText, installTrap, markupProblems, settle, stateOf, until } from './harness.js';
import {
  $, baseCase, byProperty, caseStudyWith, eachPayload, LAYOUT, namedBarrier, PREFIX, prove, text, useXssHarness,
} from './xss-routes.js';

// ---------------------------------------------------------------------------------------------

describe('hardening: XSS corpus', () => {
  useXssHarness();

  it(`has at least 100 payloads (${PAYLOADS.length}), in every category`, () => {
    expect(PAYLOADS.length).to.be.at.least(100);
    for (const category of CATEGORIES) expect(PAYLOADS.filter((p) => p.category === category).length, category).to.be.at.least(5);
    for (const p of PAYLOADS) {
      expect(p.value.trim().length, label(p, 0)).to.be.greaterThan(0);
      expect(p.value.length, label(p, 0)).to.be.at.most(300);
    }
  });

  it('is accepted by the data model in every text field, for every payload', () => {
    for (const [i, p] of PAYLOADS.entries()) {
      const result = validateDataset(hostileDataset(p.value));
      expect(result.ok, `${label(p, i)}: ${result.ok ? '' : result.errors.join('; ')}`).to.equal(true);
      expect(v.is(CaseStudySchema, caseStudyWith(p.value)), label(p, i)).to.equal(true);
    }
  });

  it(`is rejected by the data model in every id, reference, date, handle, picklist and URL field it does not fit (${STRICT_FIELDS.length} fields × ${PAYLOADS.length} payloads)`, () => {
    let rejected = 0;
    for (const [i, p] of PAYLOADS.entries()) {
      for (let f = 0; f < STRICT_FIELDS.length; f++) {
        const { field, accepted, data } = strictFieldDataset(p.value, f);
        const result = validateDataset(data);
        if (!accepted) {
          expect(result.ok, `${label(p, i)} in ${field}`).to.equal(false);
          rejected++;
        }
      }
    }
    expect(rejected).to.be.greaterThan(PAYLOADS.length * (STRICT_FIELDS.length - 4));
  });

  it('catches a vulnerable widget (the proof is able to fail)', async () => {
    // A deliberately unsafe element: markup from data through innerHTML, a URL bound as it is.
    class Canary extends HTMLElement {
      set payload([markup, url]: [string, string]) {
        this.shadowRoot!.innerHTML = `<p>${markup}</p><a href="${url}">Read more</a>`;
      }
      constructor() {
        super();
        this.attachShadow({ mode: 'open' });
      }
    }
    if (!customElements.get('xss-canary')) customElements.define('xss-canary', Canary);
    const inner = installTrap();
    const host = container();
    try {
      const canary = document.createElement('xss-canary') as Canary;
      host.append(canary);
      canary.payload = ["<img src=data:, onerror=__pwned('img')>", "javascript:__pwned('link')"];
      const problems = markupProblems(host);
      expect(problems.join('\n')).to.contain('unexpected <img>');
      expect(problems.join('\n')).to.contain('event-handler attribute onerror');
      expect(problems.join('\n')).to.contain('scheme that is not allowed');
      canary.shadowRoot!.querySelector('a')!.click(); // the guard lets a javascript: link through, so it runs
      await until(() => inner.hits.length >= 2, 'both payloads ran and were trapped', 5000);
      expect(inner.hits).to.have.members(['__pwned(img)', '__pwned(link)']);
    } finally {
      host.remove();
      inner.restore();
    }
  });

  it('never turns a payload into a link with a scheme other than https, http, mailto or relative (safeHref)', () => {
    for (const [i, p] of PAYLOADS.entries()) {
      for (const candidate of [p.value, template(p.value).split('{id}').join('x'), p.value.toUpperCase(), `  ${p.value}\n`]) {
        const href = safeHref(candidate);
        if (href !== undefined) expect(allowedUrl(href), `${label(p, i)} → ${href}`).to.equal(true);
        if (href !== undefined) expect(new URL(href).protocol, `${label(p, i)} → ${href}`).to.be.oneOf(['https:', 'http:', 'mailto:']);
      }
    }
  });

  describe('ids named after Object.prototype members, and __proto__ keys in the data', () => {
    it('renders ids such as "constructor" and "prototype" as ordinary ids', async () => {
      const d = bundledCopy();
      renameId(d, 'caseStudies', bundled.caseStudies[0].id, 'constructor');
      renameId(d, 'professions', bundled.caseStudies[0].professionId, 'prototype');
      renameId(d, 'disciplines', 'ahp', 'hasownproperty');
      renameId(d, 'barriers', namedBarrier.id, 'valueof');
      renameId(d, 'enablers', bundled.caseStudies[0].enablerIds[0], 'tostring');
      renameId(d, 'elements', bundled.elements[0].id, 'isprototypeof');
      renameId(d, 'sources', bundled.caseStudies[0].sourceIds[0], 'proto');
      renameId(d, 'checklistPrompts', bundled.checklistPrompts[0].id, 'constructor');
      expect(validateDataset(d).ok).to.equal(true);
      const host = container(LAYOUT);
      const provider = create<ClinicalLeadershipData>('clinical-leadership-data', { data: d });
      provider.append(
        create('case-study-card', {}, { id: 'card', 'case-id': 'constructor', variant: 'full' }),
        create('case-study-gallery', {}, { id: 'gallery' }),
        create('framework-checklist', {}, { id: 'checklist', 'storage-key': 'constructor' }),
        create('barrier-explorer', {}, { id: 'explorer', elements: 'isprototypeof' }),
      );
      host.append(provider);
      await settle(host);
      const card = host.querySelector('#card')!;
      expect(text($(card, '[part~="heading"]'))).to.equal(bundled.caseStudies[0].name);
      expect(deepText(card)).to.contain(bundled.barriers.find((b) => b.id === namedBarrier.id)!.title);
      const checklist = host.querySelector<FrameworkChecklist>('#checklist')!;
      checklist.shadowRoot!.querySelector<HTMLInputElement>('#p-constructor-completed')!.click();
      await settle(host);
      expect(checklist.getAnswer('constructor').status).to.equal('completed');
      expect(JSON.parse(checklist.exportJson()).answers.constructor).to.deep.equal({ status: 'completed', note: '' });
      expect(Object.keys(checklist.answers)).to.deep.equal(['constructor']);
      const explorer = host.querySelector<BarrierExplorer>('#explorer')!;
      expect(stateOf(explorer)).to.equal('ready');
      await prove(host, 'ids', [], { card: ['ready'], gallery: ['ready'], checklist: ['ready'], explorer: ['ready'] });
    });

    it('ignores __proto__ and constructor keys in JSON data, and Object.prototype stays clean', async () => {
      const d = bundledCopy();
      const poison = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
      let json = JSON.stringify(d);
      json = json.replace(/\{"id":/g, `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"id":`);
      json = `{"__proto__":${poison},${json.slice(1)}`;
      const host = container(LAYOUT);
      const provider = create<ClinicalLeadershipData>('clinical-leadership-data', { data: JSON.parse(json) });
      provider.append(create('case-study-gallery'), create('framework-checklist'), create('barrier-explorer'), create('case-study-card', {}, { 'case-id': baseCase.id }));
      host.append(provider);
      await settle(host);
      expect(provider.state.status).to.equal('ready');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
      await prove(host, poison, []);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('never lets a saved or imported answer keyed __proto__ pollute anything, and keeps the rest', async () => {
      const key = 'proto-keys';
      localStorage.setItem(
        `${PREFIX}${key}`,
        '{"schema":1,"updatedAt":"2026-01-01T00:00:00.000Z","answers":{"__proto__":{"status":"completed","note":"x","polluted":"yes"},"constructor":{"status":"completed","note":"<img src=x onerror=__pwned()>"}}}',
      );
      const host = container();
      const prompts: ChecklistPrompt[] = [{ id: 'constructor', elementId: 'e', text: 'Constructor prompt', enablerIds: [], sourceIds: ['s'], authored: 'organisation' }];
      const checklist = create<FrameworkChecklist>('framework-checklist', { prompts, elements: [{ id: 'e', title: 'E', summary: 'S', sourceIds: ['s'] }] }, { 'storage-key': key });
      host.append(checklist);
      await settle(host);
      expect(checklist.getAnswer('constructor')).to.deep.equal({ status: 'completed', note: '<img src=x onerror=__pwned()>' });
      expect(checklist.shadowRoot!.querySelector<HTMLTextAreaElement>('#p-constructor-note')!.value).to.equal('<img src=x onerror=__pwned()>');
      const outcome = checklist.importJson(`{"format":"${EXPORT_FORMAT}","schema":1,"answers":{"__proto__":{"status":"completed","note":""}}}`);
      expect(outcome.ok, 'an import with a __proto__ answer is refused whole').to.equal(false);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(checklist.getAnswer('constructor').status).to.equal('completed');
      await prove(host, '__proto__', []);
    });
  });

  it('renders safely every payload the schema accepts in an id or URL field, through a provider', async function () {
    this.timeout(60000);
    let rendered = 0;
    for (const [i, p] of PAYLOADS.entries()) {
      for (let f = 0; f < STRICT_FIELDS.length; f++) {
        const strict = strictFieldDataset(p.value, f);
        // (accepted by the field's own check but breaking a cross-reference: an error like any other)
        if (!strict.accepted || !validateDataset(strict.data).ok) continue;
        const host = container(LAYOUT);
        const provider = create<ClinicalLeadershipData>('clinical-leadership-data', { data: strict.data });
        provider.append(
          create('case-study-card', {}, { 'case-id': strict.data.caseStudies[0].id, variant: 'full' }),
          create('case-study-gallery'), create('framework-checklist'), create('barrier-explorer'),
        );
        host.append(provider);
        await settle(host);
        expect(provider.state.status, `${label(p, i)} in ${strict.field}`).to.equal('ready');
        await prove(host, p.value, []);
        cleanupHosts();
        rendered++;
      }
    }
    expect(rendered).to.be.greaterThan(0);
  });

  describe('every payload, by property', () => eachPayload('by property', byProperty));
});
