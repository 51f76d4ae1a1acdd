/**
 * Compare's "Use this answer" in the element reports what actually happened (issue 24): when the
 * board's saved record was written by a newer version of the checklist it refuses, says why, and
 * offers that record as a download; nothing is written over it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/framework-checklist.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import { toJson } from '../../src/framework-checklist/store/export.js';
import type { ChecklistAnswer } from '../../src/framework-checklist/model/answers.js';
import { captureWarnings, shadow, until } from '../helpers.js';
import { prompts, elements, PREFIX, newKey, useChecklistHooks } from './shared.js';

useChecklistHooks();

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const file = (name: string, answers: Record<string, ChecklistAnswer>) => new File([toJson(new Map(Object.entries(answers)))], name, { type: 'application/json' });

describe('<framework-checklist> Compare: "Use this answer" and a newer version\'s record', () => {
  it('refuses, says why, offers the saved record as a download, and never writes over it', async () => {
    const key = newKey();
    const answers = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}`, { status: 'completed', note: `answer ${i}`, evidence: ['a field of version 3'] }]));
    const raw = JSON.stringify({ schema: 3, updatedAt: '2027-01-01T09:00:00.000Z', answers });
    localStorage.setItem(PREFIX + key, raw);
    const warn = captureWarnings();
    let el: FrameworkChecklist;
    try {
      el = await fixture<FrameworkChecklist>(html`<framework-checklist storage-key=${key} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
      await until(() => !!$(el, '#p-mentors-completed'), 'the prompts are shown');
    } finally {
      warn.restore();
    }
    const stored = () => Object.keys(localStorage).filter((k) => k.startsWith(PREFIX + key)).map((k) => localStorage.getItem(k));
    const before = stored();
    expect(before).to.include(raw); // the newer record is kept (in place or aside)

    $<HTMLButtonElement>(el, '#tab-compare')!.click();
    await until(() => !!$(el, '#compare-files'), 'the Compare view is shown');
    const input = $<HTMLInputElement>(el, '#compare-files')!;
    const dt = new DataTransfer();
    dt.items.add(file('chair.json', { mentors: { status: 'completed', note: 'Coaching for all' } }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !!$(el, '.compare-summary'), 'the comparison is shown');

    $<HTMLButtonElement>(el, 'tr[data-prompt-id="mentors"] [data-command="use"]')!.click();
    await until(() => !!$(el, 'tr[data-prompt-id="mentors"] .compare-refused'), 'the refusal is shown');
    const message = $(el, 'tr[data-prompt-id="mentors"] .compare-refused')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(message).to.match(/^The board's answer was not changed: the answers saved for this checklist were made by a newer version of it, and this page keeps them as they are\./);
    expect(message).not.to.contain('is now');
    expect($(el, '[data-command="undo-use"]')).to.equal(null);
    expect(el.getAnswer('mentors').status).to.equal('not-started');
    expect(stored()).to.deep.equal(before); // nothing written

    const names: string[] = [];
    const hrefs: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
      hrefs.push(this.href);
    };
    try {
      $<HTMLButtonElement>(el, '[data-command="download-held"]')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names[0]).to.match(/^framework-checklist-saved-record-test-\d+-\d+-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await (await fetch(hrefs[0])).text()).to.equal(raw);
  });
});
