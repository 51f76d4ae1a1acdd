/**
 * What is saved can be read back (issue 24): the checklist takes in no more than its record can be
 * read with (a note 20,000 characters, an action's "what" and owner 2,000), says so with the NHS.UK
 * character count, and every export imports again, at the ceilings too. The Word paper keeps the
 * whole owner (issue 29).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { shadow, until } from '../helpers.js';
import '../../src/framework-checklist.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import { parseExport, toJson } from '../../src/framework-checklist/store/export.js';
import { MAX_ACTION, MAX_NOTE, readAnswers, STATUSES, type AnswerMap } from '../../src/framework-checklist/model/answers.js';
import { parseRecord, serialise } from '../../src/framework-checklist/store/record.js';
import { boardPaperInputFrom } from '../../src/framework-checklist/paper/board-paper.js';
import { groupPrompts } from '../../src/framework-checklist/model/progress.js';
import { prompts, elements, newKey, saved, mount, $, settle, liveRegion, useChecklistHooks } from './shared.js';

useChecklistHooks();

async function openAction(el: FrameworkChecklist, id: string): Promise<void> {
  $<HTMLDetailsElement>(el, `details.action[data-prompt-id="${id}"]`).open = true;
  await until(() => !!shadow(el).querySelector(`#p-${id}-action-what`), 'action fields');
  await settle(el);
}

/** Puts text in a field as a paste would reach the page, then lets the widget render. */
async function put(el: FrameworkChecklist, selector: string, text: string): Promise<HTMLInputElement | HTMLTextAreaElement> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return field;
}

describe('<framework-checklist>: the same ceilings at input as at reading', () => {
  it('takes a note up to 20,000 characters, says so, and the saved record reloads with it', async () => {
    const key = newKey();
    const el = await mount(key, { noteLimit: 50_000 });
    const field = await put(el, '#p-mentors-note', 'n'.repeat(MAX_NOTE + 10));
    expect(field.maxLength).to.equal(MAX_NOTE);
    expect(el.getAnswer('mentors').note).to.have.length(MAX_NOTE);
    expect(field.value).to.have.length(MAX_NOTE); // the page shows what is kept
    expect($(el, '#p-mentors-note-limit').textContent).to.equal('You can enter up to 20,000 characters'); // note-limit never above the ceiling
    expect(shadow(el).querySelector('[data-prompt-id="mentors"] .note > .note-count')!.textContent).to.equal('You have 0 characters remaining. A note can be at most 20,000 characters; nothing after that is kept.');
    await until(() => liveRegion(el).includes('nothing after that is kept'), 'the ceiling said politely', 3000);
    expect(saved(key).answers.mentors.note).to.have.length(MAX_NOTE);

    // Reloaded: the answer is there, nothing set aside.
    const again = await mount(key);
    expect(again.getAnswer('mentors').note).to.have.length(MAX_NOTE);
    expect(shadow(again).querySelector('.cl-message--error')?.textContent).to.equal(undefined); // not "could not all be read"
    // And the widget's own download loads back.
    expect(again.importJson(again.exportJson())).to.deep.equal({ ok: true, changed: 0 });
  });

  it('never cuts through an emoji at the ceiling', async () => {
    const el = await mount(newKey());
    await put(el, '#p-mentors-note', `${'n'.repeat(MAX_NOTE - 1)}🩺`);
    expect(el.getAnswer('mentors').note === 'n'.repeat(MAX_NOTE - 1)).to.equal(true);
  });

  it('takes an action\'s owner and "what" up to 2,000 characters, with the NHS character count, and they reload', async () => {
    const key = newKey();
    const el = await mount(key);
    await openAction(el, 'mentors');
    const owner = await put(el, '#p-mentors-action-owner', 'Medical director');
    expect(owner.maxLength).to.equal(MAX_ACTION);
    expect(owner.getAttribute('aria-describedby')).to.equal('p-mentors-action-owner-hint p-mentors-action-owner-limit');
    expect($(el, '#p-mentors-action-owner-limit').textContent).to.equal('You can enter up to 2,000 characters');
    const ownerField = () => owner.closest('.field')!;
    expect(ownerField().querySelector('.note-count')).to.equal(null); // a short role: no count (NHS threshold, 75 %)

    await put(el, '#p-mentors-action-owner', 'o'.repeat(1600));
    expect(ownerField().querySelector('.note-count')!.textContent).to.equal('You have 400 characters remaining');
    await until(() => liveRegion(el).includes('You have 400 characters remaining'), 'the count said politely', 3000);

    await put(el, '#p-mentors-action-owner', 'o'.repeat(MAX_ACTION + 5));
    const what = await put(el, '#p-mentors-action-what', 'w'.repeat(MAX_ACTION + 5));
    expect(what.maxLength).to.equal(MAX_ACTION);
    const lengths = (a: FrameworkChecklist) => [a.getAnswer('mentors').action?.owner.length, a.getAnswer('mentors').action?.what.length];
    expect(lengths(el)).to.deep.equal([MAX_ACTION, MAX_ACTION]);
    expect(ownerField().querySelector('.note-count')!.textContent).to.equal('You have 0 characters remaining. An owner can be at most 2,000 characters; nothing after that is kept.');
    expect(what.closest('.field')!.querySelector('.note-count')!.textContent).to.equal('You have 1,750 characters too many. What will be done can be at most 2,000 characters; nothing after that is kept.');
    await expect(el).to.be.accessible();

    const again = await mount(key);
    expect(lengths(again)).to.deep.equal([MAX_ACTION, MAX_ACTION]);
    expect(again.importJson(again.exportJson())).to.deep.equal({ ok: true, changed: 0 });
  });
});

describe('an export always imports, at the ceilings (property)', () => {
  /** Text of exactly `length` UTF-16 units: any characters (emoji included), padded. */
  const exactly = (length: number) =>
    fc.string({ unit: fc.constantFrom('a', 'é', '🩺', '\u000b', '"', '\\', '\n', '👩‍⚕️', ' '), maxLength: 40 }).map((s) => (s.length > length ? s.slice(0, 0) : s) + 'x'.repeat(Math.max(0, length - s.length)));
  const answer = fc.record({
    status: fc.constantFrom(...STATUSES),
    note: fc.oneof(exactly(MAX_NOTE), fc.string({ maxLength: 30 })),
    action: fc.record({ what: exactly(MAX_ACTION), owner: exactly(MAX_ACTION), due: fc.constant('2027-02-28'), priority: fc.constantFrom('high', '') }),
  });

  it('JSON download → load, and saved record → reload, give the same answers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), answer, { minKeys: 1, maxKeys: 3 }), (dict) => {
        const { answers, errors } = readAnswers(dict);
        expect(errors).to.deep.equal([]);
        const back = parseExport(toJson(answers as AnswerMap, { updatedAt: '2026-08-03T10:00:00.000Z' }));
        expect(back.ok).to.equal(true);
        // Compared as JSON text: a failing deep-equal of 20,000-character strings would stall the diff.
        if (back.ok) expect(JSON.stringify([...back.answers]) === JSON.stringify([...answers])).to.equal(true);
        const stored = parseRecord(serialise(answers, '2026-08-03T10:00:00.000Z'));
        expect(stored.ok).to.equal(true);
        expect(JSON.stringify([...stored.answers]) === JSON.stringify([...answers])).to.equal(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the Word paper keeps what the model allows', () => {
  it('prints an action owner of 1,500 characters whole (it was cut at 200 without a word)', () => {
    const groups = groupPrompts(prompts, elements);
    const owner = 'Director of '.repeat(125);
    const input = boardPaperInputFrom(groups, new Map([['mentors', { status: 'in-progress', note: '', action: { what: 'Fund it', owner, due: '', priority: '' } }]]));
    expect(input.actions[0].owner.length).to.equal(owner.trim().length);
  });
});
