/**
 * <framework-checklist>'s Paper details (the board paper's cover sheet, issue 27): the view filled in
 * by keyboard and saved with the record, read back after a reload and from an export; `paper-fields`
 * relabelling, hiding and adding fields, and a bad value named accessibly with one warning; older
 * records still load; the print summary complete on its own (cover sheet, every status move since
 * the baseline, the action plan styled without the Action plan view ever opened).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { captureWarnings, shadow, until } from '../helpers.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import { $, $$, elements, mount, newKey, prompts, saved, seed, settle, useChecklistHooks } from './shared.js';

useChecklistHooks();

async function showPaper(el: FrameworkChecklist): Promise<HTMLElement> {
  el.view = 'paper';
  await el.updateComplete;
  await until(() => !!shadow(el).querySelector('.paper-form'), 'the Paper details view');
  await settle(el);
  return $(el, '#view-panel');
}

describe('<framework-checklist> Paper details', () => {
  it('is filled in by keyboard, saved with the record as it is typed, and there again after a reload', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '' } }); // a schema 1 record: still read
    const el = await mount(key);
    const panel = await showPaper(el);
    expect($(el, '#tab-paper').getAttribute('aria-selected')).to.equal('true');
    expect(panel.querySelector('h2, h3')!.textContent).to.equal('Paper details');
    // Labels and hints: every field has a label; a hint is tied to its field.
    const meeting = $<HTMLInputElement>(el, '#paper-meeting');
    expect(shadow(el).querySelector('label[for="paper-meeting"]')!.textContent).to.equal('Meeting');
    expect(meeting.getAttribute('aria-describedby')).to.equal('paper-meeting-hint');
    expect($(el, '#paper-meeting-hint').textContent).to.equal('For example, Trust Board (public session)');
    expect($(el, '#paper-author-hint').textContent).to.match(/^A role, not a person's name/);
    meeting.focus();
    await sendKeys({ type: 'Trust Board (public)' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '14 January 2027' });
    expect(shadow(el).activeElement!.id).to.equal('paper-meeting-date');
    const purpose = $$<HTMLInputElement>(el, 'input[name="paper-purpose"]');
    expect(purpose.map((r) => r.value)).to.deep.equal(['For decision', 'For approval', 'For assurance', 'For discussion', 'For information']);
    purpose[2].focus();
    await sendKeys({ press: 'Space' });
    const summary = $<HTMLTextAreaElement>(el, '#paper-summary');
    summary.focus();
    await sendKeys({ type: 'Line one' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Line two' });
    await el.updateComplete;
    expect(saved(key).paper).to.deep.equal({ meeting: 'Trust Board (public)', 'meeting-date': '14 January 2027', purpose: 'For assurance', summary: 'Line one\nLine two' });
    expect(saved(key).answers.mentors.status).to.equal('completed');
    expect(el.paperDetails.purpose).to.equal('For assurance');
    await expect(el).to.be.accessible();
    // Clearing the choice removes it (focus stays in the form).
    $(el, '[data-clear="purpose"]').click();
    await el.updateComplete;
    expect(saved(key).paper.purpose).to.equal(undefined);

    el.remove();
    const again = await mount(key);
    await showPaper(again);
    expect($<HTMLInputElement>(again, '#paper-meeting').value).to.equal('Trust Board (public)');
    expect($<HTMLTextAreaElement>(again, '#paper-summary').value).to.equal('Line one\nLine two');
    // The export carries it; loading that export elsewhere brings it back.
    const json = again.exportJson();
    expect(JSON.parse(json).paper).to.deep.equal({ meeting: 'Trust Board (public)', 'meeting-date': '14 January 2027', summary: 'Line one\nLine two' });
    const other = await mount(newKey());
    expect(other.importJson(json)).to.deep.equal({ ok: true, changed: 1 });
    expect(other.paperDetails).to.deep.equal({ meeting: 'Trust Board (public)', 'meeting-date': '14 January 2027', summary: 'Line one\nLine two' });
  });

  it('paper-fields (JSON attribute) relabels, hides and adds fields; a hidden field\'s text stays in the record', async () => {
    const key = newKey();
    seed(key, {}, { schema: 2, paper: { 'quality-impact': 'Kept while hidden' } });
    const el = await fixture<FrameworkChecklist>(html`<framework-checklist storage-key=${key} .prompts=${prompts} .elements=${elements}
      paper-fields='[{"id": "meeting", "label": "Committee"}, {"id": "quality-impact", "hidden": true}, {"id": "finance-impact", "label": "Finance and resources impact", "kind": "textarea"}]'></framework-checklist>`);
    await settle(el);
    await showPaper(el);
    expect(shadow(el).querySelector('label[for="paper-meeting"]')!.textContent).to.equal('Committee');
    expect(shadow(el).querySelector('#paper-quality-impact')).to.equal(null);
    const finance = $<HTMLTextAreaElement>(el, '#paper-finance-impact');
    expect(shadow(el).querySelector('label[for="paper-finance-impact"]')!.textContent).to.equal('Finance and resources impact');
    finance.value = 'Within budget';
    finance.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(saved(key).paper).to.deep.equal({ 'quality-impact': 'Kept while hidden', 'finance-impact': 'Within budget' });
    await expect(el).to.be.accessible();
  });

  it('a paper-fields value that is not JSON: an accessible message naming it, one warning, the usual fields', async () => {
    const warn = captureWarnings();
    try {
      const el = await fixture<FrameworkChecklist>(html`<framework-checklist .prompts=${prompts} .elements=${elements} paper-fields="[{id: meeting}"></framework-checklist>`);
      await settle(el);
      const panel = await showPaper(el);
      const alert = panel.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('paper-fields is not valid JSON');
      expect(shadow(el).querySelectorAll('.paper-field')).to.have.length(13);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.messages.filter((m) => m.includes('paper-fields'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warn.restore();
    }
  });

  it('a damaged paper part is reported like a damaged answer, and the answers are still read', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: '' } }, { schema: 2, paper: { meeting: 42 } });
    const el = await mount(key);
    await until(() => !!shadow(el).querySelector('.notice'), 'the notice about damaged data');
    expect($(el, '.notice').textContent).to.contain('paper details (the cover sheet) are not valid');
    expect(el.getAnswer('mentors').status).to.equal('completed');
  });

  it('fits a 320 px column with nothing scrolling sideways', async () => {
    const el = await mount(newKey());
    el.style.display = 'block';
    el.style.width = '320px';
    await showPaper(el);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const input of $$(el, '.paper-input, .paper-text')) expect(input.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    await expect(el).to.be.accessible();
  });
});

describe('<framework-checklist> print summary, complete on its own', () => {
  it('prints the cover sheet first, every status move since the baseline, and the action plan styled without its view ever opened', async () => {
    const key = newKey();
    seed(key, {
      mentors: { status: 'in-progress', note: '', action: { what: 'Renew contracts', owner: 'Chief nurse', due: '2020-05-01', priority: 'high' } },
      'talent-review': { status: 'completed', note: '' },
    }, {
      schema: 2,
      baseline: { takenAt: '2026-03-12', answers: { 'talent-review': { status: 'in-progress' } } },
      paper: { meeting: 'Trust Board (public)', recommendation: 'The board is asked to note the report.' },
    });
    const el = await mount(key, { heading: 'Board self-assessment' });
    await el.printReady();
    expect(el.view).to.equal('answer');
    const summary = $(el, '.summary');
    const headings = [...summary.querySelectorAll('h2, h3, h4')].map((h) => h.textContent);
    expect(headings.slice(0, 4)).to.deep.equal(['Board self-assessment', 'Cover sheet', 'Recommendation', 'Change since the baseline']);
    expect([...summary.querySelectorAll('.summary-cover-list dt, .summary-cover-list dd')].map((x) => x.textContent)).to.deep.equal(['Meeting', 'Trust Board (public)']);
    expect([...summary.querySelectorAll('.summary-baseline li')].map((li) => li.textContent)).to.deep.equal([
      'Building confidence: 0 → 0 of 2 completed; 1 status moved: 1 Not started → In progress.',
      'Talent management: 0 → 1 of 1 completed; 1 status moved: 1 In progress → Completed.',
    ]);
    await emulateMedia({ media: 'print' });
    try {
      const what = summary.querySelector('.summary-plan .plan-what')!;
      expect(getComputedStyle(what).display).to.equal('block');
      expect(Number(getComputedStyle(what).fontWeight)).to.be.at.least(600);
      expect(getComputedStyle(summary.querySelector('.summary-plan .plan-prompt')!).display).to.equal('block');
      expect(getComputedStyle(summary.querySelector('.plan-overdue')!).backgroundColor).to.equal('rgb(247, 212, 209)');
      expect(getComputedStyle(summary.querySelector('.summary-cover')!).breakAfter).to.equal('page');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    el.printPreview = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
