import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/board-profile.js';
import type { BoardProfile, BoardProfileChangeDetail } from '../src/board-profile.js';
import { BACKGROUNDS, countSeats, MEMBERSHIPS, SIDES, summaryText, type Seat } from '../src/board-profile/model.js';
import { parseSeats, toCsv } from '../src/board-profile/storage.js';
import { captureWarnings, shadow, until } from './helpers.js';

const PREFIX = 'clinical-leadership-elements:board-profile:';
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: BoardProfile, sel: string) => shadow(el).querySelector<T>(sel)!;
const $$ = (el: BoardProfile, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
let n = 0;
const newKey = () => `test-${Date.now()}-${n++}`;
const seat = (role: string, membership: Seat['membership'], side: Seat['side'], background: Seat['background']): Seat => ({ id: `s${n++}`, role, membership, side, background });

async function mount(key?: string, seats?: Seat[], ft = false): Promise<BoardProfile> {
  const el = await fixture<BoardProfile>(html`<board-profile storage-key=${key ?? ''} ?foundation-trust=${ft} .seats=${seats}></board-profile>`);
  await until(() => !shadow(el).querySelector('[part="loading"]'), 'board profile ready');
  return el;
}

const BOARD = (): Seat[] => [
  seat('Chair', 'voting', 'non-executive', 'not-clinical'),
  seat('Chief Executive', 'voting', 'executive', 'not-clinical'),
  { ...seat('Medical Director', 'voting', 'executive', 'doctor'), registration: 'medical' },
  seat('Non-executive Director', 'voting', 'non-executive', 'doctor'),
  { ...seat('Chief Nurse', 'voting', 'executive', 'nurse'), registration: 'nursing' },
  { ...seat('Director of Midwifery', 'voting', 'executive', 'midwife'), registration: 'nursing' },
  seat('Director of AHPs', 'attends', 'executive', 'ahp'),
];

describe('<board-profile>', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
  });

  it('starts empty with an explanation and a one-click example board, labelled as an example', async () => {
    const el = await mount(newKey());
    expect(fold($(el, '[part="intro"]').textContent)).to.contain('No names or other personal data are needed');
    expect(fold($(el, '[part="empty"]').textContent)).to.contain('No seats yet');
    await expect(el).to.be.accessible();
    $(el, '[data-action="example"]').click();
    await until(() => !!shadow(el).querySelector('[part="summary"]'), 'example shown');
    expect(fold($(el, '.example-tag').textContent)).to.equal('Example board');
    expect(fold($(el, '[part="notice"]').textContent)).to.contain('It is an example, not a real board');
    await expect(el).to.be.accessible();
  });

  it('summarises the voting mix in plain words, and the chart and table agree with it', async () => {
    const seats = BOARD();
    const el = await mount(newKey(), seats);
    const summary = fold($(el, '[part="summary"]').textContent);
    expect(summary).to.equal(
      'Of 6 voting members, 4 have a clinical background: 2 doctors, 1 nurse, 1 midwife. ' +
        'No allied health professional, pharmacist, psychologist, healthcare scientist or social worker. ' +
        'Around the board without a vote: 1 seat, including 1 allied health professional.',
    );
    const svg = $(el, '[part="chart"] svg');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal(summary);
    // The table has the same numbers as the model; the chart's bar labels the same totals.
    const counts = countSeats(seats);
    const rows = $$(el, '[part="table"] tbody tr').map((tr) => [...tr.children].map((c) => fold(c.textContent)));
    expect(rows.find((r) => r[0] === 'Doctor (or dentist)')).to.deep.equal(['Doctor (or dentist)', '2', '0', '0', '0', '2']);
    expect(rows.find((r) => r[0] === 'Allied health professional')).to.deep.equal(['Allied health professional', '0', '0', '1', '0', '1']);
    const total = rows.reduce((sum, r) => sum + Number(r[5]), 0);
    expect(total).to.equal(seats.length);
    expect(counts.doctor.voting).to.equal(2);
    expect([...svg.querySelectorAll('text.value')].map((t) => t.textContent).map(Number).reduce((a, b) => a + b, 0)).to.equal(seats.length);
    await expect(el).to.be.accessible();
  });

  it('checks for a senior strategic AHP lead, and only for foundation trusts the two statutory seats', async () => {
    const el = await mount(newKey(), BOARD());
    const ahp = $(el, '[data-check="ahp-lead"]');
    expect(fold(ahp.textContent)).to.contain('Recommendation');
    // Issue 26: information, not Met / Not met on a seat's background.
    expect(fold(ahp.textContent)).to.contain('Not answered yet: has the organisation named a senior strategic AHP lead');
    expect(fold(ahp.textContent)).not.to.match(/\b(Met|Not met|Partly met)\b/);
    expect(shadow(el).querySelector('[data-check="statutory-seats"]')).to.equal(null);

    $(el, '#foundation-trust').click();
    await until(() => !!shadow(el).querySelector('[data-check="statutory-seats"]'), 'statutory check');
    const law = $(el, '[data-check="statutory-seats"]');
    expect(fold(law.textContent)).to.contain('Law');
    expect(fold(law.textContent)).to.contain('Met');
    expect(fold(law.textContent)).to.contain('Recorded as registered: Medical Director (registered medical practitioner or dentist) and Chief Nurse and Director of Midwifery (registered nurse or midwife).');
    expect(fold(law.textContent)).to.contain('NHS foundation trusts'); // the fact's scope, from the data set

    el.seats = BOARD().filter((s) => s.background !== 'nurse' && s.background !== 'midwife');
    await until(() => fold($(el, '[data-check="statutory-seats"]').textContent).includes('Not met') || fold($(el, '[data-check="statutory-seats"]').textContent).includes('Partly'), 'missing seat');
    expect(fold($(el, '[data-check="statutory-seats"]').textContent)).to.contain('No voting executive director is recorded as a registered nurse or registered midwife.');
    await expect(el).to.be.accessible();
  });

  it('lists barriers, what helped and case studies for each discipline with no seat at the board, firing cl-select', async () => {
    const el = await mount(newKey(), BOARD().filter((s) => s.background !== 'ahp'));
    const gap = $(el, '.gap[data-discipline="ahp"]');
    expect(fold(gap.textContent)).to.contain('No allied health professional at the board');
    expect(fold(gap.textContent)).to.contain('Rachel McKeown');
    const button = gap.querySelector<HTMLButtonElement>('button[data-kind="barrier"]')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'cl-select');
    expect(event.detail.kind).to.equal('barrier');
    expect(event.detail.id).to.equal(button.dataset.id);
    expect(fold($(el, '[part="figures"] summary').textContent)).to.equal('Published figures for context (not targets)');
  });

  it('is fully usable by keyboard: add a seat, name it, choose its background, move it and remove it with undo', async () => {
    const el = await mount(newKey(), BOARD().slice(0, 2));
    $(el, '[data-action="add"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $$(el, '.seat').length === 3, 'seat added');
    expect(shadow(el).activeElement?.id).to.match(/-role$/); // focus moves to the new seat's role
    await sendKeys({ type: 'Chief AHP' });
    await sendKeys({ press: 'Tab' }); // commits the role (change) and reaches Membership
    await until(() => el.getSeats()[2].role === 'Chief AHP', 'role saved');
    for (let i = 0; i < 2; i++) await sendKeys({ press: "Tab" }); // Side, then Background
    const background = shadow(el).activeElement as HTMLSelectElement;
    expect(background.id).to.match(/-background$/);
    background.value = 'ahp';
    background.dispatchEvent(new Event('change'));
    await until(() => el.getSeats()[2].background === 'ahp', 'background saved');
    // Move it up: focus stays on the moved seat's button.
    const row = () => $(el, '[data-seat-id="' + el.getSeats().find((s) => s.role === 'Chief AHP')!.id + '"]');
    row().querySelector<HTMLButtonElement>('[data-action="up"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.getSeats()[1].role === 'Chief AHP', 'moved up');
    expect((shadow(el).activeElement as HTMLElement).closest('.seat')).to.equal(row());
    row().querySelector<HTMLButtonElement>('[data-action="remove"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.getSeats().length === 2, 'removed');
    expect((shadow(el).activeElement as HTMLElement).dataset.action).to.equal('undo');
    await sendKeys({ press: 'Enter' });
    await until(() => el.getSeats().length === 3, 'undone');
    expect(el.getSeats()[1].role).to.equal('Chief AHP');
    await expect(el).to.be.accessible();
  });

  it('saves in this browser, reloads, and compares today with a dated snapshot', async () => {
    const key = newKey();
    const el = await mount(key, BOARD().filter((s) => s.background !== 'ahp'));
    el.seats = undefined;
    $(el, '[data-action="add"]').click(); // a change the element itself makes is saved
    await until(() => !!localStorage.getItem(PREFIX + key), 'saved');
    ($(el, '#snapshot-label') as HTMLInputElement).value = 'March 2026 board';
    $(el, '[data-action="snapshot"]').click();
    await until(() => fold(shadow(el).textContent).includes('Snapshot "March 2026 board" saved.'), 'snapshot saved');
    const seats = el.getSeats();
    const next = seats.map((s, i) => (i === seats.length - 1 ? { ...s, role: 'Director of Therapies', membership: 'attends' as const, background: 'ahp' as const } : s));
    // Edit through the form as a user would: the last seat becomes an AHP who attends.
    const last = $(el, `[data-seat-id="${seats[seats.length - 1].id}"]`);
    const set = (sel: string, value: string) => {
      const input = last.querySelector<HTMLInputElement | HTMLSelectElement>(sel)!;
      input.value = value;
      input.dispatchEvent(new Event('change'));
    };
    set('[id$="-membership"]', 'attends');
    set('[id$="-background"]', 'ahp');
    await until(() => !!shadow(el).querySelector('[part="compare"]'), 'comparison shown');
    expect(fold($(el, '[part="compare"]').textContent)).to.match(/Since March 2026 board \(\d+ \w+ \d{4}\): \+1/);
    expect(fold($(el, '[part="compare"]').textContent)).to.contain('): +1 allied health professional attending; −1 not known background voting.');
    expect(next.length).to.equal(seats.length);

    const again = await mount(key);
    expect(again.getSeats().map((s) => s.background)).to.deep.equal(el.getSeats().map((s) => s.background));
    expect(fold($(again, '#compare-with').textContent)).to.contain('March 2026 board');
  });

  it('never loses what was entered when storage is corrupt or blocked', async () => {
    const key = newKey();
    localStorage.setItem(PREFIX + key, '{not json');
    const warnings = captureWarnings();
    try {
      const el = await mount(key);
      expect(fold($(el, '[part="notice"]').textContent)).to.contain('The saved board profile could not be read');
      const aside = Object.keys(localStorage).find((k) => k.startsWith(`${PREFIX}${key}:corrupt-`));
      expect(aside && localStorage.getItem(aside)).to.equal('{not json');
      expect(warnings.messages.filter((m) => m.includes('could not be read'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    const quiet = captureWarnings();
    try {
      const el = await mount(newKey(), BOARD());
      expect(fold(shadow(el).textContent)).to.contain('Seats cannot be saved in this browser (storage blocked)');
      $(el, '[data-action="add"]').click();
      await until(() => el.getSeats().length === BOARD().length + 1, 'still works in memory');
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(window, 'localStorage', original);
      quiet.restore();
    }
  });

  it('shows readable errors for bad seats and keeps what was there', async () => {
    const el = await mount(newKey(), BOARD());
    const warnings = captureWarnings();
    try {
      el.seats = [{ role: 'X', membership: 'boss', side: 'executive', background: 'wizard' }] as unknown as Seat[];
      await until(() => !!shadow(el).querySelector('[part="error"]'), 'error shown');
    } finally {
      warnings.restore();
    }
    const text = fold($(el, '[part="error"]').textContent);
    expect(text).to.contain('seats[0]: membership must be one of voting, non-voting, attends, executive-team, not "boss"');
    expect(text).to.contain('background must be one of');
    expect(el.getSeats()).to.have.length(BOARD().length);
    expect(el.importJson('{"format":"something-else"}')[0]).to.contain('not a board profile export');
    expect(el.getSeats()).to.have.length(BOARD().length);
    await expect(el).to.be.accessible();
  });

  it('exports formula-safe CSV and round-trips JSON, firing cl-change', async () => {
    const el = await mount(newKey(), [seat('=HYPERLINK("http://x","y")', 'voting', 'executive', 'ahp'), seat('Chair, "the"', 'voting', 'non-executive', 'not-clinical')]);
    const csv = el.exportCsv();
    expect(csv.split('\r\n')[1]).to.equal(`"'=HYPERLINK(""http://x"",""y"")",Voting board member,Executive,Allied health professional,Not recorded,,,No`); // issue 26: four more columns
    expect(csv.split('\r\n')[2]).to.equal('"Chair, ""the""",Voting board member,Non-executive,Not clinical,Not recorded,,,No');
    const json = el.exportJson();
    const other = await mount(newKey());
    setTimeout(() => other.importJson(json));
    const event = (await oneEvent(other, 'cl-change')) as CustomEvent<BoardProfileChangeDetail>;
    expect(event.detail.reason).to.equal('import');
    expect(other.getSeats().map((s) => s.role)).to.deep.equal(el.getSeats().map((s) => s.role));
  });

  it('gives counts that add up for any list of seats, and never throws on any input', () => {
    const seatArb = fc.record({
      id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      role: fc.string({ maxLength: 40 }),
      membership: fc.constantFrom(...MEMBERSHIPS),
      side: fc.constantFrom(...SIDES),
      background: fc.constantFrom(...BACKGROUNDS),
    });
    fc.assert(
      fc.property(fc.array(seatArb, { maxLength: 60 }), (seats) => {
        const counts = countSeats(seats);
        const sum = BACKGROUNDS.reduce((t, b) => t + MEMBERSHIPS.reduce((u, m) => u + counts[b][m], 0), 0);
        expect(sum).to.equal(seats.length);
        expect(summaryText(seats)).to.be.a('string');
        expect(toCsv(seats).split('\r\n')).to.have.length(seats.length + 2);
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => void parseSeats(value)), { numRuns: 300 });
  });
});
