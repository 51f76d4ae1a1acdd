/**
 * The open board-profile record format: every file the board profile writes (its JSON download and
 * the "Share with the system" record) passes the published schema (the same valibot definition the
 * build emits as dist/schema/board-profile.schema.json) and loads in the system view.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import '../src/board-profile.js';
import type { BoardProfile, Seat } from '../src/board-profile.js';
import { toJson } from '../src/board-profile/storage.js';
import { BACKGROUNDS, MEMBERSHIPS, ODS_CODE, SIDES, toSharedRecord } from '../src/data/board-record.js';
import { BoardProfileFileSchema, SharedBoardRecordSchema } from '../src/data/board-record-schema.js';
import { readRecord } from '../src/system-board-profile/read.js';
import { downloads } from './downloads.js';
import { fold, shadow, until } from './helpers.js';

const seatArb = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  role: fc.string({ maxLength: 120 }).map((r) => r.trim()),
  membership: fc.constantFrom(...MEMBERSHIPS),
  side: fc.constantFrom(...SIDES),
  background: fc.constantFrom(...BACKGROUNDS),
}) as fc.Arbitrary<Seat>;

describe('board profile record format', () => {
  it("accepts the board profile's JSON download for any board it can hold", () => {
    fc.assert(fc.property(fc.array(seatArb, { maxLength: 40 }), fc.boolean(), (seats, foundationTrust) => {
      const file = JSON.parse(toJson({ foundationTrust, seats, snapshots: [{ label: 'May 2026 board', savedAt: '2026-05-01T09:00:00.000Z', seats }] } as never));
      const result = v.safeParse(BoardProfileFileSchema, file);
      expect(result.success, JSON.stringify(result.issues?.[0]?.message)).to.equal(true);
      expect(readRecord(file, 'f.json').ok).to.equal(true);
    }), { numRuns: 60 });
  });

  it('accepts every shared record made from a board profile, and refuses a bad ODS code', () => {
    fc.assert(fc.property(fc.array(seatArb, { maxLength: 40 }), fc.stringMatching(/^[A-Z0-9]{1,9}$/), (seats, code) => {
      const record = toSharedRecord({ foundationTrust: true, seats }, { name: 'Example Trust (fictional)', odsCode: code, date: '2026-11-05', sharedWith: { [seats[0]?.id ?? 'x']: ['ZZ1'] } });
      expect(v.safeParse(SharedBoardRecordSchema, JSON.parse(JSON.stringify(record))).success).to.equal(true);
    }), { numRuns: 60 });
    const bad = toSharedRecord({ foundationTrust: false, seats: [] }, { name: 'X', odsCode: 'RX-1', date: '2026-11-05' });
    expect(v.safeParse(SharedBoardRecordSchema, bad).success).to.equal(false);
  });

  it('treats an ODS code as 1 to 9 letters and digits, nothing more', () => {
    for (const ok of ['R', 'RXX', 'G7H8J', 'rxx', '123456789']) expect(ODS_CODE.test(ok), ok).to.equal(true);
    for (const bad of ['', '1234567890', 'RX-1', 'R X', 'RXÉ']) expect(ODS_CODE.test(bad), bad).to.equal(false);
  });

  it('the board profile writes both files from the page, each valid and read by the system view', async () => {
    const seats: Seat[] = [
      { id: 'a', role: 'Chief Nurse', membership: 'voting', side: 'executive', background: 'nurse' },
      { id: 'b', role: 'Director of AHPs', membership: 'attends', side: 'executive', background: 'ahp', shared: true },
    ];
    const el = await fixture<BoardProfile>(html`<board-profile foundation-trust .seats=${seats}></board-profile>`);
    await until(() => !!shadow(el).querySelector('[data-action="json"]'), 'board profile ready');
    const [json] = await downloads(() => shadow(el).querySelector<HTMLButtonElement>('[data-action="json"]')!.click());
    expect(v.safeParse(BoardProfileFileSchema, JSON.parse(json.text)).success).to.equal(true);

    // Share with the system: the board's own decision, named as such.
    const details = shadow(el).querySelector<HTMLDetailsElement>('details[part="share"]')!;
    expect(fold(details.querySelector('summary')!.textContent)).to.equal('Share with the system');
    details.open = true;
    await until(() => !!shadow(el).querySelector('#share-name'), 'share form loaded');
    expect(fold(shadow(el).querySelector('.share-form')!.textContent)).to.contain("Sharing it is the board's own decision");
    await expect(el).to.be.accessible();

    const type = async (sel: string, text: string) => {
      const input = shadow(el).querySelector<HTMLInputElement>(sel)!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };
    await type('#share-name', 'Example Hospitals NHS Foundation Trust (fictional)');
    await type('#share-ods', 'ZZ-1');
    const share = () => shadow(el).querySelector<HTMLButtonElement>('[data-action="share"]')!.click();
    expect(await downloads(share)).to.have.length(0);
    await el.updateComplete;
    expect(fold(shadow(el).querySelector('.share-form [role="alert"]')!.textContent)).to.contain('Enter the ODS code: 1 to 9 letters and digits');
    await type('#share-ods', 'zz101');
    expect(fold(shadow(el).querySelector('label[for="share-partners-0"]')!.textContent)).to.equal("Director of AHPs: the other organisations' ODS codes");
    await type('#share-partners-0', 'zz102, ZZ103');
    const [file] = await downloads(share);
    expect(file.name).to.match(/^board-profile-zz101-\d{4}-\d{2}-\d{2}\.json$/);
    const record = JSON.parse(file.text);
    expect(v.safeParse(BoardProfileFileSchema, record).success).to.equal(true);
    expect(record.organisation).to.deep.equal({ name: 'Example Hospitals NHS Foundation Trust (fictional)', odsCode: 'ZZ101', kind: 'foundation-trust' });
    expect(record.seats.map((s: { role: string }) => s.role)).to.deep.equal(['Chief Nurse', 'Director of AHPs']);
    expect(record.seats[1].sharedWith).to.deep.equal(['ZZ102', 'ZZ103']);
    expect(JSON.stringify(record)).not.to.contain('"id"');
    const read = readRecord(record, file.name);
    expect(read.ok && read.record.odsCode).to.equal('ZZ101');
  });
});
