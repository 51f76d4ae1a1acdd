import { expect, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { captureWarnings, shadow, textOf, until } from '../helpers.js';
import '../../src/framework-checklist.js';
import type { ChecklistChangeDetail } from '../../src/framework-checklist.js';
import {
  PREFIX, elements, prompts, newKey, seed, saved, mountAll, mount, $, $$, radio, note, liveRegion, choose, click, stubStorage, failWrites, useChecklistHooks,
} from './shared.js';

useChecklistHooks();

describe('<framework-checklist> answering', () => {
  it('reads the prompt\'s hint on the radio that takes focus when tabbing into its group (issue 29: Orca skips the fieldset\'s)', async () => {
    const { host, checklists: [el] } = await mountAll(html`<button id="before">Before</button>
      <framework-checklist storage-key=${newKey()} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    const active = () => shadow(el).activeElement as HTMLInputElement | null;
    for (let i = 0; i < 20 && active()?.type !== 'radio'; i++) await sendKeys({ press: 'Tab' });
    expect(active()!.id).to.equal('p-mentors-not-started');
    // What the browser gives a screen reader for the focused radio: its name and its description.
    type Node = { role?: string; name?: string; description?: string; focused?: boolean; children: Node[] };
    const tree = (await a11ySnapshot({})) as unknown as Node;
    const focused = findAccessibilityNode<Node>(tree, (n) => !!n.focused);
    expect(focused).to.deep.include({ role: 'radio', name: 'Not started', description: 'Think of every profession' });
    // Every radio of the group carries it (any of them can take focus first), and no other prompt's does.
    for (const r of $$<HTMLInputElement>(el, 'input[name="p-mentors-status"]')) expect(r.getAttribute('aria-describedby')).to.equal('p-mentors-hint');
    expect(radio(el, 'networks', 'completed').hasAttribute('aria-describedby'), 'a prompt with no hint').to.equal(false);
  });

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
    expect(saved(key).schema).to.equal(2);
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
    ['a newer schema', JSON.stringify({ schema: 3, answers: { mentors: { state: 'done' } } }), /newer version of this checklist \(format version 3\)/],
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

  it('leaves damaged data in place when it cannot be copied aside, never writes over it, and saves once a copy can be kept', async () => {
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
      // Issue 24: clearing or loading a file no longer writes over it (it used to): only a kept copy frees the key.
      await click(el, '[data-command="clear"]');
      await click(el, '[data-command="confirm-clear"]');
      await click(el, '[data-command="undo"]');
      expect(localStorage.getItem(PREFIX + key)).to.equal('{broken');
      restore();
      await choose(el, 'networks', 'in-progress');
      expect(saved(key).answers).to.deep.equal({ mentors: { status: 'completed', note: '' }, networks: { status: 'in-progress', note: '' } });
      const aside = Object.keys(localStorage).find((k) => k.startsWith(`${PREFIX}${key}:corrupt-`))!;
      expect(localStorage.getItem(aside)).to.equal('{broken');
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
    expect(el.exportCsv()).to.contain(',(a prompt that is no longer in this checklist),Completed,From last year,,,,,retired-prompt,,\r\n'); // issue 31: evidence columns last
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
