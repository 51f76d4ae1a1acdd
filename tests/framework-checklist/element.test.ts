import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, shadow, textOf, until } from '../helpers.js';
import '../../src/framework-checklist.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { ChecklistPrompt } from '../../src/data/schema.js';
import { dataset } from '../../src/data/bundled-dataset.js';
import {
  PREFIX, elements, prompts, newKey, seed, mount, $, $$, radio, click, stubStorage, loadFile, useChecklistHooks, openWhy,
} from './shared.js';

useChecklistHooks();

describe('<framework-checklist> accessibility', () => {
  it('is accessible when new, not saved', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('is accessible part-done, with a note over the limit and a disclosure open', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'x'.repeat(30) }, networks: { status: 'not-applicable', note: '' } });
    const el = await mount(key, { noteLimit: 10 });
    await openWhy(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible with the clear confirmation, after clearing (undo) and with an import error', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '' } });
    const el = await mount(key);
    await click(el, '[data-command="clear"]');
    await expect(el).to.be.accessible();
    await click(el, '[data-command="confirm-clear"]');
    await expect(el).to.be.accessible();
    await loadFile(el, 'not json', 'broken.json');
    await expect(el).to.be.accessible();
  });

  it('is accessible with storage blocked and with damaged saved data', async () => {
    const restore = stubStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    let el: FrameworkChecklist;
    try {
      el = await mount(newKey());
    } finally {
      restore();
    }
    await expect(el).to.be.accessible();
    const key = newKey();
    localStorage.setItem(PREFIX + key, '{oops');
    const warn = captureWarnings();
    const damaged = await mount(key);
    warn.restore();
    await expect(damaged).to.be.accessible();
  });

  it('is accessible in print preview and while loading the data set', async () => {
    const el = await mount(newKey(), { printPreview: true, organisation: 'Example Trust' });
    await el.printReady();
    expect($(el, '.summary').textContent).to.contain('Example Trust');
    await expect(el).to.be.accessible();
    const loading = await fixture<FrameworkChecklist>(html`<clinical-leadership-data src="/__test__/dataset.json?delay=400&checklist"><framework-checklist></framework-checklist></clinical-leadership-data>`);
    const inner = loading.querySelector('framework-checklist')!;
    await inner.updateComplete;
    expect(textOf(inner)).to.contain('Loading the checklist');
    await expect(inner).to.be.accessible();
  });
});

describe('<framework-checklist> content', () => {
  it('groups prompts under the elements in order, with hints, statuses and the derived-wording statement', async () => {
    const el = await mount(newKey());
    const headings = $$(el, '.element-title').map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Building confidence', 'Talent management']);
    const first = $$(el, '.element')[0];
    expect([...first.querySelectorAll('legend')].map((l) => l.textContent!.trim())).to.deep.equal([prompts[0].text, prompts[1].text]);
    expect(first.querySelector('.prompt-hint')!.textContent).to.equal('Think of every profession');
    // Issue 29: the hint describes each radio (a screen reader reads it on focus), not the fieldset.
    expect(first.querySelector('input[type="radio"]')!.getAttribute('aria-describedby')).to.equal('p-mentors-hint');
    // What is true of the wording: our questions, from this data set's barriers and enablers, under the five elements.
    expect($(el, '.intro').textContent).to.contain(
      "our own questions, written from the barriers and enablers in this library's data set and grouped under the framework's five elements",
    );
    expect($(el, '.intro').textContent).not.to.match(/themes of/);
    expect((await openWhy(el)).textContent).to.contain("It is not the framework's wording.");
    // Every status is text; "Not started" is a blue tag.
    const tag = $(el, '[data-prompt-id="mentors"] .prompt-status strong');
    expect(tag.textContent).to.equal('Not started');
    expect(tag.className).to.equal('cl-tag');
    expect($$<HTMLInputElement>(el, 'input[name="p-mentors-status"]').map((r) => r.labels![0].textContent)).to.deep.equal([
      'Not started', 'In progress', 'Completed', 'Not applicable',
    ]);
  });

  it('shows statuses with the NHS task-list styles', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'in-progress', note: '' }, networks: { status: 'completed', note: '' }, 'talent-review': { status: 'not-applicable', note: '' } });
    const el = await mount(key);
    const tag = (id: string) => $(el, `[data-prompt-id="${id}"] .prompt-status strong`);
    expect([tag('mentors').textContent, tag('mentors').className]).to.deep.equal(['In progress', 'cl-tag cl-tag--white']);
    expect([tag('networks').textContent, tag('networks').className]).to.deep.equal(['Completed', 'status-completed']);
    expect([tag('talent-review').textContent, tag('talent-review').className]).to.deep.equal(['Not applicable', 'cl-tag cl-tag--grey']);
    expect(radio(el, 'mentors', 'in-progress').checked).to.equal(true);
  });

  it('uses heading-level for the title and the element headings', async () => {
    const el = await mount(newKey(), { heading: 'Our self-assessment', headingLevel: 3 });
    expect($(el, '.title').localName).to.equal('h3');
    expect($(el, '.element-title').localName).to.equal('h4');
    el.heading = undefined;
    el.setAttribute('heading-level', 'nonsense');
    await el.updateComplete;
    expect($(el, '.element-title').localName).to.equal('h2');
  });

  it('shows the bundled prompts under every element heading, with enablers and sources', async () => {
    const el = await fixture<FrameworkChecklist>(html`<framework-checklist storage-key=${newKey()}></framework-checklist>`);
    await until(() => $$(el, '.element').length > 0, 'bundled prompts');
    expect(dataset.checklistPrompts.length).to.be.greaterThan(0);
    for (const element of dataset.elements) {
      const own = dataset.checklistPrompts.filter((p) => p.elementId === element.id);
      if (!own.length) continue;
      const section = $(el, `.element[data-element-id="${element.id}"]`);
      expect(section.querySelector('.element-title')!.textContent!.trim()).to.equal(element.title);
      expect([...section.querySelectorAll('legend')].map((l) => l.textContent!.trim())).to.deep.equal(own.map((p) => p.text));
    }
    expect($$(el, '.prompt')).to.have.length(dataset.checklistPrompts.length);
    expect(el.progress.total).to.equal(dataset.checklistPrompts.length);
    // Every bundled prompt is ours, except the framework's one recovered key question, and each says which.
    expect(dataset.checklistPrompts.filter((p) => p.authored !== 'derived').map((p) => p.authored)).to.deep.equal(['framework']);
    expect($(el, '.intro').textContent).to.contain("they are not the framework's wording");
    const own = dataset.checklistPrompts.find((p) => p.authored === 'framework')!;
    expect($(el, `[data-prompt-id="${own.id}"] .prompt-origin`).textContent).to.equal("The framework's key question, paraphrased");
    expect((await openWhy(el, `[data-prompt-id="${own.id}"] .why`)).textContent).to.contain("The framework's own key question for this element, in our paraphrase");
    const prompt = dataset.checklistPrompts.find((p) => p.enablerIds.length && p.sourceIds.length)!;
    const why = await openWhy(el, `[data-prompt-id="${prompt.id}"] .why`);
    const enabler = dataset.enablers.find((e) => e.id === prompt.enablerIds[0])!;
    const source = dataset.sources.find((s) => s.id === prompt.sourceIds[0])!;
    expect(why.textContent).to.contain(enabler.title);
    expect(why.textContent).to.contain(source.title);
    await expect(el).to.be.accessible();
  });

  it('adds an organisation’s own prompts under their element, marked as theirs', async () => {
    const own: ChecklistPrompt = { id: 'our-shadowing', elementId: dataset.elements[0].id, text: 'Can clinicians shadow an executive?', enablerIds: [], sourceIds: [dataset.sources[0].id], authored: 'organisation' };
    const el = await fixture<FrameworkChecklist>(html`<framework-checklist .extraPrompts=${[own]}></framework-checklist>`);
    await until(() => $$(el, '.element').length > 0, 'bundled prompts');
    const section = $(el, `.element[data-element-id="${own.elementId}"]`);
    const last = [...section.querySelectorAll('.prompt')].at(-1)!;
    expect(last.querySelector('legend')!.textContent!.trim()).to.equal(own.text);
    expect(last.textContent).to.contain("Your organisation's prompt");
    await openWhy(el, `[data-prompt-id="${own.id}"] .why`);
    expect(last.querySelector('.why')!.textContent).to.contain('Added by your organisation');
    expect(dataset.checklistPrompts.some((p) => p.id === own.id)).to.equal(false); // the data set is not mutated
  });

  it('renders hostile strings in prompts, elements and sources as inert text', async () => {
    const hostile = '<img src=x onerror="window.__clPwned=1"><script>window.__clPwned=2</script>';
    const data = structuredClone(dataset);
    const prompt = data.checklistPrompts.find((p) => p.enablerIds.length)!;
    data.sources = data.sources.map((s) => (s.id === prompt.sourceIds[0] ? { ...s, title: hostile, url: 'https://x.example/"><svg/onload=window.__clPwned=3>' } : s));
    data.elements = data.elements.map((e) => (e.id === prompt.elementId ? { ...e, title: `${hostile} element` } : e));
    data.enablers = data.enablers.map((e) => (e.id === prompt.enablerIds[0] ? { ...e, title: hostile } : e));
    data.checklistPrompts = [{ ...prompt, text: hostile, hint: hostile }];
    data.frameworkMaps = []; // the maps name every bundled prompt; check-data refuses references to removed ones
    const provider = await fixture(html`<clinical-leadership-data .data=${data}><framework-checklist></framework-checklist></clinical-leadership-data>`);
    const el = provider.querySelector('framework-checklist')!;
    await until(() => $$(el, '.prompt').length === 1, 'the hostile prompt');
    await openWhy(el);
    expect(shadow(el).querySelector('img, script, svg')).to.equal(null);
    expect($(el, 'legend').textContent).to.equal(hostile);
    expect($(el, '.prompt-hint').textContent).to.equal(hostile);
    expect($(el, '.element-title').textContent).to.equal(`${hostile} element`);
    const link = $<HTMLAnchorElement>(el, '.why a');
    expect(link.textContent).to.equal(hostile);
    expect(link.href.startsWith('https://x.example/')).to.equal(true);
    expect($(el, '.why').textContent).to.contain(hostile); // the enabler title, as text
    await el.printReady(); // the print summary is a chunk of its own
    expect($(el, '.summary').textContent).to.contain(hostile);
    expect(el.exportCsv()).to.contain('<img src=x onerror=""window.__clPwned=1"">');
    await aTimeout(50);
    expect((window as unknown as { __clPwned?: number }).__clPwned).to.equal(undefined);
  });

  it('reports invalid prompts by property instead of rendering them', async () => {
    const warn = captureWarnings();
    const bad = [{ ...prompts[0], id: 'Not A Slug' }, prompts[1], prompts[1]] as ChecklistPrompt[];
    const el = await fixture<FrameworkChecklist>(html`<framework-checklist .prompts=${bad} .elements=${elements}></framework-checklist>`);
    warn.restore();
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.contain('The checklist could not be shown');
    expect(alert.textContent).to.contain('[0].id');
    expect(warn.messages.join()).to.contain('framework-checklist');
    const again = captureWarnings();
    el.prompts = [prompts[0], prompts[0]];
    await el.updateComplete;
    again.restore();
    expect($(el, '[role="alert"]').textContent).to.contain("the id 'mentors' is used by more than one prompt");
  });

  it('shows the data set error inside itself when the provider fails', async () => {
    const warn = captureWarnings();
    const provider = await fixture(html`<clinical-leadership-data src="/__test__/missing.json?checklist"><framework-checklist></framework-checklist></clinical-leadership-data>`);
    const el = provider.querySelector('framework-checklist')!;
    await until(() => !!shadow(el).querySelector('[role="alert"]'), 'error state');
    warn.restore();
    expect($(el, '[role="alert"]').textContent).to.contain('could not be loaded (404');
    expect(shadow(el).querySelector('[role="status"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('puts prompts of an unknown element under "Other prompts"', async () => {
    const warn = captureWarnings();
    const stray = { ...prompts[2], id: 'stray', elementId: 'no-such-element' };
    const el = await fixture<FrameworkChecklist>(html`<framework-checklist .prompts=${[...prompts, stray]} .elements=${elements}></framework-checklist>`);
    warn.restore();
    expect($$(el, '.element-title').map((h) => h.textContent!.trim())).to.deep.equal(['Building confidence', 'Talent management', 'Other prompts']);
  });
});
