import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { shadow } from '../helpers.js';
import '../../src/framework-checklist.js';
import {
  PREFIX, prompts, newKey, seed, saved, mount, $, note, liveRegion, choose, click, loadFile, useChecklistHooks,
} from './shared.js';

useChecklistHooks();

describe('<framework-checklist> clear and undo', () => {
  it('asks before clearing, can be cancelled, and can be undone until the next change', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'Evidence' }, networks: { status: 'in-progress', note: '' } });
    const el = await mount(key);
    await click(el, '[data-command="clear"]');
    const panel = $(el, '.panel');
    expect(shadow(el).activeElement).to.equal(panel);
    expect(panel.textContent).to.contain('Clear all 2 answers?');
    await click(el, '[data-command="cancel"]');
    expect(shadow(el).querySelector('.panel')).to.equal(null);
    expect(shadow(el).activeElement).to.equal($(el, '[data-command="clear"]'));
    expect(el.getAnswer('mentors').status).to.equal('completed');

    await click(el, '[data-command="clear"]');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).querySelector('.panel')).to.equal(null);

    await click(el, '[data-command="clear"]');
    const cleared = oneEvent(el, 'cl-change');
    await click(el, '[data-command="confirm-clear"]');
    expect((await cleared).detail).to.deep.include({ promptId: null, reason: 'clear' });
    expect(el.answers).to.deep.equal({});
    expect(saved(key)).to.equal(null);
    expect(note(el, 'mentors').value).to.equal('');
    expect(shadow(el).activeElement).to.equal($(el, '[data-command="undo"]'));
    expect(liveRegion(el)).to.contain('All answers cleared');

    await sendKeys({ press: 'Enter' }); // Undo, by keyboard
    await el.updateComplete;
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ mentors: { status: 'completed', note: 'Evidence' }, networks: { status: 'in-progress', note: '' } });
    expect(saved(key).answers).to.deep.equal(el.answers);
    expect(saved(key).updatedAt).to.equal('2026-01-02T03:04:05.000Z');
    expect(shadow(el).activeElement).to.equal($(el, '[data-command="clear"]'));

    // Undo lasts only until the next change.
    await click(el, '[data-command="clear"]');
    await click(el, '[data-command="confirm-clear"]');
    expect(shadow(el).querySelector('[data-command="undo"]')).to.not.equal(null);
    await choose(el, 'talent-review', 'completed');
    expect(shadow(el).querySelector('[data-command="undo"]')).to.equal(null);
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
    expect(parsed).to.include({ format: 'clinical-leadership-elements/framework-checklist', schema: 2, storageKey: key, organisation: 'Example Trust' });
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
    ['a newer format', JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 3, answers: {} }), /newer version/],
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
    await click(el, '[data-command="load"]');
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
    await click(el, '[data-command="cancel"]');
    expect(el.getAnswer('mentors').status).to.equal('in-progress');
    expect(shadow(el).activeElement).to.equal($(el, '[data-command="load"]'));

    await loadFile(el, file, 'board-2026.json');
    const changed = oneEvent(el, 'cl-change');
    await click(el, '[data-command="confirm-import"]');
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
      await click(el, '[data-command="json"]');
      await click(el, '[data-command="csv"]');
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
      'Element,Prompt,Status,Note,Action,Action owner,Action due,Action priority,Prompt ID,Evidence links,Evidence note\r\n' +
        "Building confidence,Can clinicians get a mentor or coach?,Completed,'=1+1,,,,,mentors,,\r\n" +
        'Building confidence,Do leaders have networks beyond the trust?,Not started,,,,,,networks,,\r\n' +
        'Talent management,Does the talent review include every profession?,In progress,"Say ""yes"",\nthen go",,,,,talent-review,,\r\n',
    );
  });
});

describe('<framework-checklist> print', () => {
  it('prints a clean summary: title, date, organisation, statuses and notes, no buttons', async () => {
    const key = newKey();
    seed(key, { mentors: { status: 'completed', note: 'Owner: Chief Nurse' }, networks: { status: 'not-applicable', note: '' } });
    const el = await mount(key, { organisation: 'Example Community NHS Trust', heading: 'Board self-assessment' });
    await el.printReady(); // the summary's chunk follows the form when the page is idle
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
      await click(el, '[data-command="print"]');
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
