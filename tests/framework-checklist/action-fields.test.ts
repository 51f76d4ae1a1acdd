import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shadow, until } from '../helpers.js';
import '../../src/framework-checklist.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import {
  prompts, elements, newKey, seed, saved, mount, mountAll, $, $$, settle, liveRegion, useChecklistHooks,
} from './shared.js';

useChecklistHooks();

const action = { what: 'Fund two coaching places', owner: 'Medical director', due: '2027-03-31', priority: 'high' };

/** Opens a prompt's action and waits for its fields (a lazily loaded chunk). */
async function openAction(el: FrameworkChecklist, id: string): Promise<void> {
  const details = $<HTMLDetailsElement>(el, `details.action[data-prompt-id="${id}"]`);
  details.open = true;
  await until(() => !!shadow(el).querySelector(`#p-${id}-action-what`), 'action fields');
  await settle(el);
}

async function type(el: FrameworkChecklist, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function leaveDate(el: FrameworkChecklist, id: string): Promise<void> {
  const group = $(el, `fieldset.date[data-prompt-id="${id}"]`);
  group.dispatchEvent(new FocusEvent('focusout', { relatedTarget: null }));
  await el.updateComplete;
}

describe('<framework-checklist> actions', () => {
  it('keeps an action beside a prompt: what, owner, due date and priority, saved as record version 2', async () => {
    const key = newKey();
    const el = await mount(key);
    expect($(el, 'details.action[data-prompt-id="mentors"] summary').textContent!.trim()).to.equal('Add an action');
    await openAction(el, 'mentors');
    await type(el, '#p-mentors-action-what', action.what);
    await type(el, '#p-mentors-action-owner', action.owner);
    await type(el, '#p-mentors-due-day', '31');
    await type(el, '#p-mentors-due-month', '3');
    await type(el, '#p-mentors-due-year', '2027');
    $<HTMLInputElement>(el, '#p-mentors-priority-high').click();
    await el.updateComplete;
    expect(el.getAnswer('mentors')).to.deep.equal({ status: 'not-started', note: '', action });
    expect(saved(key)).to.deep.include({ schema: 2 });
    expect(saved(key).answers.mentors).to.deep.equal({ status: 'not-started', note: '', action });
    expect($(el, 'details.action[data-prompt-id="mentors"] summary').textContent!.trim()).to.equal('Action');
    await expect(el).to.be.accessible();
  });

  it('shows a saved action open, with its date in day, month and year', async () => {
    const key = newKey();
    seed(key, { networks: { status: 'in-progress', note: '', action: { ...action, due: '2027-01-05' } } });
    const el = await mount(key);
    await until(() => !!shadow(el).querySelector('#p-networks-due-day'), 'fields of the saved action');
    expect($<HTMLDetailsElement>(el, 'details.action[data-prompt-id="networks"]').open).to.equal(true);
    expect([$<HTMLInputElement>(el, '#p-networks-due-day').value, $<HTMLInputElement>(el, '#p-networks-due-month').value, $<HTMLInputElement>(el, '#p-networks-due-year').value])
      .to.deep.equal(['5', '1', '2027']);
    expect($<HTMLDetailsElement>(el, 'details.action[data-prompt-id="mentors"]').open).to.equal(false);
  });

  it('a due date that is not a real date: an error message, the NHS.UK error summary, nothing lost', async () => {
    const key = newKey();
    const el = await mount(key);
    await openAction(el, 'mentors');
    await type(el, '#p-mentors-action-what', 'Agree a budget');
    await type(el, '#p-mentors-due-day', '30');
    await type(el, '#p-mentors-due-month', '2');
    await type(el, '#p-mentors-due-year', '2027');
    expect(shadow(el).querySelector('.error-summary')).to.equal(null); // not while typing
    await leaveDate(el, 'mentors');
    const summary = $(el, '.error-summary');
    expect(summary.querySelector('.error-summary-title')!.textContent).to.equal('There is a problem');
    expect(summary.querySelector('a')!.textContent).to.contain('Due date must be a real date');
    expect($(el, '#p-mentors-due-error').textContent).to.contain('Error: Due date must be a real date');
    expect($(el, '#p-mentors-due-day').getAttribute('aria-invalid')).to.equal('true');
    expect(liveRegion(el)).to.contain('Error: Due date must be a real date');
    // What was typed stays in the fields; the saved action keeps its other fields and no date.
    expect($<HTMLInputElement>(el, '#p-mentors-due-day').value).to.equal('30');
    expect(saved(key).answers.mentors.action).to.deep.equal({ what: 'Agree a budget', owner: '', due: '', priority: '' });
    await expect(el).to.be.accessible();
    // The summary's link moves focus to the day field.
    summary.querySelector('a')!.click();
    await el.updateComplete;
    expect(shadow(el).activeElement!.id).to.equal('p-mentors-due-day');
    // Correcting the date clears the error and saves it.
    await type(el, '#p-mentors-due-day', '28');
    expect(shadow(el).querySelector('.error-summary')).to.equal(null);
    expect(saved(key).answers.mentors.action.due).to.equal('2027-02-28');
  });

  it('names the missing parts of a date', async () => {
    const el = await mount(newKey());
    await openAction(el, 'networks');
    await type(el, '#p-networks-due-day', '4');
    await leaveDate(el, 'networks');
    expect($(el, '#p-networks-due-error').textContent).to.contain('Due date must include a month and a year');
  });

  it('counts characters as a reader sees them, in the note and the action', async () => {
    const el = await mount(newKey());
    const note = $<HTMLTextAreaElement>(el, '#p-mentors-note');
    note.value = '👩‍⚕️ é';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '[data-prompt-id="mentors"] .note .note-count').textContent).to.equal('You have 497 characters remaining');
    await openAction(el, 'mentors');
    await type(el, '#p-mentors-action-what', '🇬🇧'.repeat(251));
    const count = $(el, '[data-prompt-id="mentors"] .action-fields .note-count');
    expect(count.textContent).to.equal('You have 1 character too many');
    expect($(el, '#p-mentors-action-what').getAttribute('aria-invalid')).to.equal('true');
    expect(el.getAnswer('mentors').action!.what).to.equal('🇬🇧'.repeat(251)); // kept, and flagged
  });

  it('is reachable by keyboard alone: status, then the action, then the plan', async () => {
    const key = newKey();
    const { host, checklists: [el] } = await mountAll(html`<button id="before">Before</button>
      <framework-checklist storage-key=${key} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    const active = () => shadow(el).activeElement as HTMLElement | null;
    const tabTo = async (test: (e: HTMLElement | null) => boolean, what: string) => {
      for (let i = 0; i < 40 && !test(active()); i++) {
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
      }
      expect(test(active()), what).to.equal(true);
    };
    await tabTo((e) => (e as HTMLInputElement)?.type === 'radio', 'first status');
    await sendKeys({ press: 'ArrowRight' }); // In progress
    await tabTo((e) => e?.tagName === 'SUMMARY', 'the action disclosure');
    await tabTo((e) => e?.tagName === 'SUMMARY' && e.textContent!.includes('Add an action'), 'Add an action');
    await sendKeys({ press: 'Enter' });
    await until(() => !!shadow(el).querySelector('#p-mentors-action-what'), 'action fields');
    await sendKeys({ press: 'Tab' });
    expect(active()!.id).to.equal('p-mentors-action-what');
    await sendKeys({ type: 'Name a sponsor' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Chief executive' });
    for (const [field, value] of [['day', '1'], ['month', '4'], ['year', '2027']]) {
      await sendKeys({ press: 'Tab' });
      expect(active()!.id).to.equal(`p-mentors-due-${field}`);
      await sendKeys({ type: value });
    }
    await el.updateComplete;
    expect(el.getAnswer('mentors')).to.deep.equal({
      status: 'in-progress', note: '', action: { what: 'Name a sponsor', owner: 'Chief executive', due: '2027-04-01', priority: '' },
    });
    // Back up to the view tabs, then the arrow key shows the Summary and again the Action plan.
    $<HTMLElement>(el, '#tab-answer').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.view).to.equal('plan');
    expect(active()!.id).to.equal('tab-plan');
    await until(() => !!shadow(el).querySelector('.plan-view .plan-table'), 'the action plan');
    expect($(el, '.plan-view tbody').textContent).to.contain('Name a sponsor');
    expect($(el, '.plan-view tbody').textContent).to.contain('1 April 2027');
    expect($$(el, '.plan-view tbody tr').length).to.equal(1);
  });

  it('fits a 320 px page: every action field, the owner\'s included, stays inside its column (issue 29)', async () => {
    const el = await mount(newKey());
    el.style.cssText = 'display:block;width:320px';
    await openAction(el, 'mentors');
    const column = $(el, '.action-fields').getBoundingClientRect();
    for (const selector of ['#p-mentors-action-what', '#p-mentors-action-owner', '#p-mentors-due-year']) {
      const box = $(el, selector).getBoundingClientRect();
      expect(box.right, `${selector} within its column`).to.be.at.most(column.right + 0.5);
    }
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
