import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/framework-checklist.js';
import '../src/clinical-leadership-data.js';
import type { ChecklistChangeDetail, FrameworkChecklist } from '../src/framework-checklist.js';
import type { ChecklistPrompt, FrameworkElement } from '../src/data/schema.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { loadValidators } from '../src/internal/lazy-validation.js';
import { captureWarnings, shadow, textOf, until } from './helpers.js';

const PREFIX = 'clinical-leadership-elements:checklist:';

const elements: FrameworkElement[] = [
  { id: 'building-confidence', title: 'Building confidence', summary: 'Helping clinicians believe they can lead.', sourceIds: ['s1'] },
  { id: 'talent-management', title: 'Talent management', summary: 'Finding future leaders.', sourceIds: ['s1'] },
];
const prompts: ChecklistPrompt[] = [
  { id: 'mentors', elementId: 'building-confidence', text: 'Can clinicians get a mentor or coach?', hint: 'Think of every profession', enablerIds: [], sourceIds: ['s1'], authored: 'derived' },
  { id: 'networks', elementId: 'building-confidence', text: 'Do leaders have networks beyond the trust?', enablerIds: [], sourceIds: ['s1'], authored: 'derived' },
  { id: 'talent-review', elementId: 'talent-management', text: 'Does the talent review include every profession?', enablerIds: [], sourceIds: ['s1'], authored: 'derived' },
];

let counter = 0;
const newKey = () => `test-${Date.now()}-${++counter}`;

function seed(key: string, answers: Record<string, unknown>, extra: Record<string, unknown> = {}): void {
  localStorage.setItem(PREFIX + key, JSON.stringify({ schema: 1, updatedAt: '2026-01-02T03:04:05.000Z', answers, ...extra }));
}
const saved = (key: string) => {
  const raw = localStorage.getItem(PREFIX + key);
  return raw === null ? null : JSON.parse(raw);
};

const hosts: HTMLElement[] = [];
/**
 * Several widgets in one container. (open-wc's fixture() waits for an animation frame when its root
 * is not a Lit element, and frames stall in a background page when test files run side by side.)
 */
async function mountAll(template: TemplateResult): Promise<{ host: HTMLElement; checklists: FrameworkChecklist[] }> {
  const host = document.createElement('div');
  hosts.push(host);
  render(template, host);
  document.body.append(host);
  const checklists = [...host.querySelectorAll('framework-checklist')];
  await Promise.all(checklists.map((c) => c.updateComplete));
  return { host, checklists };
}

async function mount(key?: string, more: Partial<FrameworkChecklist> = {}): Promise<FrameworkChecklist> {
  const el = await fixture<FrameworkChecklist>(
    html`<framework-checklist storage-key=${ifDefined(key)} .prompts=${prompts} .elements=${elements}></framework-checklist>`,
  );
  Object.assign(el, more);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const radio = (el: Element, id: string, status: string) => $<HTMLInputElement>(el, `#p-${id}-${status}`);
const note = (el: Element, id: string) => $<HTMLTextAreaElement>(el, `#p-${id}-note`);
const liveRegion = (el: Element) => $(el, '[role="status"]').textContent!.trim();

async function choose(el: FrameworkChecklist, id: string, status: string): Promise<void> {
  radio(el, id, status).click();
  await el.updateComplete;
}

async function click(el: FrameworkChecklist, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Replaces window.localStorage for one test. */
function stubStorage(get: () => unknown): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', { configurable: true, get });
  return () => Object.defineProperty(window, 'localStorage', original);
}

function failWrites(name = 'QuotaExceededError', when: (key: string) => boolean = () => true): () => void {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (when(key)) throw new DOMException('The quota has been exceeded.', name);
    return original.call(this, key, value);
  };
  return () => (Storage.prototype.setItem = original);
}

// Prompts given by property wait for the validators (a lazy chunk) on first use; load them first so
// each mount renders the checklist at once (tests/lazy-validation*.test.ts cover the waiting).
before(() => loadValidators());

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
});

describe('<framework-checklist> accessibility', () => {
  it('is accessible when new, not saved', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('is accessible part-done, with a note over the limit and a disclosure open', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'x'.repeat(30) }, networks: { status: 'not-applicable', note: '' } });
    const el = await mount(key, { noteLimit: 10 });
    $<HTMLDetailsElement>(el, '.why').open = true;
    await expect(el).to.be.accessible();
  });

  it('is accessible with the clear confirmation, after clearing (undo) and with an import error', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '' } });
    const el = await mount(key);
    await click(el, '[data-action="clear"]');
    await expect(el).to.be.accessible();
    await click(el, '[data-action="confirm-clear"]');
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
    expect(first.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('p-mentors-hint');
    // What is true of the wording: our questions, from this data set's barriers and enablers, under the five elements.
    expect($(el, '.intro').textContent).to.contain(
      "our own questions, written from the barriers and enablers in this library's data set and grouped under the framework's five elements",
    );
    expect($(el, '.intro').textContent).not.to.match(/themes of/);
    expect($(el, '.why').textContent).to.contain("It is not the framework's wording.");
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
    expect($(el, `[data-prompt-id="${own.id}"] .why`).textContent).to.contain("The framework's own key question for this element, in our paraphrase");
    const prompt = dataset.checklistPrompts.find((p) => p.enablerIds.length && p.sourceIds.length)!;
    const why = $(el, `[data-prompt-id="${prompt.id}"] .why`);
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
    const provider = await fixture(html`<clinical-leadership-data .data=${data}><framework-checklist></framework-checklist></clinical-leadership-data>`);
    const el = provider.querySelector('framework-checklist')!;
    await until(() => $$(el, '.prompt').length === 1, 'the hostile prompt');
    $<HTMLDetailsElement>(el, '.why').open = true;
    expect(shadow(el).querySelector('img, script, svg')).to.equal(null);
    expect($(el, 'legend').textContent).to.equal(hostile);
    expect($(el, '.prompt-hint').textContent).to.equal(hostile);
    expect($(el, '.element-title').textContent).to.equal(`${hostile} element`);
    const link = $<HTMLAnchorElement>(el, '.why a');
    expect(link.textContent).to.equal(hostile);
    expect(link.href.startsWith('https://x.example/')).to.equal(true);
    expect($(el, '.why').textContent).to.contain(hostile); // the enabler title, as text
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

describe('<framework-checklist> answering', () => {
  it('chooses statuses and writes notes by keyboard alone, and saves them', async () => {
    const key = newKey();
    const { host, checklists: [el] } = await mountAll(html`<button id="before">Before</button>
      <framework-checklist storage-key=${key} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
    const events: ChecklistChangeDetail[] = [];
    el.addEventListener('cl-change', (e) => events.push(e.detail));
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    const active = () => shadow(el).activeElement as HTMLInputElement | null;
    for (let i = 0; i < 20 && active()?.type !== 'radio'; i++) await sendKeys({ press: 'Tab' });
    expect(active()!.id).to.equal('p-mentors-not-started');
    await sendKeys({ press: 'ArrowRight' }); // In progress
    await sendKeys({ press: 'ArrowRight' }); // Completed
    await el.updateComplete;
    expect(active()!.id).to.equal('p-mentors-completed');
    expect(el.getAnswer('mentors').status).to.equal('completed');
    await sendKeys({ press: 'Tab' });
    expect(active()!.id).to.equal('p-mentors-note');
    await sendKeys({ type: 'Owner: Director of Workforce' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ mentors: { status: 'completed', note: 'Owner: Director of Workforce' } });
    expect(saved(key).answers).to.deep.equal(el.answers);
    expect(saved(key).schema).to.equal(1);
    expect(Date.parse(saved(key).updatedAt)).to.be.closeTo(Date.now(), 60_000);
    expect($(el, '[data-prompt-id="mentors"] .note-count').textContent).to.equal(`You have ${500 - 28} characters remaining`);
    // cl-change: one per change, with the prompt, the answer and the progress.
    expect(events[0]).to.deep.include({ promptId: 'mentors', answer: { status: 'in-progress', note: '' }, reason: 'status' });
    expect(events[1].progress).to.deep.include({ completed: 1, total: 3, inProgress: 0, notStarted: 2, notApplicable: 0 });
    expect(events[1].progress.byElement['building-confidence']).to.deep.equal({ completed: 1, total: 2, inProgress: 0, notStarted: 1, notApplicable: 0 });
    expect(events.at(-1)).to.deep.include({ promptId: 'mentors', answer: { status: 'completed', note: 'Owner: Director of Workforce' }, reason: 'note' });
    // The status change was announced politely with the new progress.
    expect(events.length).to.equal(2 + 'Owner: Director of Workforce'.length);
  });

  it('announces the progress after a status change and the character count once typing pauses', async () => {
    const el = await mount(newKey(), { noteLimit: 10 });
    await choose(el, 'networks', 'completed');
    expect(liveRegion(el)).to.equal('Building confidence: 1 of 2 completed. Overall: 1 of 3 completed.');
    note(el, 'mentors').focus();
    await sendKeys({ type: 'twelve chars' });
    await el.updateComplete;
    const count = $(el, '[data-prompt-id="mentors"] .note-count');
    expect(count.textContent).to.equal('You have 2 characters too many');
    expect(count.getAttribute('aria-hidden')).to.equal('true');
    expect(note(el, 'mentors').getAttribute('aria-invalid')).to.equal('true');
    expect(liveRegion(el)).to.not.contain('too many'); // not on every keystroke
    await until(() => liveRegion(el).includes('You have 2 characters too many'), 'debounced count', 3000);
    expect(el.getAnswer('mentors').note).to.equal('twelve chars'); // kept, never cut
  });

  it('shows progress as text and as labelled bars; not-applicable prompts leave the denominator', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '' }, networks: { status: 'not-applicable', note: '' }, 'talent-review': { status: 'in-progress', note: '' } });
    const el = await mount(key);
    expect($(el, '.overall-text').textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 of 2 completed (1 in progress, 1 not applicable)');
    const bar = $<HTMLProgressElement>(el, '.overall progress');
    expect([bar.value, bar.max, bar.getAttribute('aria-label'), bar.getAttribute('aria-valuetext')]).to.deep.equal([1, 2, 'Overall progress', '1 of 2 completed']);
    const section = $$(el, '.element')[0];
    expect(section.querySelector('.element-progress')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Completed 1 of 1 completed');
    const elementBar = section.querySelector('progress')!;
    expect([elementBar.value, elementBar.max, elementBar.getAttribute('aria-label')]).to.deep.equal([1, 1, 'Building confidence progress']);
    await choose(el, 'mentors', 'not-applicable');
    expect(section.querySelector('.element-progress')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Not applicable All 2 marked not applicable');
    expect(el.progress).to.deep.include({ completed: 0, total: 1, notApplicable: 2, inProgress: 1 });
    await choose(el, 'talent-review', 'completed');
    expect($(el, '.overall-text').textContent!.trim()).to.match(/^1 of 1 completed/);
    expect($<HTMLProgressElement>(el, '.overall progress').value).to.equal(1);
  });

  it('an answer set back to not started with no note is not kept', async () => {
    const key = newKey();
    const el = await mount(key);
    await choose(el, 'mentors', 'completed');
    await choose(el, 'mentors', 'not-started');
    expect(el.answers).to.deep.equal({});
    expect(saved(key)).to.equal(null);
  });
});

describe('<framework-checklist> saving', () => {
  it('restores answers when the element is created again', async () => {
    const key = newKey();
    const first = await mount(key);
    await choose(first, 'mentors', 'completed');
    await choose(first, 'talent-review', 'not-applicable');
    first.remove();
    const again = await mount(key);
    expect(again.answers).to.deep.equal({ mentors: { status: 'completed', note: '' }, 'talent-review': { status: 'not-applicable', note: '' } });
    expect(radio(again, 'mentors', 'completed').checked).to.equal(true);
    expect(textOf(again)).to.contain('Your answers are saved in this browser on this device. Last saved at');
  });

  it('keeps two storage keys on one page apart', async () => {
    const [a, b] = [newKey(), newKey()];
    const { checklists: [one, two] } = await mountAll(html`
      <framework-checklist storage-key=${a} .prompts=${prompts} .elements=${elements}></framework-checklist>
      <framework-checklist storage-key=${b} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
    await choose(one, 'mentors', 'completed');
    await choose(two, 'mentors', 'in-progress');
    expect(saved(a).answers.mentors.status).to.equal('completed');
    expect(saved(b).answers.mentors.status).to.equal('in-progress');
    expect(one.getAnswer('mentors').status).to.equal('completed');
    expect(two.getAnswer('mentors').status).to.equal('in-progress');
  });

  it('keeps two copies with the same key on one page in step', async () => {
    const key = newKey();
    const { checklists: [one, two] } = await mountAll(html`
      <framework-checklist storage-key=${key} .prompts=${prompts} .elements=${elements}></framework-checklist>
      <framework-checklist storage-key=${key} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
    await choose(one, 'networks', 'completed');
    await two.updateComplete;
    expect(two.getAnswer('networks').status).to.equal('completed');
    expect(radio(two, 'networks', 'completed').checked).to.equal(true);
  });

  it('without storage-key stores nothing and says so', async () => {
    const before = Object.keys(localStorage).length;
    const el = await mount();
    await choose(el, 'mentors', 'completed');
    expect(Object.keys(localStorage).length).to.equal(before);
    expect($(el, '.notice').textContent).to.contain('This checklist is not saved: your answers stay only while this page is open');
  });

  it('a storage-key given later keeps the answers already entered', async () => {
    const key = newKey();
    const el = await mount();
    await choose(el, 'mentors', 'in-progress');
    el.storageKey = key;
    await el.updateComplete;
    expect(el.getAnswer('mentors').status).to.equal('in-progress');
    expect(saved(key).answers).to.deep.equal({ mentors: { status: 'in-progress', note: '' } });
  });

  const unavailable: Array<[string, () => () => void, RegExp]> = [
    ['blocked (SecurityError)', () => stubStorage(() => { throw new DOMException('The operation is insecure.', 'SecurityError'); }), /blocking storage/],
    ['absent', () => stubStorage(() => undefined), /offers no storage/],
    ['full (QuotaExceededError)', () => failWrites(), /storage for this site is full/],
  ];
  for (const [name, stub, reason] of unavailable) {
    it(`works in memory and says so when storage is ${name}`, async () => {
      const key = newKey();
      const restore = stub();
      try {
        const el = await mount(key);
        const events: ChecklistChangeDetail[] = [];
        el.addEventListener('cl-change', (e) => events.push(e.detail));
        const notice = $(el, '.notice--warning').textContent!.replace(/\s+/g, ' ');
        expect(notice).to.contain('Your answers will not be saved in this browser');
        expect(notice).to.match(reason);
        expect(notice).to.contain('download your answers or print a summary');
        await choose(el, 'mentors', 'completed');
        expect(el.getAnswer('mentors').status).to.equal('completed');
        expect(events).to.have.length(1);
        el.remove();
        document.body.append(el); // moved: answers in memory survive
        await el.updateComplete;
        expect(el.getAnswer('mentors').status).to.equal('completed');
        el.remove();
      } finally {
        restore();
      }
      expect(saved(key)).to.equal(null);
    });
  }

  it('says so when a save fails part way through, and recovers when storage works again', async () => {
    const key = newKey();
    const el = await mount(key);
    await choose(el, 'mentors', 'completed');
    const restore = failWrites();
    try {
      await choose(el, 'networks', 'completed');
      expect($(el, '.notice--warning').textContent).to.match(/storage for this site is full/);
      expect(liveRegion(el)).to.contain('Your answers could not be saved in this browser');
      expect(saved(key).answers).to.not.have.property('networks');
    } finally {
      restore();
    }
    await choose(el, 'talent-review', 'in-progress');
    expect(shadow(el).querySelector('.notice--warning')).to.equal(null);
    expect(Object.keys(saved(key).answers)).to.deep.equal(['mentors', 'networks', 'talent-review']);
  });

  it('sets damaged saved data aside, keeps it, recovers what it can, and says so', async () => {
    const key = newKey();
    const raw = JSON.stringify({ schema: 1, updatedAt: 'x', answers: { mentors: { status: 'completed', note: 'kept' }, networks: { status: 'done' } } });
    localStorage.setItem(PREFIX + key, raw);
    const warn = captureWarnings();
    const el = await mount(key);
    warn.restore();
    const asideKeys = Object.keys(localStorage).filter((k) => k.startsWith(`${PREFIX}${key}:corrupt-`));
    expect(asideKeys).to.have.length(1);
    expect(localStorage.getItem(asideKeys[0])).to.equal(raw);
    expect(el.answers).to.deep.equal({ mentors: { status: 'completed', note: 'kept' } });
    const notice = $(el, '.cl-message--error.notice');
    expect(notice.textContent).to.contain('Saved answers could not all be read');
    expect(notice.textContent).to.contain('answer "networks": status must be one of');
    expect(notice.textContent).to.contain(asideKeys[0]);
    expect(notice.textContent).to.contain('1 answer could still be read');
    expect(warn.messages.join()).to.contain('could not be read');
    // Loading again does not set it aside a second time.
    el.remove();
    await mount(key);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`${PREFIX}${key}:corrupt-`))).to.have.length(1);
  });

  for (const [name, raw, reason] of [
    ['not JSON', '{"schema":1,"answers":', /not valid JSON/],
    ['a newer schema', JSON.stringify({ schema: 2, answers: { mentors: { state: 'done' } } }), /newer version of this checklist \(format version 2\)/],
    ['no schema', JSON.stringify({ answers: {} }), /format version is not one this checklist understands/],
  ] as const) {
    it(`keeps saved data that is ${name} aside, unchanged`, async () => {
      const key = newKey();
      localStorage.setItem(PREFIX + key, raw);
      const warn = captureWarnings();
      const el = await mount(key);
      warn.restore();
      const aside = Object.keys(localStorage).find((k) => k.startsWith(`${PREFIX}${key}:corrupt-`))!;
      expect(localStorage.getItem(aside)).to.equal(raw);
      expect($(el, '.cl-message--error.notice').textContent).to.match(reason);
      await choose(el, 'mentors', 'completed');
      expect(saved(key).answers).to.deep.equal({ mentors: { status: 'completed', note: '' } });
      expect(localStorage.getItem(aside)).to.equal(raw);
    });
  }

  it('leaves damaged data in place when it cannot be copied aside, and writes only when the person acts', async () => {
    const key = newKey();
    localStorage.setItem(PREFIX + key, '{broken');
    const restore = failWrites('QuotaExceededError', (k) => k.includes(':corrupt-'));
    const warn = captureWarnings();
    try {
      const el = await mount(key);
      expect($(el, '.cl-message--error.notice').textContent).to.contain('They have been left as they are');
      await choose(el, 'mentors', 'completed');
      expect(localStorage.getItem(PREFIX + key)).to.equal('{broken');
      expect(textOf(el)).to.contain('Changes are not being saved');
      await click(el, '[data-action="clear"]');
      await click(el, '[data-action="confirm-clear"]');
      await click(el, '[data-action="undo"]');
      expect(saved(key).answers).to.deep.equal({ mentors: { status: 'completed', note: '' } });
    } finally {
      restore();
      warn.restore();
    }
  });

  it('keeps answers for prompts that no longer exist, and exports them', async () => {
    const key = newKey();
    seed(key, { 'retired-prompt': { status: 'completed', note: 'From last year' } });
    const el = await mount(key);
    expect($(el, '.unknown').textContent).to.contain('1 saved answer is for prompts no longer in this checklist');
    await choose(el, 'mentors', 'in-progress');
    expect(saved(key).answers['retired-prompt']).to.deep.equal({ status: 'completed', note: 'From last year' });
    expect(JSON.parse(el.exportJson()).answers['retired-prompt']).to.deep.equal({ status: 'completed', note: 'From last year' });
    expect(el.exportCsv()).to.contain(',(a prompt that is no longer in this checklist),Completed,From last year,retired-prompt\r\n');
    expect(el.progress.total).to.equal(3);
  });

  it('follows another tab through the storage event', async () => {
    const key = newKey();
    const el = await mount(key);
    const changed = oneEvent(el, 'cl-change');
    seed(key, { networks: { status: 'completed', note: 'From the other tab' } });
    window.dispatchEvent(new StorageEvent('storage', { key: PREFIX + key, newValue: localStorage.getItem(PREFIX + key), storageArea: localStorage }));
    const event = await changed;
    expect(event.detail).to.deep.include({ promptId: null, reason: 'storage' });
    await el.updateComplete;
    expect(note(el, 'networks').value).to.equal('From the other tab');
    expect(radio(el, 'networks', 'completed').checked).to.equal(true);
    expect(liveRegion(el)).to.equal('Your answers were updated from another window.');
    // Another key, or sessionStorage, is ignored.
    seed(key, {});
    window.dispatchEvent(new StorageEvent('storage', { key: `${PREFIX}other`, storageArea: localStorage }));
    window.dispatchEvent(new StorageEvent('storage', { key: PREFIX + key, storageArea: sessionStorage }));
    await el.updateComplete;
    expect(el.getAnswer('networks').note).to.equal('From the other tab');
    // The whole storage cleared in another tab (key null).
    localStorage.removeItem(PREFIX + key);
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
  });
});

describe('<framework-checklist> clear and undo', () => {
  it('asks before clearing, can be cancelled, and can be undone until the next change', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'Evidence' }, networks: { status: 'in-progress', note: '' } });
    const el = await mount(key);
    await click(el, '[data-action="clear"]');
    const panel = $(el, '.panel');
    expect(shadow(el).activeElement).to.equal(panel);
    expect(panel.textContent).to.contain('Clear all 2 answers?');
    await click(el, '[data-action="cancel"]');
    expect(shadow(el).querySelector('.panel')).to.equal(null);
    expect(shadow(el).activeElement).to.equal($(el, '[data-action="clear"]'));
    expect(el.getAnswer('mentors').status).to.equal('completed');

    await click(el, '[data-action="clear"]');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).querySelector('.panel')).to.equal(null);

    await click(el, '[data-action="clear"]');
    const cleared = oneEvent(el, 'cl-change');
    await click(el, '[data-action="confirm-clear"]');
    expect((await cleared).detail).to.deep.include({ promptId: null, reason: 'clear' });
    expect(el.answers).to.deep.equal({});
    expect(saved(key)).to.equal(null);
    expect(note(el, 'mentors').value).to.equal('');
    expect(shadow(el).activeElement).to.equal($(el, '[data-action="undo"]'));
    expect(liveRegion(el)).to.contain('All answers cleared');

    await sendKeys({ press: 'Enter' }); // Undo, by keyboard
    await el.updateComplete;
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ mentors: { status: 'completed', note: 'Evidence' }, networks: { status: 'in-progress', note: '' } });
    expect(saved(key).answers).to.deep.equal(el.answers);
    expect(saved(key).updatedAt).to.equal('2026-01-02T03:04:05.000Z');
    expect(shadow(el).activeElement).to.equal($(el, '[data-action="clear"]'));

    // Undo lasts only until the next change.
    await click(el, '[data-action="clear"]');
    await click(el, '[data-action="confirm-clear"]');
    expect(shadow(el).querySelector('[data-action="undo"]')).to.not.equal(null);
    await choose(el, 'talent-review', 'completed');
    expect(shadow(el).querySelector('[data-action="undo"]')).to.equal(null);
    expect(el.answers).to.deep.equal({ 'talent-review': { status: 'completed', note: '' } });
  });
});

const NASTY_NOTES = [
  'Line one\nLine two',
  'Quotes "here" and, commas',
  '=HYPERLINK("http://evil.example","click")',
  '+1', '-1', '@SUM(A1)', '\tTabbed', '\rReturned',
  'Emoji 🩺 and accents: café, naïve; Welsh: Ysbyty Gwynedd',
  '</script><img src=x onerror=alert(1)>',
  '  spaces kept  ',
  'x'.repeat(600),
];

describe('<framework-checklist> export and import', () => {
  it('round-trips JSON exactly', async () => {
    const key = newKey();
    const a = await mount(key, { organisation: 'Example Trust' });
    await choose(a, 'mentors', 'completed');
    await choose(a, 'networks', 'not-applicable');
    a.importJson(JSON.stringify({
      ...JSON.parse(a.exportJson()),
      answers: { ...JSON.parse(a.exportJson()).answers, 'talent-review': { status: 'in-progress', note: NASTY_NOTES.join('\n') }, 'old-one': { status: 'completed', note: NASTY_NOTES[2] } },
    }));
    const exported = a.exportJson();
    const parsed = JSON.parse(exported);
    expect(parsed).to.include({ format: 'clinical-leadership-elements/framework-checklist', schema: 1, storageKey: key, organisation: 'Example Trust' });
    a.remove();
    const b = await mount(newKey(), { organisation: 'Example Trust' });
    const result = b.importJson(exported);
    expect(result).to.deep.equal({ ok: true, changed: 4 });
    expect(b.answers).to.deep.equal(parsed.answers);
    const again = JSON.parse(b.exportJson());
    expect({ ...again, storageKey: key }).to.deep.equal(parsed);
    expect(b.getAnswer('talent-review').note).to.equal(NASTY_NOTES.join('\n'));
    const c = await mount(key, { organisation: 'Example Trust' });
    expect(c.exportJson()).to.equal(exported); // saved, restored and exported: byte for byte
  });

  const invalid: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format":', /not valid JSON/],
    ['a CSV export', 'Element,Prompt,Status\r\n', /not a JSON file/],
    ['foreign JSON', JSON.stringify({ caseStudies: [] }), /not a framework checklist export/],
    ['a list', '[1,2]', /not a framework checklist export/],
    ['a newer format', JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 2, answers: {} }), /newer version/],
    ['a bad status', JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 1, answers: { mentors: { status: 'done', note: '' } } }), /status must be one of/],
    ['a __proto__ prompt id', '{"format":"clinical-leadership-elements/framework-checklist","schema":1,"answers":{"__proto__":{"status":"completed","note":""}}}', /valid prompt id/],
    ['a bad prompt id', JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 1, answers: { 'Not a slug': { status: 'completed', note: '' } } }), /valid prompt id/],
    ['a note that is not text', JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 1, answers: { mentors: { status: 'completed', note: 5 } } }), /note must be text/],
    ['answers that are not an object', JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 1, answers: [] }), /answers must be an object/],
  ];
  for (const [name, text, message] of invalid) {
    it(`an import of ${name} changes nothing and says why`, async () => {
      const key = newKey();
      seed(key, { mentors: { status: 'in-progress', note: 'Before' } });
      const el = await mount(key);
      const before = localStorage.getItem(PREFIX + key);
      let events = 0;
      el.addEventListener('cl-change', () => events++);
      const result = el.importJson(text);
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.errors.join(' ')).to.match(message);
      expect(el.answers).to.deep.equal({ mentors: { status: 'in-progress', note: 'Before' } });
      expect(localStorage.getItem(PREFIX + key)).to.equal(before);
      expect(events).to.equal(0);
    });
  }

  it('loads a file after showing what will change, or changes nothing on Cancel', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'in-progress', note: 'Before' }, networks: { status: 'completed', note: '' } });
    const el = await mount(key);
    const picked = new Promise<void>((resolve) => $(el, 'input[type="file"]').addEventListener('click', (e) => { e.preventDefault(); resolve(); }, { once: true }));
    await click(el, '[data-action="load"]');
    await picked; // the button opens the file chooser
    const file = JSON.stringify({
      format: 'clinical-leadership-elements/framework-checklist', schema: 1, updatedAt: '2026-03-01T10:00:00.000Z',
      answers: { mentors: { status: 'completed', note: 'Before' }, networks: { status: 'completed', note: '' }, 'talent-review': { status: 'not-applicable', note: 'No scheme' } },
    });
    await loadFile(el, file, 'board-2026.json');
    const panel = $(el, '.panel');
    expect(shadow(el).activeElement).to.equal(panel);
    expect(panel.textContent).to.contain('Replace your answers with the ones in “board-2026.json”?');
    expect(panel.textContent).to.contain('2 answers will change.');
    expect([...panel.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Can clinicians get a mentor or coach?: now Completed (was In progress)',
      'Does the talent review include every profession?: now Not applicable (was Not started); note added',
    ]);
    await click(el, '[data-action="cancel"]');
    expect(el.getAnswer('mentors').status).to.equal('in-progress');
    expect(shadow(el).activeElement).to.equal($(el, '[data-action="load"]'));

    await loadFile(el, file, 'board-2026.json');
    const changed = oneEvent(el, 'cl-change');
    await click(el, '[data-action="confirm-import"]');
    expect((await changed).detail).to.deep.include({ promptId: null, reason: 'import' });
    expect(el.getAnswer('talent-review')).to.deep.equal({ status: 'not-applicable', note: 'No scheme' });
    expect(saved(key).answers).to.deep.equal(el.answers);
    expect($(el, '.panel').textContent).to.contain('Answers loaded from “board-2026.json”: 2 answers changed.');
    expect(shadow(el).activeElement).to.equal($(el, '.panel'));
  });

  it('reports an invalid file and changes nothing', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'in-progress', note: 'Before' } });
    const el = await mount(key);
    await loadFile(el, JSON.stringify({ hello: 'world' }), 'holiday.json');
    const alert = $(el, '.panel[role="alert"]');
    expect(alert.textContent).to.contain('“holiday.json” could not be loaded');
    expect(alert.textContent).to.contain('not a framework checklist export');
    expect(alert.textContent).to.contain('Your answers have not changed.');
    expect(el.answers).to.deep.equal({ mentors: { status: 'in-progress', note: 'Before' } });
  });

  it('downloads JSON and CSV through a temporary link', async () => {
    const key = 'Board 2026/27';
    const el = await mount(key);
    await choose(el, 'mentors', 'completed');
    const clicks: Array<{ name: string; href: string }> = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href });
    };
    try {
      await click(el, '[data-action="json"]');
      await click(el, '[data-action="csv"]');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    const day = new Date().toISOString().slice(0, 10);
    expect(clicks.map((c) => c.name)).to.deep.equal([`framework-checklist-board-2026-27-${day}.json`, `framework-checklist-board-2026-27-${day}.csv`]);
    expect(await (await fetch(clicks[0].href)).text()).to.equal(el.exportJson());
    const csv = new Uint8Array(await (await fetch(clicks[1].href)).arrayBuffer());
    expect([...csv.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    expect(new TextDecoder().decode(csv.slice(3))).to.equal(el.exportCsv());
    expect(shadow(el).querySelector('a[download]')).to.equal(null);
    expect(liveRegion(el)).to.contain('Download started');
  });

  it('exports CSV in checklist order with formula injection neutralised', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '=1+1' }, 'talent-review': { status: 'in-progress', note: 'Say "yes",\nthen go' } });
    const el = await mount(key);
    expect(el.exportCsv()).to.equal(
      'Element,Prompt,Status,Note,Prompt ID\r\n' +
        "Building confidence,Can clinicians get a mentor or coach?,Completed,'=1+1,mentors\r\n" +
        'Building confidence,Do leaders have networks beyond the trust?,Not started,,networks\r\n' +
        'Talent management,Does the talent review include every profession?,In progress,"Say ""yes"",\nthen go",talent-review\r\n',
    );
  });
});

describe('<framework-checklist> print', () => {
  it('prints a clean summary: title, date, organisation, statuses and notes, no buttons', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'Owner: Chief Nurse' }, networks: { status: 'not-applicable', note: '' } });
    const el = await mount(key, { organisation: 'Example Community NHS Trust', heading: 'Board self-assessment' });
    const summary = $(el, '.summary');
    const form = $(el, '.form');
    expect(getComputedStyle(summary).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(summary).display).to.equal('block');
      expect(getComputedStyle(form).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    const text = summary.textContent!.replace(/\s+/g, ' ');
    expect(summary.querySelector('h2')!.textContent).to.equal('Board self-assessment');
    expect(text).to.contain('Example Community NHS Trust');
    expect(text).to.match(/Summary as at \d{1,2} \w+ \d{4}\./);
    expect(text).to.contain('1 of 2 completed (1 not applicable)');
    expect([...summary.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Building confidence', 'Talent management']);
    const rows = [...summary.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent!.trim()));
    expect(rows).to.deep.equal([
      [prompts[0].text, 'Completed', 'Owner: Chief Nurse'],
      [prompts[1].text, 'Not applicable', 'None'],
      [prompts[2].text, 'Not started', 'None'],
    ]);
    expect(summary.querySelector('button, input, textarea')).to.equal(null);
    expect(text).to.contain("they are not the framework's wording");
  });

  it('shows the summary on screen with print-preview, and the Print button opens the print dialog', async () => {
    const el = await mount(newKey());
    let printed = 0;
    const original = window.print;
    window.print = () => void printed++;
    try {
      await click(el, '[data-action="print"]');
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    el.printPreview = true;
    await el.updateComplete;
    expect(el.hasAttribute('print-preview')).to.equal(true);
    expect(getComputedStyle($(el, '.summary')).display).to.equal('block');
    expect(getComputedStyle($(el, '.form')).display).to.equal('none');
  });
});

async function loadFile(el: FrameworkChecklist, text: string, name: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  const before = shadow(el).querySelector('.panel');
  input.dispatchEvent(new Event('change'));
  await until(() => { const now = shadow(el).querySelector('.panel'); return !!now && now !== before; }, 'import panel');
  await el.updateComplete;
}
