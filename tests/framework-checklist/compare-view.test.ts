/**
 * The Compare view (src/framework-checklist/views/compare-view.ts) in a small test host that gives it the
 * CompareHost the checklist element gives it: files chosen in its input, the tables, errors, axe,
 * and "Use this answer" reaching the board's record.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { toJson } from '../../src/framework-checklist/store/export.js';
import { answersToObject, type ChecklistAnswer } from '../../src/framework-checklist/model/answers.js';
import { groupPrompts } from '../../src/framework-checklist/model/progress.js';
import { CompareTestHost } from './compare-host.js';
import { drawnAt, forcedColours } from '../forced-colours.js';
import { captureWarnings, shadow, textOf, until } from '../helpers.js';

const el = (id: string, title: string): FrameworkElement => ({ id, title, summary: `${title}.`, sourceIds: ['s'] });
const pr = (id: string, elementId: string, text: string): ChecklistPrompt => ({ id, elementId, text, enablerIds: [], sourceIds: ['s'], authored: 'derived' });
const groups = groupPrompts(
  [pr('a1', 'talent', 'Do we plan succession?'), pr('a2', 'talent', 'Do we coach?'), pr('b1', 'culture', 'Do we listen?')],
  [el('talent', 'Talent management'), el('culture', 'Culture')],
);

class CompareViewHost extends CompareTestHost {
  override groups = groups;
}
customElements.define('compare-test-host', CompareViewHost);

const file = (name: string, answers: Record<string, ChecklistAnswer>) =>
  new File([toJson(new Map(Object.entries(answers)))], name, { type: 'application/json' });

async function choose(host: CompareTestHost, files: File[]): Promise<void> {
  const input = shadow(host).querySelector<HTMLInputElement>('input[type="file"]')!;
  const dt = new DataTransfer();
  files.forEach((f) => dt.items.add(f));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => host.said.length > 0, 'the comparison is announced');
  await host.updateComplete;
}

const three = () => [
  file('chair.json', { a1: { status: 'completed', note: 'Plan agreed' }, a2: { status: 'in-progress', note: '' } }),
  new File(['{"format":"clinical-leadership-elements/framework-checklist","schema":1,"answers":{"a1":{"status":"done"}}}'], 'broken.json'),
  file('director.json', { a1: { status: 'completed', note: '' }, a2: { status: 'completed', note: 'Coaching for all' } }),
];

describe('framework-checklist Compare view', () => {
  it('offers a labelled file input for several files and says nothing leaves the browser', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    const input = shadow(host).querySelector<HTMLInputElement>('#compare-files')!;
    expect(input.multiple).to.equal(true);
    expect(shadow(host).querySelector('label[for="compare-files"]')!.textContent).to.equal("Members' answer files");
    expect(textOf(host)).to.contain('nothing is uploaded or sent anywhere');
    await expect(host).to.be.accessible();
  });

  it('compares three files, one invalid: a clear error naming it, tables for the two that loaded, axe-clean', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    await choose(host, three());
    const alert = shadow(host).querySelector('[role="alert"]')!;
    expect(alert.textContent!.replace(/\s+/g, ' ')).to.match(/One file could not be read “broken.json”: The file's answer "a1": status must be one of/);
    expect(textOf(host)).to.contain('Comparing 2 members: chair.json, director.json. Answers differ on 1 prompt.');
    expect(host.said[0]).to.equal('Comparing the answers of 2 members; 1 file could not be read. They differ on 1 prompt.');
    expect(textOf(host)).to.contain('Culture Answers agree. Prompt');
    const tables = shadow(host).querySelectorAll('table');
    expect(tables).to.have.length(2);
    expect(tables[0].getAttribute('aria-labelledby')).to.equal('compare-talent');
    expect(shadow(host).getElementById('compare-talent')!.textContent).to.equal('Talent management');
    // What a screen reader reads in each cell (the labels for narrow columns are hidden from it).
    const cellText = (c: Element) => {
      const copy = c.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    };
    const rows = [...tables[0].querySelectorAll('tbody tr')].map((r) => [...r.children].map(cellText));
    expect(rows[0][0]).to.equal('Do we plan succession?');
    expect(rows[0][1]).to.equal('2 completed All 2 agree');
    expect(rows[1][1]).to.equal('1 in progress, 1 completed Answers differ');
    expect(rows[1][2]).to.match(/^Not started Each member's answer/);
    // The bar is decorative; its counts are the text beside it.
    expect(tables[0].querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(tables[0].querySelectorAll('tbody tr')[0].querySelectorAll('rect')).to.have.length(1);
    await expect(host).to.be.accessible();
    const details = tables[0].querySelector('details')!;
    details.open = true;
    await expect(host).to.be.accessible();
  });

  it('"Use this answer" takes one member\'s answer, note and all, into the board\'s record, keeping its other answers', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    host.map = new Map([['b1', { status: 'in-progress', note: 'the board\'s own' }], ['gone', { status: 'completed', note: '' }]]);
    await choose(host, three());
    const button = shadow(host).querySelector<HTMLButtonElement>('[data-command="use"][data-prompt-id="a2"][data-member="1"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Use this answer from director.json');
    button.closest('details')!.open = true;
    button.focus();
    button.click();
    await until(() => shadow(host).activeElement?.getAttribute('data-command') === 'undo-use', 'focus moves to Undo');
    expect(host.imported).to.have.length(1);
    expect(answersToObject(host.imported[0])).to.deep.equal({
      b1: { status: 'in-progress', note: 'the board\'s own' }, gone: { status: 'completed', note: '' }, a2: { status: 'completed', note: 'Coaching for all' },
    });
    expect(host.said.at(-1)).to.equal('The board\'s answer to “Do we coach?” is now Completed, from director.json.');
    const row = shadow(host).querySelector('tr[data-prompt-id="a2"]')!;
    expect(row.querySelector('.compare-current')!.textContent!.trim()).to.equal('Completed');
    // The member whose answer the board now holds has no button; the other still has one.
    expect(row.querySelector('[data-member="1"]')).to.equal(null);
    expect(row.querySelector('[data-member="0"]')).not.to.equal(null);
    // Undo gives the board back the answer it had.
    expect(row.querySelector('.compare-taken')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Taken from director.json. Undo taking this answer');
    row.querySelector<HTMLButtonElement>('[data-command="undo-use"]')!.click();
    await until(() => shadow(host).activeElement?.getAttribute('data-member') === '1', 'focus back on the Use button');
    expect(answersToObject(host.imported.at(-1)!)).to.deep.equal({ b1: { status: 'in-progress', note: 'the board\'s own' }, gone: { status: 'completed', note: '' } });
    expect(host.said.at(-1)).to.equal('The board\'s answer to “Do we coach?” is back to Not started.');
    expect(row.querySelector('.compare-taken')).to.equal(null);
  });

  it('"Use this answer" that changes nothing says so: no "is now", no Undo (issue 24)', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    await choose(host, three());
    const row = shadow(host).querySelector('tr[data-prompt-id="a2"]')!;
    const button = row.querySelector<HTMLButtonElement>('[data-command="use"][data-member="1"]')!;
    // Another window gives the board the same answer before this page has drawn it again.
    host.map = new Map([['a2', { status: 'completed', note: 'Coaching for all' }]]);
    button.click();
    await host.updateComplete;
    const said = 'The board\'s answer is already Completed, as director.json answered: nothing changed.';
    expect(host.said.at(-1)).to.equal(`“Do we coach?”: ${said}`);
    expect(row.querySelector('.compare-refused')!.textContent!.trim()).to.equal(said);
    expect(row.querySelector('[data-command="undo-use"]')).to.equal(null);
    expect(host.said.join(' ')).not.to.contain('is now');
  });

  it('"Use this answer" refuses while the board\'s saved record is held back, and offers that record as a download (issue 24)', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    const raw = '{"schema":9,"answers":{"a1":{"status":"completed","note":"40 answers"}}}';
    host.setAside = { reason: 'it was saved by a newer version of this checklist (format version 9)', asideKey: 'k:corrupt-1', recovered: 0, raw };
    await choose(host, three());
    const row = shadow(host).querySelector('tr[data-prompt-id="a2"]')!;
    row.querySelector<HTMLButtonElement>('[data-command="use"][data-member="1"]')!.click();
    await until(() => shadow(host).activeElement?.classList.contains('compare-refused') === true, 'focus on the message');
    expect(host.imported).to.have.length(0); // nothing written
    row.closest('details')?.setAttribute('open', '');
    await expect(host).to.be.accessible();
    const text = 'The board\'s answer was not changed: the answers saved for this checklist were made by a newer version of it, and this page keeps them as they are.';
    expect(host.said.at(-1)).to.equal(`“Do we coach?”: ${text}`);
    expect(row.querySelector('[data-command="undo-use"]')).to.equal(null);
    const clicks: Array<{ name: string; href: string }> = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ name: this.download, href: this.href });
    };
    try {
      row.querySelector<HTMLButtonElement>('[data-command="download-held"]')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicks).to.have.length(1);
    expect(clicks[0].name).to.match(/^framework-checklist-saved-record-board-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await (await fetch(clicks[0].href)).text()).to.equal(raw);
    expect(host.said.at(-1)).to.equal(`Download started: ${clicks[0].name}.`);
  });

  it('when no file loads: the errors, no tables, and Clear is not offered', async () => {
    const warn = captureWarnings();
    try {
      const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
      await choose(host, [new File(['not json'], 'notes.txt'), new File(['x'.repeat(2_000_001)], 'huge.json')]);
      expect(host.said[0]).to.equal('No answers could be compared; 2 files could not be read.');
      const items = [...shadow(host).querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
      expect(items[0]).to.match(/“huge.json”: The file is too large/);
      expect(items[1]).to.match(/“notes.txt”: The file is not a JSON file/);
      expect(shadow(host).querySelector('table')).to.equal(null);
      await expect(host).to.be.accessible();
      expect(warn.messages).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  it('fits a 320 px column: rows stack, each cell labelled, nothing scrolls sideways', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host style="width: 320px"></compare-test-host>`);
    await choose(host, three());
    const table = shadow(host).querySelector('table')!;
    expect(table.scrollWidth).to.be.at.most(320);
    expect(host.scrollWidth).to.be.at.most(320);
    const label = shadow(host).querySelector<HTMLElement>('.compare-cell-label')!;
    expect(getComputedStyle(label).display).to.equal('block');
    expect(getComputedStyle(shadow(host).querySelector('thead')!).position).to.equal('absolute');
    await expect(host).to.be.accessible();
  });

  it('shows hostile file names and notes as inert text', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    const evil = '<img src=x onerror="window.__pwned=1">';
    await choose(host, [file(`${evil}.json`, { a1: { status: 'completed', note: evil } }), new File(['nope'], `${evil}.txt`)]);
    expect(shadow(host).querySelector('img')).to.equal(null);
    expect(textOf(host)).to.contain(`${evil}.json`);
    expect(shadow(host).querySelector('[role="alert"]')!.textContent).to.contain(`“${evil}.txt”`);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reads no file over the 50-file cap, and says which were not read (issue 29)', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    const read: string[] = [];
    const files = Array.from({ length: 52 }, (_, i) => {
      const f = file(`m${i + 1}.json`, { a1: { status: i % 2 ? 'completed' : 'in-progress', note: '' } });
      const text = f.text.bind(f);
      Object.defineProperty(f, 'text', { value: () => (read.push(f.name), text()) });
      return f;
    });
    await choose(host, files);
    expect(read).to.have.length(50);
    expect(read).not.to.include('m51.json');
    expect(read).not.to.include('m52.json');
    expect(host.said[0]).to.equal('Comparing the answers of 50 members; 2 files could not be read. They differ on 1 prompt.');
    const items = [...shadow(host).querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(items).to.deep.equal([
      '“m51.json”: Only 50 files can be compared at once; this one was not read.',
      '“m52.json”: Only 50 files can be compared at once; this one was not read.',
    ]);
  });

  it('reads files one slice at a time, showing "Reading 2 of 3 files…" in a polite live region while the page answers', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    const status = shadow(host).querySelector('.compare-progress')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const [a, b, c] = three();
    const text = b.text.bind(b);
    Object.defineProperty(b, 'text', { value: () => gate.then(text) });
    const input = shadow(host).querySelector<HTMLInputElement>('input[type="file"]')!;
    const dt = new DataTransfer();
    [a, b, c].forEach((f) => dt.items.add(f));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => status.textContent === 'Reading 2 of 3 files…', 'progress while the second file is read');
    // The page still paints and answers while a file is read.
    await new Promise((r) => requestAnimationFrame(r));
    expect(host.said).to.deep.equal([]);
    release();
    await until(() => host.said.length > 0, 'the comparison is announced');
    await host.updateComplete;
    expect(status.textContent).to.equal('');
    expect(textOf(host)).to.contain('Comparing 2 members: chair.json, director.json.');
    await expect(host).to.be.accessible();
  });

  it('a newer choice replaces a load still under way; a crafted deeply nested file is refused by name', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    const slow = file('slow.json', { a1: { status: 'completed', note: '' } });
    const text = slow.text.bind(slow);
    Object.defineProperty(slow, 'text', { value: () => new Promise((r) => setTimeout(r, 300)).then(text) });
    const input = shadow(host).querySelector<HTMLInputElement>('input[type="file"]')!;
    const pick = (files: File[]) => {
      const dt = new DataTransfer();
      files.forEach((f) => dt.items.add(f));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick([slow, file('other.json', {})]);
    const n = 900_000;
    pick([new File([`{"format":"clinical-leadership-elements/framework-checklist","schema":2,"answers":{"a1":{"x":${'['.repeat(n)}${']'.repeat(n)}}}}`], 'deep.json'), file('chair.json', { a1: { status: 'completed', note: '' } })]);
    await until(() => host.said.length > 0, 'the comparison is announced');
    await new Promise((r) => setTimeout(r, 400)); // the first load's slow file has been read by now
    expect(host.said).to.deep.equal(['Comparing the answers of 1 member; 1 file could not be read.']);
    expect(shadow(host).querySelector('[role="alert"] li')!.textContent!.replace(/\s+/g, ' ')).to.equal('“deep.json”: The file is nested too deeply to be a checklist export.');
    expect(textOf(host)).to.contain('Comparing 1 member: chair.json.');
  });

  it('in forced colours, draws Completed and In progress differently in the bars and the legend (issue 29)', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    await choose(host, three());
    const row = shadow(host).querySelector('tr[data-prompt-id="a2"]')!; // 1 in progress, 1 completed
    const seg = (s: string) => row.querySelector(`.seg--${s}`)!.getBoundingClientRect();
    const key = (s: string) => shadow(host).querySelector(`.compare-legend .seg--${s}`)!.getBoundingClientRect();
    expect(await drawnAt(seg('completed')), 'distinct without forced colours').not.to.equal(await drawnAt(seg('in-progress')));
    await forcedColours(true);
    try {
      const completed = await drawnAt(seg('completed'));
      expect(await drawnAt(seg('in-progress')), 'bar: In progress unlike Completed').not.to.equal(completed);
      expect(await drawnAt(key('in-progress')), 'legend: In progress unlike Completed').not.to.equal(await drawnAt(key('completed')));
      expect(await drawnAt(key('completed')), 'the legend matches the bar').to.equal(completed);
      await expect(host).to.be.accessible();
    } finally {
      await forcedColours(false);
    }
  });

  it('50 members on many prompts: the table first, the members\' answers a few prompts per render, all there when announced (issue 29)', async () => {
    const many = groupPrompts(Array.from({ length: 12 }, (_, i) => pr(`q${i}`, 'talent', `Question ${i}?`)), [el('talent', 'Talent management')]);
    const host = await fixture<CompareTestHost>(html`<compare-test-host .groups=${many}></compare-test-host>`);
    const lists: number[] = [];
    const observer = new MutationObserver(() => lists.push(shadow(host).querySelectorAll('ul.compare-members').length));
    observer.observe(shadow(host), { childList: true, subtree: true });
    const answers = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`q${i}`, { status: 'completed' as const, note: '' }]));
    await choose(host, Array.from({ length: 50 }, (_, i) => file(`m${i}.json`, answers)));
    observer.disconnect();
    expect(shadow(host).querySelectorAll('tbody tr')).to.have.length(12);
    expect(shadow(host).querySelectorAll('ul.compare-members'), 'every prompt has its list by the announcement').to.have.length(12);
    expect(shadow(host).querySelectorAll('ul.compare-members li')).to.have.length(600);
    expect(lists.some((n) => n > 0 && n < 12), 'some renders had only part of the lists').to.equal(true);
    expect(host.said).to.deep.equal(['Comparing the answers of 50 members. They differ on 0 prompts.']);
  });

  it('clears the comparison', async () => {
    const host = await fixture<CompareTestHost>(html`<compare-test-host></compare-test-host>`);
    await choose(host, three());
    shadow(host).querySelector<HTMLButtonElement>('[data-command="clear-compare"]')!.click();
    await host.updateComplete;
    expect(shadow(host).querySelector('table')).to.equal(null);
    expect(shadow(host).querySelector('[role="alert"]')).to.equal(null);
    expect(host.said.at(-1)).to.equal('The comparison has been cleared.');
  });
});
