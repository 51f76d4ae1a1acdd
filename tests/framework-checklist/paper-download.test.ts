/**
 * <framework-checklist>'s Compare view and its "Download board paper (Word)" button, in the element:
 * axe in the Compare view, three files compared (one invalid), an answer taken into the board's
 * record and saved, and a keyboard-only journey from a status to the downloaded .docx, unzipped.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { strFromU8, unzipSync } from 'fflate';
import '../../src/framework-checklist.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { toJson } from '../../src/framework-checklist/store/export.js';
import { downloadBoardPaper } from '../../src/framework-checklist/paper/paper-download.js';
import type { ChecklistAnswer } from '../../src/framework-checklist/model/answers.js';
import { captureWarnings, shadow, textOf, until } from '../helpers.js';

const PREFIX = 'clinical-leadership-elements:checklist:';
const elements: FrameworkElement[] = [
  { id: 'building-confidence', title: 'Building confidence', summary: 'Helping clinicians lead.', sourceIds: ['s1'] },
  { id: 'talent-management', title: 'Talent management', summary: 'Finding future leaders.', sourceIds: ['s1'] },
];
const prompts: ChecklistPrompt[] = [
  { id: 'mentors', elementId: 'building-confidence', text: 'Can clinicians get a mentor or coach?', enablerIds: [], sourceIds: ['s1'], authored: 'derived' },
  { id: 'networks', elementId: 'building-confidence', text: 'Do leaders have networks beyond the trust?', enablerIds: [], sourceIds: ['s1'], authored: 'derived' },
  { id: 'talent-review', elementId: 'talent-management', text: 'Does the talent review include every profession?', enablerIds: [], sourceIds: ['s1'], authored: 'framework' },
];

let counter = 0;
const newKey = () => `paper-${Date.now()}-${++counter}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);

async function mount(key: string, answers?: Record<string, ChecklistAnswer>): Promise<FrameworkChecklist> {
  if (answers) localStorage.setItem(PREFIX + key, JSON.stringify({ schema: 2, updatedAt: '2026-11-30T09:00:00.000Z', answers }));
  const el = await fixture<FrameworkChecklist>(
    html`<framework-checklist storage-key=${key} organisation="Anytown NHS Foundation Trust" heading="Board self-assessment" .prompts=${prompts} .elements=${elements}></framework-checklist>`,
  );
  await until(() => !!$(el, '#p-mentors-completed'), 'the prompts are shown');
  return el;
}

const file = (name: string, answers: Record<string, ChecklistAnswer>) => new File([toJson(new Map(Object.entries(answers)))], name, { type: 'application/json' });

async function showCompare(el: FrameworkChecklist): Promise<void> {
  $<HTMLButtonElement>(el, '#tab-compare')!.click();
  await until(() => !!$(el, '#compare-files'), 'the Compare view is shown');
}

async function chooseFiles(el: FrameworkChecklist, files: File[]): Promise<void> {
  const input = $<HTMLInputElement>(el, '#compare-files')!;
  const dt = new DataTransfer();
  files.forEach((f) => dt.items.add(f));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => !!$(el, '.compare-summary') || !!$(el, '.compare-errors'), 'the comparison is shown');
}

/** Records what is downloaded (URL.createObjectURL) while `run` runs. */
async function captureDownloads(run: () => Promise<void>): Promise<{ blobs: Blob[]; names: string[] }> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), create.call(URL, b));
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download); // no real download in the test browser
  };
  try {
    await run();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return { blobs, names };
}

async function docxText(blob: Blob): Promise<{ files: Record<string, Uint8Array>; text: string }> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const text = strFromU8(files['word/document.xml']).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&apos;/g, "'");
  return { files, text };
}

const members = () => [
  file('chair.json', { mentors: { status: 'completed', note: 'Mentoring scheme since May' }, networks: { status: 'in-progress', note: '' } }),
  new File(['{"format":"clinical-leadership-elements/framework-checklist","schema":2,"answers":{"mentors":{"status":"finished"}}}'], 'broken.json'),
  file('director.json', { mentors: { status: 'completed', note: '' }, networks: { status: 'completed', note: '' } }),
];

describe('<framework-checklist> Compare view', () => {
  it('is a view of its own, reached from the tabs by keyboard, and axe-clean empty and with three files (one invalid)', async () => {
    const el = await mount(newKey());
    $<HTMLButtonElement>(el, '#tab-answer')!.focus();
    await sendKeys({ press: 'End' });
    await until(() => !!$(el, '#compare-files'), 'End shows the last view, Compare');
    expect(el.view).to.equal('compare');
    expect(shadow(el).activeElement?.id).to.equal('tab-compare');
    expect($(el, '#tab-compare')!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();

    await chooseFiles(el, members());
    expect($(el, '.compare-errors')!.textContent).to.match(/“broken.json”: The file's answer "mentors": status must be one of/);
    expect(textOf(el)).to.contain('Comparing 2 members: chair.json, director.json. Answers differ on 1 prompt.');
    expect(shadow(el).querySelectorAll('.compare-table')).to.have.length(2);
    await expect(el).to.be.accessible();
    shadow(el).querySelectorAll('details.compare-details').forEach((d) => ((d as HTMLDetailsElement).open = true));
    await expect(el).to.be.accessible();
  });

  it('"Use this answer" takes a member\'s answer, note and all, into the board\'s saved record', async () => {
    const key = newKey();
    const el = await mount(key);
    await showCompare(el);
    await chooseFiles(el, members());
    $<HTMLButtonElement>(el, '[data-command="use"][data-prompt-id="mentors"][data-member="0"]')!.click();
    await until(() => el.getAnswer('mentors').status === 'completed', 'the answer is taken');
    expect(el.getAnswer('mentors')).to.deep.include({ status: 'completed', note: 'Mentoring scheme since May' });
    expect(JSON.parse(localStorage.getItem(PREFIX + key)!).answers.mentors).to.deep.equal({ status: 'completed', note: 'Mentoring scheme since May' });
    expect($(el, '[role="status"]')!.textContent).to.contain('is now Completed, from chair.json');
    // The comparison stays while the person moves between views.
    $<HTMLButtonElement>(el, '#tab-answer')!.click();
    await until(() => !!$(el, '#p-mentors-completed'), 'the Answer view');
    expect($<HTMLInputElement>(el, '#p-mentors-completed')!.checked).to.equal(true);
    await showCompare(el);
    expect(textOf(el)).to.contain('Comparing 2 members');
  });
});

describe('<framework-checklist> board paper (Word)', () => {
  it('keyboard only: choose a status, then Tab to "Download board paper (Word)" and press Enter; the .docx holds the answers', async () => {
    const key = newKey();
    const el = await mount(key, {
      networks: { status: 'in-progress', note: 'Regional network', action: { what: 'Join the regional AHP network', owner: 'Chief AHP', due: '2027-03-31', priority: 'high' } },
    } as Record<string, ChecklistAnswer>);
    $<HTMLInputElement>(el, '#p-mentors-not-started')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // radios: the arrow keys choose
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.getAnswer('mentors').status === 'completed', 'Completed chosen by keyboard');
    const { blobs, names } = await captureDownloads(async () => {
      // Back up the page with Shift+Tab to the buttons above the prompts.
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 80 && shadow(el).activeElement?.getAttribute('data-command') !== 'paper'; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Download board paper (Word)');
      await sendKeys({ press: 'Enter' });
      await until(() => /Download started: board-paper-/.test($(el, '[role="status"]')!.textContent!), 'the download is announced', 15000);
    });
    expect(names).to.have.length(1);
    expect(names[0]).to.match(new RegExp(`^board-paper-${key}-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
    const { files, text } = await docxText(blobs[0]);
    expect(files['[Content_Types].xml']).to.not.equal(undefined);
    for (const line of ['Board self-assessment', 'Anytown NHS Foundation Trust', 'Overall: 1 of 3 completed (1 in progress).', 'Action plan']) {
      expect(text.split('\n')).to.include(line);
    }
    expect(text).to.contain('Building confidence\n1 of 2 completed (1 in progress).\n');
    expect(text).to.contain('Join the regional AHP network\nChief AHP\n31 March 2027\nHigh\nDo leaders have networks beyond the trust? (Building confidence)\n');
    expect(text).to.contain("(The framework's key question, paraphrased)");
    await expect(el).to.be.accessible();
  });

  it('when the paper cannot be made: one warning, an announcement, and the answers untouched', async () => {
    const warn = captureWarnings();
    const said: string[] = [];
    try {
      const host = {
        get groups(): never {
          throw new Error('broken groups');
        },
        answerMap: new Map(), renderRoot: document.createElement('div'), announce: (t: string) => said.push(t),
      };
      await downloadBoardPaper(host);
      expect(said.at(-1)).to.match(/^The board paper could not be made/);
      expect(warn.messages).to.have.length(1);
    } finally {
      warn.restore();
    }
  });
});
