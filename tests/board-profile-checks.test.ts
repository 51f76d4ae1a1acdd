/**
 * <board-profile>'s two checks as issue 26 asks: the statutory check reads registration, not
 * background (foundation trusts only, dated, no claim about other NHS trusts); the AHP-lead check is
 * information about a named lead and where the post sits, with the one published figure as context.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/board-profile.js';
import type { BoardProfile } from '../src/board-profile.js';
import { render } from 'lit';
import { ahpLeadCheck, checkItem, statutorySeatsCheck } from '../src/board-profile/checks.js';
import type { Seat } from '../src/board-profile/model.js';
import { fold, shadow, until } from './helpers.js';

const PREFIX = 'clinical-leadership-elements:board-profile:';
const $ = <T extends Element = HTMLElement>(el: BoardProfile, sel: string) => shadow(el).querySelector<T>(sel)!;
let n = 0;
const newKey = () => `checks-${Date.now()}-${n++}`;
const seat = (role: string, background: Seat['background'], extra: Partial<Seat> = {}, side: Seat['side'] = 'executive'): Seat =>
  ({ id: `c${n++}`, role, membership: 'voting', side, background, ...extra });

async function mount(seats: Seat[] | undefined, key = newKey(), ft = true): Promise<BoardProfile> {
  const el = await fixture<BoardProfile>(html`<board-profile storage-key=${key} ?foundation-trust=${ft} .seats=${seats}></board-profile>`);
  await until(() => !shadow(el).querySelector('[part="loading"]'), 'board profile ready');
  return el;
}

describe('<board-profile> checks (issue 26)', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
  });

  describe('the statutory check reads registration', () => {
    it('is not satisfied by a nurse-background seat whose holder is not registered', () => {
      const doctor = seat('Medical Director', 'doctor', { registration: 'medical' });
      const lapsed = seat('Chief Nurse', 'nurse', { registration: 'none' });
      const check = statutorySeatsCheck([doctor, lapsed]);
      expect(check.status).not.to.equal('met');
      expect(check.text).to.contain('No voting executive director is recorded as a registered nurse or registered midwife.');
      expect(check.text).to.contain('Chief Nurse is recorded as not registered, so the background does not fill the seat.');
      // Registered: met, whatever else the seat is.
      expect(statutorySeatsCheck([doctor, { ...lapsed, registration: 'nursing' }]).status).to.equal('met');
    });

    it('names a seat whose registration is not recorded instead of counting its background', () => {
      const check = statutorySeatsCheck([seat('Medical Director', 'doctor'), seat('Chief Nurse', 'nurse', { registration: 'nursing' })]);
      expect(check.status).to.equal('not-recorded');
      expect(check.text).to.contain('The registration of Medical Director is not recorded: a professional background is not a registration');
      // Only voting executive directors count: a registered non-executive does not fill the seat.
      const ned = seat('Non-executive Director', 'doctor', { registration: 'medical' }, 'non-executive');
      expect(statutorySeatsCheck([ned, seat('Chief Nurse', 'nurse', { registration: 'nursing' })]).status).to.equal('partly');
    });

    it('says in the widget: registered, foundation trusts only, dated, and no claim about the 2026 Bill', async () => {
      const el = await mount([seat('Medical Director', 'doctor', { registration: 'medical' }), seat('Chief Nurse', 'nurse', { registration: 'none' })]);
      const law = fold($(el, '[data-check="statutory-seats"]').textContent);
      expect(law).to.contain('Law');
      expect(law).not.to.match(/\bMet\b/);
      expect(law).to.contain('National Health Service Act 2006, Schedule 7, paragraph 16(2), as read in its version of 9 May 2022');
      expect(law).to.contain('it applies to NHS foundation trusts');
      expect(law).to.contain('whether later changes such as the 2026 Health Bill alter it is not known here');
      expect(law).not.to.match(/NHS trusts that are not|all NHS trusts/);
      // The registration is chosen per seat, with the law's words.
      const select = $<HTMLSelectElement>(el, '[id$="-registration"]');
      expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
        'Not recorded', 'Registered medical practitioner or registered dentist', 'Registered nurse or registered midwife', 'Neither (or the registration has lapsed)',
      ]);
      const nurse = shadow(el).querySelectorAll<HTMLSelectElement>('[id$="-registration"]')[1];
      nurse.value = 'nursing';
      nurse.dispatchEvent(new Event('change'));
      await until(() => fold($(el, '[data-check="statutory-seats"] .check__kind').textContent).includes('Met'), 'met once registered');
      expect(el.getSeats()[1].registration).to.equal('nursing');
      nurse.value = '';
      nurse.dispatchEvent(new Event('change'));
      await until(() => !('registration' in el.getSeats()[1]), 'not recorded removes the field');
      await expect(el).to.be.accessible();
    });
  });

  describe('the AHP-lead check is information', () => {
    it('does not tell a board with a physiotherapist chief operating officer and no named lead that the recommendation is met', async () => {
      const coo = seat('Chief Operating Officer', 'ahp');
      for (const lead of [undefined, 'none'] as const) {
        const check = ahpLeadCheck([coo], lead);
        expect(check.status).to.equal('info');
        expect(check.text).to.contain('A seat with an allied health professional background (Chief Operating Officer) is not, on its own, a named lead');
        expect(check.text).to.contain('it does not say whether the lead sits on the board');
      }
      const el = await mount([coo], newKey(), false);
      const ahp = $(el, '[data-check="ahp-lead"]');
      expect(fold(ahp.textContent)).not.to.match(/\b(Met|Partly met|Not met)\b/);
      expect(ahp.querySelector('.cl-tag--green, .cl-tag--yellow, .cl-tag--red')).to.equal(null);
      expect(fold(ahp.textContent)).to.contain('Not answered yet');
    });

    it('records whether a lead is named and where the post sits, saves it and shows it as information', async () => {
      const key = newKey();
      const el = await mount([seat('Chief Executive', 'not-clinical')], key, false);
      const select = $<HTMLSelectElement>(el, '#ahp-lead');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'board-member', 'attends', 'reports-to-executive', 'elsewhere', 'none']);
      select.value = 'reports-to-executive';
      select.dispatchEvent(new Event('change'));
      await until(() => fold($(el, '[data-check="ahp-lead"]').textContent).includes('who reports to an executive director'), 'shown');
      expect(JSON.parse(localStorage.getItem(PREFIX + key)!).ahpLead).to.equal('reports-to-executive');
      expect(fold($(el, '[data-check="ahp-lead"]').textContent)).not.to.match(/\b(Met|Not met)\b/);
      el.seats = undefined;
      const again = await mount(undefined, key, false);
      expect($<HTMLSelectElement>(again, '#ahp-lead').value).to.equal('reports-to-executive');
      expect(JSON.parse(again.exportJson()).ahpLead).to.equal('reports-to-executive');
      await expect(again).to.be.accessible();
    });

    it('gives the one published figure as context, UK-wide, with its population and year', async () => {
      const el = await mount([seat('Chief Executive', 'not-clinical')], newKey(), false);
      const ahp = fold($(el, '[data-check="ahp-lead"]').textContent);
      expect(ahp).to.contain('For context, not a target');
      expect(ahp).to.contain('Replied that they employ a chief AHP or equivalent role: 81% (UK NHS trusts and health boards that replied (160 of 217), 2024 (published))');
      expect(ahp).to.contain(': 14% (');
      expect(ahp).to.contain('Freedom of information study of chief AHP roles');
      expect(ahp).to.contain('not a count of English trusts today');
    });
  });

  it('labels the barriers under a missing discipline as recorded in the data set, not reported for the group (F3-19)', async () => {
    const el = await mount([seat('Chief Executive', 'not-clinical')], newKey(), false);
    const gap = $(el, '.gap[data-discipline="midwife"]');
    expect(fold(gap.textContent)).to.contain('Barriers recorded for midwives in the data set:');
    expect(fold(gap.textContent)).not.to.contain('Barriers reported for');
  });

  it('says "Our inference" before a board fact marked inferred', () => {
    const host = document.createElement('ul');
    const check = statutorySeatsCheck([]);
    const fact = { id: 'f', kind: 'law' as const, title: 'T', text: 'Our reading of the statute.', inferred: true, disciplineIds: [], sourceIds: [] };
    render(checkItem(check, fact, undefined, 3), host);
    expect(fold(host.textContent)).to.contain('Our inference: Our reading of the statute.');
    render(checkItem(check, { ...fact, inferred: false }, undefined, 3), host);
    expect(fold(host.textContent)).not.to.contain('Our inference');
  });
});
