import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/system-board-profile.js';
import type { SystemBoardProfile } from '../src/system-board-profile.js';
import { systemCsv } from '../src/system-board-profile/export.js';
import { footprint, type ReadResult } from '../src/system-board-profile/model.js';
import { readRecord } from '../src/system-board-profile/read.js';
import { SYSTEM_RECORDS, systemFiles } from '../stories/system-board-profile.fixtures.js';
import { downloads } from './downloads.js';
import { captureWarnings, fold, shadow, until } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel)!;
const $$ = (el: Element, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
const cells = (tr: Element) => [...tr.children].map((c) => fold(c.textContent));

async function mount(): Promise<SystemBoardProfile> {
  return fixture<SystemBoardProfile>(html`<system-board-profile heading="Northmoor and Vale (fictional)"></system-board-profile>`);
}

/** Picks files as a person would through the file input. */
async function pick(el: SystemBoardProfile, files: { name: string; text: string }[]): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => /organisations? in view|No organisation/.test($(el, '[part="status"]').textContent ?? ''), 'files read');
}

const row = (el: Element, discipline: string) => cells($(el, `[part="disciplines"] tr[data-discipline="${discipline}"]`));

describe('<system-board-profile>', () => {
  it('loads eight organisations\' files with one invalid, one duplicate and one older record, and shows counts, rows and no ranking', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    expect(fold($(el, '.empty').textContent)).to.equal('No board profiles are loaded yet.');
    const warnings = captureWarnings();
    try {
      await pick(el, systemFiles());
    } finally {
      warnings.restore();
    }
    expect(fold($(el, '[part="status"]').textContent)).to.equal('8 organisations in view; 2 files not used.');
    expect(warnings.messages).to.have.length(1);

    // One clear sentence per file not used, each naming the file; the rest loaded.
    const problems = $$(el, '[part="problems"] li').map((li) => fold(li.textContent));
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(/^board-profile-westfield\.json: not a valid shared board profile: organisation: odsCode must be an ODS code: 1 to 9 letters and digits, such as "RXX" or "G7H8J"; seats\[0\]: membership must be one of/);
    expect(problems[1]).to.equal('board-profile-zz101-copy.json: a duplicate of board-profile-zz101-2026-11-05.json (the same record for Northmoor Teaching Hospitals NHS Foundation Trust (fictional) (ZZ101)); it was not loaded again.');

    // Counts of organisations, with shares (eight is five or more).
    expect(row(el, 'ahp')).to.deep.equal(['Allied health professional', '3 of 8 (38%)', '3 of 8 (38%)', '4 of 8 (50%)']);
    expect(row(el, 'doctor')).to.deep.equal(['Doctor (or dentist)', '7 of 8 (88%)', '7 of 8 (88%)', '0 of 8 (0%)']);
    expect(row(el, 'psychologist')).to.deep.equal(['Psychologist', '0 of 8 (0%)', '0 of 8 (0%)', '1 of 8 (13%)']);

    // The shared AHP post between ZZ103 and ZZ104 is counted once.
    expect(fold($(el, '.shared-note').textContent)).to.equal('1 post is shared between organisations in view; each is counted once here.');
    const ahpSeats = cells($$(el, '[part="seats"] tbody tr').find((tr) => tr.textContent!.includes('Allied health'))!);
    expect(ahpSeats).to.deep.equal(['Allied health professional', '3', '3', '3']);

    // The AHP lead as each board recorded it; the statutory check for the three foundation trusts.
    const leads = $$(el, '.lead-counts li').map((li) => fold(li.textContent));
    expect(leads).to.include('Named; the lead attends the board: 4 of 8 (50%)');
    expect(leads).to.include('Not answered: 1 of 8 (13%)');
    expect(fold($(el, '.law-count').textContent)).to.equal('2 of 3 foundation trusts in view record both registrations among voting executive directors. Each trust\'s row says what is recorded.');

    // Each organisation's row by name; the older Moorside record offered as history.
    const rows = $$(el, '[part="table"] tbody tr');
    expect(rows).to.have.length(8);
    const names = rows.map((tr) => fold(tr.querySelector('.org-name')!.textContent));
    expect(names[0]).to.equal('Eastvale Hospitals NHS Trust (fictional) (ZZ104)');
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    const moorside = rows.find((tr) => tr.dataset.org === 'ZZ103')!;
    expect(fold(moorside.querySelector('summary')!.textContent)).to.equal('1 older record');
    expect(cells(moorside)[2]).to.equal('12 November 2026');
    const vale = cells(rows.find((tr) => tr.dataset.org === 'ZZ102')!);
    expect(vale[7]).to.equal('No voting executive director recorded as a registered medical practitioner or dentist; registration not recorded for 1 seat that could hold it');
    expect(cells(rows.find((tr) => tr.dataset.org === 'ZZ105')!)[7]).to.equal('Does not apply (not a foundation trust)');

    // No league table: one sortable column (by name), no rank, score or traffic-light colours.
    const headers = $$(el, '[part="table"] thead th');
    expect(headers.filter((th) => th.hasAttribute('aria-sort'))).to.have.length(1);
    expect(headers[0].getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, '[part="table"] thead button')).to.have.length(1);
    // Every word on the page but the note that says nothing is ranked.
    const text = fold(shadow(el).textContent).replace(fold($(el, '.no-ranking').textContent), '').toLowerCase();
    expect(fold($(el, '.no-ranking').textContent)).to.contain('listed by name only');
    expect(text).not.to.match(/\brank|\bscore|\bleague|\bbest\b|\bworst\b/);
    expect(shadow(el).querySelector('.cl-tag--red, .cl-tag--green, .cl-tag--yellow')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sorts by name from the keyboard, and by name only', async () => {
    const el = await mount();
    await pick(el, systemFiles().slice(0, 8));
    const sort = $<HTMLButtonElement>(el, '[data-action="sort"]');
    // Tab from the file picker until the sort button has focus.
    $<HTMLInputElement>(el, 'input[type="file"]').focus();
    for (let i = 0; i < 12 && shadow(el).activeElement !== sort; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(sort);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="table"] thead th').getAttribute('aria-sort')).to.equal('descending');
    const first = fold($(el, '[part="table"] tbody tr .org-name').textContent);
    expect(first).to.equal('Vale Community and Mental Health NHS Foundation Trust (fictional) (ZZ102)');
    expect(shadow(el).activeElement).to.equal($(el, '[data-action="sort"]'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '[part="table"] thead th').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('shows counts without shares when fewer than five organisations are in view (records property)', async () => {
    const el = await fixture<SystemBoardProfile>(html`<system-board-profile .records=${SYSTEM_RECORDS.slice(0, 3)}></system-board-profile>`);
    await until(() => fold($(el, '[part="status"]').textContent) === '3 organisations in view.', 'records read');
    expect(row(el, 'ahp')).to.deep.equal(['Allied health professional', '1 of 3', '1 of 3', '2 of 3']);
    expect(fold(shadow(el).textContent)).not.to.contain('%');
    await expect(el).to.be.accessible();
  });

  it("reads the board profile's own download (no name or code) beside shared records", async () => {
    const download = {
      format: 'clinical-leadership-elements/board-profile', schema: 1, updatedAt: '2026-03-12T09:30:00.000Z', foundationTrust: true,
      seats: [{ id: 'a', role: 'Medical Director', membership: 'voting', side: 'executive', background: 'doctor' }], snapshots: [],
    };
    const el = await fixture<SystemBoardProfile>(html`<system-board-profile .records=${[download, SYSTEM_RECORDS[1]]}></system-board-profile>`);
    await until(() => fold($(el, '[part="status"]').textContent) === '2 organisations in view.', 'records read');
    const names = $$(el, '[part="table"] tbody .org-name').map((th) => fold(th.textContent));
    expect(names).to.include('Organisation not named (records[0])');
    const row0 = cells($$(el, '[part="table"] tbody tr').find((tr) => tr.textContent!.includes('not named'))!);
    expect(row0[1]).to.equal('NHS foundation trust');
    expect(row0[7]).to.equal('No voting executive director recorded as a registered medical practitioner or dentist or a registered nurse or midwife; registration not recorded for 1 seat that could hold it');
  });

  it('fetches same-origin src addresses only, and names each one it cannot use', async () => {
    const warnings = captureWarnings();
    let el: SystemBoardProfile;
    try {
      el = await fixture<SystemBoardProfile>(html`<system-board-profile src="/__test__/missing.json https://example.org/board.json /__test__/dataset.json"></system-board-profile>`);
      await until(() => /not used/.test($(el, '[part="status"]').textContent ?? ''), 'src read');
    } finally {
      warnings.restore();
    }
    const problems = $$(el!, '[part="problems"] li').map((li) => fold(li.textContent));
    expect(problems).to.have.length(3);
    expect(problems.find((p) => p.startsWith('/__test__/missing.json'))).to.contain('could not be fetched (the server answered 404)');
    expect(problems.find((p) => p.startsWith('https://example.org/board.json'))).to.contain('only addresses on this site (the same origin) are read');
    expect(problems.find((p) => p.startsWith('/__test__/dataset.json'))).to.contain('not a board profile file');
    await expect(el!).to.be.accessible();
  });

  it("names a CSV download, a damaged file and a file with a byte order mark as the board profile's own file reader does", async () => {
    const el = await mount();
    const [good] = systemFiles();
    const warnings = captureWarnings();
    try {
      await pick(el, [
        { name: 'board.csv', text: 'Role,Membership\r\nChief Nurse,Voting' },
        { name: 'cut-short.json', text: good.text.slice(0, 40) },
        { name: 'from-notepad.json', text: `\uFEFF${good.text}` },
      ]);
    } finally {
      warnings.restore();
    }
    expect(fold($(el, '[part="status"]').textContent)).to.equal('1 organisation in view; 2 files not used.');
    expect($$(el, '[part="problems"] li').map((li) => fold(li.textContent))).to.deep.equal([
      'board.csv: not a JSON file (a CSV download cannot be loaded back; use the JSON download).',
      'cut-short.json: not valid JSON; it may be incomplete or damaged.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('names records that are not a list, with one warning, and throws nothing', async () => {
    const warnings = captureWarnings();
    let el: SystemBoardProfile;
    try {
      el = await fixture<SystemBoardProfile>(html`<system-board-profile .records=${{ not: 'a list' } as unknown as unknown[]}></system-board-profile>`);
      await until(() => /not used/.test($(el, '[part="status"]').textContent ?? ''), 'records read');
    } finally {
      warnings.restore();
    }
    expect(fold($(el!, '[part="problems"] li').textContent)).to.equal('records: must be a list of board records (shared records or board profile downloads).');
    expect(warnings.messages).to.have.length(1);
    await expect(el!).to.be.accessible();
  });

  it('shows the rows a page at a time; Show more moves focus to the first new row; counts cover all', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...SYSTEM_RECORDS[i % 8], organisation: { ...SYSTEM_RECORDS[i % 8].organisation, name: `Example ${String(i).padStart(2, '0')} (fictional)`, odsCode: `ZY${i}` } }));
    const el = await fixture<SystemBoardProfile>(html`<system-board-profile .records=${many}></system-board-profile>`);
    await until(() => fold($(el, '[part="status"]').textContent) === '60 organisations in view.', 'records read');
    expect($$(el, '[part="table"] tbody tr')).to.have.length(50);
    expect(fold($(el, '.org-count').textContent)).to.equal('Showing 50 of 60 organisations');
    expect(row(el, 'ahp')[1]).to.equal('22 of 60 (37%)');
    const more = $<HTMLButtonElement>(el, '[data-action="more"]');
    expect(fold(more.textContent)).to.equal('Show 10 more organisations');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '[part="table"] tbody tr')).to.have.length(60);
    expect(fold($(el, '.org-count').textContent)).to.equal('Showing all 60 organisations');
    expect(shadow(el).activeElement?.textContent).to.contain('Example 50 (fictional)');
    expect(shadow(el).querySelector('[data-action="more"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px column: the tables scroll inside the widget, the page does not', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px"><system-board-profile .records=${SYSTEM_RECORDS}></system-board-profile></div>`);
    const el = wrap.querySelector('system-board-profile')!;
    await until(() => fold($(el, '[part="status"]').textContent) === '8 organisations in view.', 'records read');
    expect(el.scrollWidth).to.be.at.most(320);
    const region = $(el, '[part="organisations"] [role="region"]');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(region.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
    // Wide again: nothing scrolls, so no wrapper is a tab stop.
    wrap.style.width = '2000px';
    await until(() => !shadow(el).querySelector('.scroll[tabindex]'), 'no scrolling region is a tab stop');
  });

  it('downloads the view as CSV and, loaded only on click, as a Word document', async () => {
    const el = await fixture<SystemBoardProfile>(html`<system-board-profile .records=${SYSTEM_RECORDS}></system-board-profile>`);
    await until(() => fold($(el, '[part="status"]').textContent) === '8 organisations in view.', 'records read');
    const [csv] = await downloads(() => $<HTMLButtonElement>(el, '[data-action="csv"]').click());
    expect(csv.name).to.match(/^system-board-profile-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).to.contain('Organisation,Kind,Record dated');
    expect(csv.text).to.contain('Allied health professional,3 of 8 (38%),3 of 8 (38%),4 of 8 (50%)');
    const word = await downloads(async () => {
      $<HTMLButtonElement>(el, '[data-action="word"]').click();
      await until(() => /Word document was made/.test($(el, '.notice').textContent ?? ''), 'Word made', 20000);
    });
    expect(word).to.have.length(1);
    expect(word[0].name).to.match(/\.docx$/);
    expect(word[0].text.slice(0, 2)).to.equal('PK');
  });

  it('keeps the latest record per ODS code and the CSV export is formula-safe', () => {
    const results: ReadResult[] = [
      readRecord({ ...SYSTEM_RECORDS[0], organisation: { ...SYSTEM_RECORDS[0].organisation, name: '=HYPERLINK("x")' } }, 'a.json'),
      readRecord({ ...SYSTEM_RECORDS[0], date: '2025-01-01' }, 'b.json'),
    ];
    const f = footprint(results);
    expect(f.orgs).to.have.length(1);
    expect(f.orgs[0].record.source).to.equal('a.json');
    expect(f.orgs[0].history.map((h) => h.source)).to.deep.equal(['b.json']);
    const csv = systemCsv(f.orgs);
    expect(csv.split('\r\n')[1].startsWith(`"'=HYPERLINK(""x"") (ZZ101)"`)).to.equal(true);
    expect(csv).to.contain('Allied health professional,0 of 1,0 of 1,1 of 1');
  });
});
