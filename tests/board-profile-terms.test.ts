/**
 * <board-profile> terms and tenure (issue 26): first-appointment and term-end dates per seat with
 * the NHS.UK date input and the checklist's date rule, the six- and nine-year notes for chairs and
 * non-executives worded as NHS England words the Code (never "breach" or "legal limit"), the
 * look-ahead naming the voices a board loses, and shared posts. Roles only, never names.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/board-profile.js';
import type { BoardProfile } from '../src/board-profile.js';
import type { Seat } from '../src/board-profile/model.js';
import { lookAhead, lookAheadText, tenureNotes, yearsSince } from '../src/board-profile/tenure.js';
import { fold, shadow, until } from './helpers.js';

const PREFIX = 'clinical-leadership-elements:board-profile:';
const $ = <T extends Element = HTMLElement>(el: BoardProfile, sel: string) => shadow(el).querySelector<T>(sel)!;
let n = 0;
const newKey = () => `terms-${Date.now()}-${n++}`;
const seat = (role: string, background: Seat['background'], extra: Partial<Seat> = {}, side: Seat['side'] = 'non-executive'): Seat =>
  ({ id: `t${n++}`, role, membership: 'voting', side, background, ...extra });
const NOW = new Date(2026, 11, 7);
/** A date `months` from NOW, as YYYY-MM-DD. */
const iso = (months: number, from = NOW) => {
  const d = new Date(Date.UTC(from.getFullYear(), from.getMonth() + months, Math.min(from.getDate(), 28)));
  return d.toISOString().slice(0, 10);
};
const today = new Date();
const rel = (months: number) => iso(months, today);

async function mount(seats: Seat[] | undefined, key = newKey()): Promise<BoardProfile> {
  const el = await fixture<BoardProfile>(html`<board-profile storage-key=${key} .seats=${seats}></board-profile>`);
  await until(() => !shadow(el).querySelector('[part="loading"]'), 'board profile ready');
  return el;
}

describe('<board-profile> terms and tenure (issue 26)', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
  });

  it('notes chairs and non-executives past six years (review expected) and past nine (explanation expected), never a breach', () => {
    const seven = seat('Non-executive Director', 'doctor', { firstAppointed: iso(-84) });
    const ten = seat('Chair', 'not-clinical', { firstAppointed: iso(-120) });
    const five = seat('Non-executive Director', 'not-clinical', { firstAppointed: iso(-60) });
    const exec = seat('Chief Executive', 'not-clinical', { firstAppointed: iso(-150) }, 'executive');
    const notes = tenureNotes([seven, ten, five, exec], NOW);
    expect(notes.map((x) => [x.name, x.level])).to.deep.equal([['Non-executive Director 1 of 2', 'review'], ['Chair', 'explanation']]);
    expect(notes[0].text).to.contain('past six years');
    expect(notes[0].text).to.contain('review expected');
    expect(notes[1].text).to.contain('past nine years');
    expect(notes[1].text).to.contain('explanation expected');
    for (const note of notes) expect(note.text).not.to.match(/breach|legal limit|unlawful/i);
    // Exactly six years is not past six years; a day more is.
    expect(tenureNotes([seat('Chair', 'not-clinical', { firstAppointed: '2020-12-07' })], NOW)).to.have.length(0);
    expect(tenureNotes([seat('Chair', 'not-clinical', { firstAppointed: '2020-12-06' })], NOW)).to.have.length(1);
    expect(yearsSince('2019-12-08', NOW)).to.equal(6);
  });

  it('shows a non-executive appointed seven years ago with the review note and its source', async () => {
    const el = await mount([seat('Chair', 'not-clinical'), seat('Non-executive Director', 'not-clinical', { firstAppointed: rel(-84) })]);
    await until(() => !!shadow(el).querySelector('[part="terms"]'), 'terms view loaded');
    const terms = fold($(el, '[part="terms"]').textContent);
    expect(terms).to.contain('Non-executive Director: past six years (first appointed to the board');
    expect(terms).to.contain('review expected');
    expect(terms).to.contain('As NHS England summarises the Code of governance for NHS provider trusts (section 4.3)');
    expect(terms).to.contain('Sources: Support for NHS organisations: the Code of Governance for NHS Provider Trusts, length of service');
    expect(terms).to.contain('Code of governance for NHS provider trusts. NHS England, 2022');
    expect(terms).to.contain('A code to comply with or explain departures from, not law.');
    expect(terms).not.to.match(/breach|legal limit/i);
    await expect(el).to.be.accessible();
  });

  it('looks ahead: which professional voices leave with which term ends', () => {
    const seats = [
      seat('Chair', 'not-clinical', { termEnds: iso(30) }),
      seat('Chief Nurse', 'nurse', { termEnds: iso(6) }, 'executive'),
      seat('Medical Director', 'doctor', {}, 'executive'),
      seat('Non-executive Director', 'doctor', { termEnds: iso(20), shared: true }),
      { ...seat('Director of Therapies', 'ahp', { termEnds: iso(30) }, 'executive'), membership: 'attends' as const },
    ];
    expect(lookAheadText(lookAhead(seats, 12, NOW), NOW)).to.match(/^In the next 12 months the board loses its only nurse voice \(Chief Nurse, term ends \d+ June 2027\)\./);
    const two = lookAheadText(lookAhead(seats, 24, NOW), NOW);
    expect(two).to.contain('its only nurse voice');
    expect(two).to.contain('1 of its 2 doctor voices (Non-executive Director, a shared post, term ends');
    const three = lookAheadText(lookAhead(seats, 36, NOW), NOW);
    expect(three).to.contain('its only allied health professional voice (Director of Therapies');
    expect(three).to.contain('Term-end dates are recorded for 4 of the 5 seats at the board; the others are not counted.');
    expect(lookAheadText(lookAhead([seat('Chair', 'not-clinical', { termEnds: iso(3) })], 12, NOW), NOW)).to.contain('none of them is a clinical voice');
    expect(lookAheadText(lookAhead([seat('Chair', 'not-clinical')], 12, NOW), NOW)).to.contain('No term-end dates are recorded');
  });

  it('takes dates through the NHS.UK date input with the checklist date rule, saves them and updates the look-ahead', async () => {
    const key = newKey();
    const el = await mount([seat('Chair', 'not-clinical'), seat('Chief Nurse', 'nurse', {}, 'executive')], key);
    el.seats = undefined;
    const row = $(el, `[data-seat-id="${el.getSeats()[1].id}"]`);
    const details = row.querySelector<HTMLDetailsElement>('details.terms-details')!;
    expect(fold(details.querySelector('summary')!.textContent)).to.equal('Terms and tenure (optional): Chief Nurse');
    details.querySelector('summary')!.click();
    await until(() => !!row.querySelector('[id$="-end-day"]'), 'term fields loaded');
    const fieldset = row.querySelector<HTMLFieldSetElement>('fieldset.date:nth-of-type(2)') ?? row.querySelectorAll<HTMLFieldSetElement>('fieldset.date')[1];
    expect(fold(fieldset.querySelector('legend')!.textContent)).to.equal('Term end date');
    expect(fold(fieldset.querySelector('.date-hint')!.textContent)).to.equal('For example, 1 4 2027');
    // A date that does not exist: the checklist's message, shown once the fields are left.
    row.querySelector<HTMLInputElement>('[id$="-end-day"]')!.focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: String(today.getFullYear() + 1) });
    await sendKeys({ press: 'Tab' });
    await until(() => !!row.querySelector('.date-error'), 'error shown');
    expect(fold(row.querySelector('.date-error')!.textContent)).to.equal('Error: Term end date must be a real date');
    expect(fold($(el, '[part="status"]').textContent)).to.equal('Error: Term end date must be a real date.');
    expect(row.querySelector('[id$="-end-day"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.getSeats()[1].termEnds).to.equal(undefined);
    await expect(el).to.be.accessible(); // the error state too
    // Corrected: saved as YYYY-MM-DD, the error goes, the look-ahead names the voice.
    const day = row.querySelector<HTMLInputElement>('[id$="-end-day"]')!;
    day.value = '28';
    day.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => el.getSeats()[1].termEnds === `${today.getFullYear() + 1}-02-28`, 'saved');
    await until(() => !row.querySelector('.date-error'), 'error gone');
    expect(JSON.parse(localStorage.getItem(PREFIX + key)!).seats[1].termEnds).to.equal(`${today.getFullYear() + 1}-02-28`);
    const lookAheadLine = () => fold($(el, '[part="look-ahead"]').textContent);
    $<HTMLSelectElement>(el, '[id$="-horizon"]').value = '24';
    $<HTMLSelectElement>(el, '[id$="-horizon"]').dispatchEvent(new Event('change'));
    await until(() => lookAheadLine().startsWith('In the next 24 months'), 'horizon');
    expect(lookAheadLine()).to.contain('the board loses its only nurse voice (Chief Nurse, term ends 28 February');
    // Shared with another organisation.
    row.querySelector<HTMLInputElement>('[id$="-shared"]')!.click();
    await until(() => el.getSeats()[1].shared === true, 'shared saved');
    await until(() => fold($(el, '[part="terms"]').textContent).includes('Shared with another organisation: Chief Nurse.'), 'shared shown');
    await expect(el).to.be.accessible();
  });

  it('reads a version 1 record as it is, and keeps the new fields when saved again as version 2', async () => {
    const key = newKey();
    const v1 = {
      schema: 1, updatedAt: '2025-01-01T00:00:00.000Z', foundationTrust: true,
      seats: [{ id: 'old-1', role: 'Chief Nurse', membership: 'voting', side: 'executive', background: 'nurse' }],
      snapshots: [{ label: 'January 2025 board', savedAt: '2025-01-01T00:00:00.000Z', seats: [{ id: 'old-1', role: 'Chief Nurse', membership: 'voting', side: 'executive', background: 'nurse' }] }],
    };
    localStorage.setItem(PREFIX + key, JSON.stringify(v1));
    const el = await mount(undefined, key);
    expect(el.getSeats()).to.deep.equal(v1.seats);
    expect(el.foundationTrust).to.equal(true);
    // Registration is not guessed from background: the check names the seat instead.
    expect(fold($(el, '[data-check="statutory-seats"]').textContent)).to.contain('The registration of Chief Nurse is not recorded');
    $(el, '[data-action="add"]').click();
    await until(() => JSON.parse(localStorage.getItem(PREFIX + key)!).schema === 2, 'saved as version 2');
    const saved = JSON.parse(localStorage.getItem(PREFIX + key)!);
    expect(saved.seats[0]).to.deep.equal(v1.seats[0]);
    expect(saved.snapshots[0]).to.deep.include({ label: 'January 2025 board', savedAt: '2025-01-01T00:00:00.000Z' });
    expect(saved.snapshots[0].id).to.be.a('string');
    // A version 1 file loads too.
    const other = await mount(undefined);
    expect(other.importJson(JSON.stringify({ format: 'clinical-leadership-elements/board-profile', ...v1 }))).to.deep.equal([]);
    expect(other.getSeats()).to.deep.equal(v1.seats);
  });

  it('refuses a term date that is not a real date in a file, naming it', async () => {
    const el = await mount(undefined);
    const errors = el.importJson(JSON.stringify({
      format: 'clinical-leadership-elements/board-profile', schema: 2, foundationTrust: false, snapshots: [],
      seats: [{ role: 'Chair', membership: 'voting', side: 'non-executive', background: 'not-clinical', termEnds: '2026-02-31', registration: 'maybe' }],
    }));
    expect(errors.join(' ')).to.contain('seats[0]: termEnds must be a date written YYYY-MM-DD, not "2026-02-31"');
    expect(errors.join(' ')).to.contain('registration must be one of medical, nursing, none');
  });
});
