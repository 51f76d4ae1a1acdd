/**
 * <board-profile>'s files, through the one file kit it shares with the checklist
 * (`internal/record-files.ts`, `internal/csv.ts`): dated file names, the 2 MB cap before reading with the file named,
 * the byte order mark, and the CSV writer's rules.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/board-profile.js';
import type { BoardProfile } from '../src/board-profile.js';
import type { Seat } from '../src/board-profile/model.js';
import { isoDay } from '../src/internal/iso-date.js';
import { shadow, until } from './helpers.js';

const PREFIX = 'clinical-leadership-elements:board-profile:';
const $ = <T extends Element = HTMLElement>(el: BoardProfile, sel: string) => shadow(el).querySelector<T>(sel)!;
let n = 0;
const seat = (role: string): Seat => ({ id: `f${n++}`, role, membership: 'voting', side: 'executive', background: 'ahp' });

async function mount(key: string, seats?: Seat[]): Promise<BoardProfile> {
  const el = await fixture<BoardProfile>(html`<board-profile storage-key=${key} .seats=${seats}></board-profile>`);
  await until(() => !shadow(el).querySelector('[part="loading"]'), 'board profile ready');
  return el;
}

/** Chooses a file in "Load from a JSON file" and waits for the preview or the error. */
async function choose(el: BoardProfile, file: File): Promise<string> {
  const notice = () => shadow(el).querySelector('.file-buttons + [part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim();
  const before = notice();
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => !!notice() && notice() !== before, 'import preview');
  return notice()!;
}

describe('<board-profile> files', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
  });

  it('names its downloads by storage key and the local date, as the checklist does', async () => {
    const el = await mount('Board 2026/27', [seat('Chair')]);
    const names: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      $(el, '[data-action="json"]').click();
      $(el, '[data-action="csv"]').click();
      await until(() => names.length === 2, 'both downloads (the file kit is fetched on the first click)');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    const day = isoDay(new Date());
    expect(names).to.deep.equal([`board-profile-board-2026-27-${day}.json`, `board-profile-board-2026-27-${day}.csv`]);
  });

  it('refuses a file over 2 MB as too large, naming it (not "not valid JSON"), and changes nothing', async () => {
    const el = await mount(`files-${Date.now()}`, [seat('Chair')]);
    const text = await choose(el, new File([' '.repeat(2_000_001)], 'huge board.json', { type: 'application/json' }));
    expect(text).to.equal('“huge board.json” cannot be loaded: The file is too large to be a board profile export (the limit is 2 MB). Nothing was changed.');
    expect(el.getSeats().map((s) => s.role)).to.deep.equal(['Chair']);
  });

  it('names the file in every error, and counts "1 seat" in words', async () => {
    const el = await mount(`files-${Date.now()}`, [seat('Chair')]);
    expect(await choose(el, new File(['{"format":'], 'cut.json'))).to.equal('“cut.json” cannot be loaded: The file is not valid JSON; it may be incomplete or damaged. Nothing was changed.');
    const one = JSON.stringify({ format: 'clinical-leadership-elements/board-profile', schema: 1, foundationTrust: false, seats: [seat('Chief AHP')], snapshots: [] });
    const preview = await choose(el, new File([`\uFEFF${one}`], 'one.json'));
    expect(preview).to.match(/^“one\.json” has 1 seat \(you have 1 now\)/);
    $(el, '[data-action="confirm-import"]').click();
    await el.updateComplete;
    expect(el.getSeats().map((s) => s.role)).to.deep.equal(['Chief AHP']);
  });

  it('writes CSV with the shared formula guard: neutralised formulas, plain telephone numbers, quoted semicolons', async () => {
    const el = await mount(`files-${Date.now()}`, [seat('@team lead'), seat('+44 20 7946 0000 line'), seat('Chair;=1+1')]);
    const rows = el.exportCsv().split('\r\n');
    expect(rows[1]).to.match(/^'@team lead,/);
    expect(rows[2]).to.match(/^'\+44 20 7946 0000 line,/); // words after the number: a spreadsheet would try it as a formula
    expect(rows[3]).to.match(/^"Chair;=1\+1",/);
  });
});
