import { expect } from '@open-wc/testing';
import {
  citationOf, datePhrase, formatPartialDate, hrefFromTemplate, humanise, initialsOf, journeyLabel, viewOf,
} from '../src/case-study-card/model.js';
import { indexDataset } from '../src/data/lookup.js';
import { CaseStudySchema, type CaseStudy, type Source } from '../src/data/schema.js';
import { rememberValid } from '../src/data/known-results.js';
import { validateCached } from '../src/internal/validate-cache.js';
import { dataset } from '../src/data/bundled-dataset.js';

const base: CaseStudy = {
  id: 'x-person',
  name: 'X Person',
  professionId: 'physiotherapist',
  role: 'Director',
  organisation: 'A trust',
  asOf: '2019',
  summary: 'A journey.',
  journey: ['Step one.'],
  barrierIds: [],
  enablerIds: [],
  sourceIds: ['s1'],
};

describe('case-study-card view logic', () => {
  it('formats partial dates and says "in" or "on"', () => {
    expect(formatPartialDate('2019')).to.equal('2019');
    expect(formatPartialDate('2019-01')).to.equal('January 2019');
    expect(formatPartialDate('2018-11-05')).to.equal('5 November 2018');
    expect(formatPartialDate('soon')).to.equal('soon');
    expect(datePhrase('2019')).to.equal('in 2019');
    expect(datePhrase('2019-03')).to.equal('in March 2019');
    expect(datePhrase('2018-11-15')).to.equal('on 15 November 2018');
  });

  it('makes initials from the first and last names, skipping titles', () => {
    expect(initialsOf('Rachel McKeown')).to.equal('RM');
    expect(initialsOf('Clare Boobyer-Jones')).to.equal('CB');
    expect(initialsOf('Dr Ada Mary Lovelace')).to.equal('AL');
    expect(initialsOf('Prof. Siân Ó Briain')).to.equal('SB');
    expect(initialsOf('Óengus Ní Dhúill')).to.equal('ÓD');
    expect(initialsOf('Madonna')).to.equal('M');
    expect(initialsOf('   ')).to.equal('');
    expect(initialsOf('<img src=x>')).to.equal('IS');
  });

  it('turns unknown ids into readable text', () => {
    expect(humanise('clinical-psychologist')).to.equal('Clinical psychologist');
    expect(humanise('made_up-id')).to.equal('Made up id');
    expect(journeyLabel('Pippa Nightingale')).to.equal('Read Pippa Nightingale\u2019s journey');
  });

  it('links a source only through the URL allow-list', () => {
    const source = (url: string): Source => ({ id: 's', title: 'T', publisher: 'P', date: '2019-01', url });
    expect(citationOf('s', source('https://example.org/a')).href).to.equal('https://example.org/a');
    expect(citationOf('s', source('mailto:team@example.org')).href).to.equal('mailto:team@example.org');
    expect(citationOf('s', source('/local/page')).href).to.equal(new URL('/local/page', document.baseURI).href);
    for (const bad of ['javascript:alert(1)', 'java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x']) {
      expect(citationOf('s', source(bad)).href, bad).to.equal(undefined);
    }
    expect(citationOf('s', source('https://example.org')).details).to.equal('P, January 2019');
    const missing = citationOf('missing-source', undefined);
    expect([missing.title, missing.resolved, missing.href]).to.deep.equal(['Missing source', false, undefined]);
  });

  it('builds link addresses from templates, allow-listed and encoded', () => {
    expect(hrefFromTemplate('/barriers#{id}', 'a b')).to.equal(new URL('/barriers#a%20b', document.baseURI).href);
    expect(hrefFromTemplate('javascript:alert("{id}")', 'x')).to.equal(undefined);
    expect(hrefFromTemplate('/no-placeholder', 'x')).to.equal(undefined);
    expect(hrefFromTemplate(undefined, 'x')).to.equal(undefined);
  });

  it('resolves names through the data set and shows unknown ids gracefully', () => {
    const index = indexDataset(dataset);
    const rachel = index.caseStudies.get('rachel-mckeown')!;
    const view = viewOf(rachel, index);
    expect(view.profession).to.deep.equal({ id: 'physiotherapist', label: 'Physiotherapist', resolved: true });
    expect(view.discipline?.label).to.equal('Allied health professional');
    expect(view.isAhp).to.equal(true);
    expect(view.handle).to.deep.equal({ text: '@Rachel66Mckeown', href: undefined }); // no live link unless asked
    expect(viewOf(rachel, index, true).handle?.href).to.equal('https://x.com/Rachel66Mckeown');
    expect(view.partialNotice).to.equal(undefined);
    expect(viewOf({ ...rachel, notGiven: ['support'] }, index).partialNotice).to.equal(
      'The published case study could only be read in part: the organisational support is not included here.',
    );
    expect(view.barriers.every((b) => b.resolved)).to.equal(true);

    const odd = viewOf({ ...base, professionId: 'wizard', barrierIds: ['made-up'], handle: 'not a handle' }, index, true);
    expect(odd.profession).to.deep.equal({ id: 'wizard', label: 'Wizard', resolved: false });
    expect(odd.discipline).to.equal(undefined);
    expect(odd.isAhp).to.equal(false);
    expect(odd.barriers[0]).to.deep.equal({ id: 'made-up', label: 'Made up', resolved: false });
    expect(odd.handle).to.deep.equal({ text: 'not a handle', href: undefined });

    const bare = viewOf(base);
    expect(bare.profession.label).to.equal('Physiotherapist');
    expect(bare.sources[0].title).to.equal('S1');
  });

  it('remembers validation per object and labels messages on the way out', () => {
    const bad = { ...base, name: '' };
    const first = validateCached('caseStudy', CaseStudySchema, bad, 'caseStudy');
    expect(first.ok).to.equal(false);
    if (!first.ok) expect(first.errors[0]).to.equal('caseStudy: name must not be empty');
    const second = validateCached('caseStudy', CaseStudySchema, bad, 'caseStudies[4]');
    if (!second.ok) expect(second.errors[0]).to.equal('caseStudies[4]: name must not be empty');
    bad.name = 'Fixed';
    expect(validateCached('caseStudy', CaseStudySchema, bad).ok, 'cached').to.equal(false);
    expect(validateCached('caseStudy', CaseStudySchema, bad, undefined, { fresh: true }).ok, 'fresh').to.equal(true);
    for (const value of [null, 'text', 3, ['a']]) {
      const r = validateCached('caseStudy', CaseStudySchema, value, 'caseStudy');
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.errors[0]).to.match(/^caseStudy must be an object, not /);
    }
    const known = { ...base };
    rememberValid('caseStudy', known);
    const r = validateCached('caseStudy', CaseStudySchema, known);
    expect(r.ok && r.value).to.equal(known);
  });
});
