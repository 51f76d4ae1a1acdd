/** The checklist's record version 2: actions, the baseline, migration from version 1, and the export round trip. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseExport, toJson } from '../../src/framework-checklist/store/export.js';
import {
  isIsoDate, PRIORITIES, readAnswers, STATUSES, withAnswer, type AnswerMap, type ChecklistAnswer, type ChecklistBaseline,
} from '../../src/framework-checklist/model/answers.js';
import { fullKey, loadAnswers, parseRecord, saveAnswers, serialise } from '../../src/framework-checklist/store/record.js';
import { visibleLength } from '../../src/framework-checklist/answer/prompt.js';
import { dateError } from '../../src/framework-checklist/answer/action-fields.js';
import { planItems } from '../../src/framework-checklist/model/action-plan.js';
import { groupItems } from '../../src/framework-checklist/views/plan-view.js';

const FORMAT = 'clinical-leadership-elements/framework-checklist';
const action = { what: 'Fund two coaching places', owner: 'Medical director', due: '2027-03-31', priority: 'high' as const };

describe('framework-checklist record version 2', () => {
  it('reads a version 1 record exactly, and saves it as version 2 without losing anything', () => {
    const v1 = { schema: 1, updatedAt: '2026-01-02T03:04:05.000Z', answers: { mentors: { status: 'completed', note: 'Owner: Chief Nurse' }, networks: { status: 'not-applicable', note: '' } } };
    const parsed = parseRecord(JSON.stringify(v1));
    expect(parsed.ok).to.equal(true);
    expect(Object.fromEntries(parsed.answers)).to.deep.equal(v1.answers);
    const key = `migration-${Date.now()}`;
    localStorage.setItem(fullKey(key), JSON.stringify(v1));
    const loaded = loadAnswers(key);
    expect(loaded.corrupt).to.equal(undefined);
    saveAnswers(key, loaded.answers, v1.updatedAt, loaded.baseline);
    const v2 = JSON.parse(localStorage.getItem(fullKey(key))!);
    expect(v2).to.deep.equal({ ...v1, schema: 2 });
    localStorage.removeItem(fullKey(key));
  });

  it('loads a version 1 export file, and a version 2 one with actions and a baseline', () => {
    const v1 = parseExport(JSON.stringify({ format: FORMAT, schema: 1, answers: { mentors: { status: 'in-progress', note: 'n' } } }));
    expect(v1.ok && Object.fromEntries(v1.answers)).to.deep.equal({ mentors: { status: 'in-progress', note: 'n' } });
    const baseline = { takenAt: '2026-03-12', answers: { mentors: { status: 'in-progress' } } };
    const v2 = parseExport(JSON.stringify({ format: FORMAT, schema: 2, answers: { mentors: { status: 'completed', note: '', action } }, baseline }));
    expect(v2.ok).to.equal(true);
    if (!v2.ok) return;
    expect(v2.answers.get('mentors')).to.deep.equal({ status: 'completed', note: '', action });
    expect(v2.baseline!.takenAt).to.equal('2026-03-12');
    expect([...v2.baseline!.statuses]).to.deep.equal([['mentors', 'in-progress']]);
  });

  it('keeps an action without a status, and drops an empty action', () => {
    const { answers, errors } = readAnswers({
      a: { status: 'not-started', note: '', action },
      b: { status: 'completed', note: '', action: { what: '', owner: '', due: '', priority: '' } },
      c: { status: 'not-started', note: '', action: { what: '', owner: '', due: '', priority: '' } },
    });
    expect(errors).to.deep.equal([]);
    expect(Object.fromEntries(answers)).to.deep.equal({ a: { status: 'not-started', note: '', action }, b: { status: 'completed', note: '' } });
    const cleared = withAnswer(answers, 'a', { status: 'not-started', note: '', action: { what: '', owner: '', due: '', priority: '' } });
    expect(cleared.has('a')).to.equal(false);
  });

  for (const [name, bad, message] of [
    ['an impossible due date', { ...action, due: '2027-02-30' }, /due date "2027-02-30" is not a real date written YYYY-MM-DD/], // issue 29 (security review I2): says "not a real date"
    ['a due date in another format', { ...action, due: '31/03/2027' }, /due date/],
    ['an unknown priority', { ...action, priority: 'urgent' }, /priority must be/],
    ['an owner that is not text', { ...action, owner: 7 }, /owner must be text/],
    ['an action that is a list', [], /action must be an object/],
  ] as const) {
    it(`refuses ${name}, naming the problem`, () => {
      const result = parseExport(JSON.stringify({ format: FORMAT, schema: 2, answers: { mentors: { status: 'completed', note: '', action: bad } } }));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors.join(' ')).to.match(message);
    });
  }

  it('keeps the paper details (cover sheet) as they are, fields this page does not show included; reads records and files without them', () => {
    const paper = { meeting: 'Trust Board', constructor: 'a trust field called constructor', 'old-field': 'kept' };
    const parsed = parseRecord(serialise(new Map(), '2026-08-03T10:00:00.000Z', undefined, paper));
    expect(parsed.ok && parsed.paper).to.deep.equal(paper);
    expect(JSON.parse(serialise(new Map(), '2026-08-03T10:00:00.000Z')).paper).to.equal(undefined); // none: no "paper" at all
    expect(parseRecord(JSON.stringify({ schema: 2, answers: {}, paper: {} })).paper).to.equal(undefined);
    const file = parseExport(toJson(new Map(), { paper }));
    expect(file.ok && file.paper).to.deep.equal(paper);
    const damaged = parseRecord(JSON.stringify({ schema: 2, answers: { mentors: { status: 'completed', note: '' } }, paper: { meeting: 42 } }));
    expect(damaged).to.deep.include({ ok: false, reason: 'paper details (the cover sheet) are not valid' });
    expect(damaged.answers.size).to.equal(1); // the answers are still read
    expect(parseExport(JSON.stringify({ format: FORMAT, schema: 2, answers: {}, paper: ['a list'] }))).to.deep.equal({
      ok: false, errors: ["The file's paper details (the cover sheet) are not valid."],
    });
  });

  it('refuses a damaged baseline in a file', () => {
    const result = parseExport(JSON.stringify({ format: FORMAT, schema: 2, answers: {}, baseline: { takenAt: 'March', answers: {} } }));
    expect(result.ok).to.equal(false);
  });

  it('round-trips any answers with actions and a baseline through export and import (property)', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}$/);
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const text = fc.string({ unit: 'grapheme-composite', maxLength: 40 });
    const act = fc.record({ what: text, owner: text, due: fc.oneof(fc.constant(''), day), priority: fc.constantFrom('' as const, ...PRIORITIES) });
    const answer = fc.record({ status: fc.constantFrom(...STATUSES), note: text, action: fc.option(act, { nil: undefined }) });
    const baseline = fc.option(fc.record({ takenAt: day, statuses: fc.dictionary(id, fc.constantFrom(...STATUSES)) }), { nil: undefined });
    fc.assert(
      fc.property(fc.dictionary(id, answer, { maxKeys: 12 }), baseline, (raw, b) => {
        let map: AnswerMap = new Map();
        for (const [k, v] of Object.entries(raw)) map = withAnswer(map, k, v as ChecklistAnswer);
        const base: ChecklistBaseline | undefined = b && { takenAt: b.takenAt, statuses: new Map(Object.entries(b.statuses)) };
        const back = parseExport(toJson(map, { baseline: base, updatedAt: '2026-08-03T10:00:00.000Z' }));
        expect(back.ok).to.equal(true);
        if (!back.ok) return;
        expect(Object.fromEntries(back.answers)).to.deep.equal(Object.fromEntries(map));
        expect(back.baseline && { ...back.baseline, statuses: Object.fromEntries(back.baseline.statuses) }).to.deep.equal(
          base && { ...base, statuses: Object.fromEntries(base.statuses) },
        );
        // The stored record round-trips the same way.
        const stored = parseRecord(serialise(map, '2026-08-03T10:00:00.000Z', base));
        expect(Object.fromEntries(stored.answers)).to.deep.equal(Object.fromEntries(map));
      }),
      { numRuns: 200 },
    );
  });
});

describe('framework-checklist dates and counts', () => {
  it('checks due dates as the GOV.UK date input does', () => {
    expect(dateError({ day: '', month: '', year: '' })).to.equal(undefined);
    expect(dateError({ day: '31', month: '3', year: '2027' })).to.equal(undefined);
    expect(dateError({ day: '31', month: '', year: '' })).to.equal('Due date must include a month and a year');
    expect(dateError({ day: '', month: '3', year: '2027' })).to.equal('Due date must include a day');
    expect(dateError({ day: '30', month: '2', year: '2027' })).to.equal('Due date must be a real date');
    expect(dateError({ day: '1', month: '13', year: '2027' })).to.equal('Due date must be a real date');
    expect(dateError({ day: '1', month: '3', year: '27' })).to.equal('Year must include 4 numbers');
    expect(isIsoDate('2028-02-29')).to.equal(true);
    expect(isIsoDate('2027-02-29')).to.equal(false);
  });

  it('counts characters as a reader sees them', () => {
    expect(visibleLength('abc')).to.equal(3);
    expect(visibleLength('👩‍⚕️')).to.equal(1); // a woman health worker: five code points, one character
    expect(visibleLength('🇬🇧')).to.equal(1);
    expect(visibleLength('é')).to.equal(1); // e + combining acute
    expect('👩‍⚕️'.length).to.equal(5);
  });
});

describe('framework-checklist action plan', () => {
  const groups = [
    { id: 'e1', title: 'Building confidence', prompts: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] },
    { id: 'e2', title: 'Talent management', prompts: [{ id: 'c', text: 'C' }, { id: 'd', text: 'D' }] },
  ];
  const answers: Record<string, ChecklistAnswer> = {
    a: { status: 'in-progress', note: '', action: { what: 'Later', owner: 'Chief nurse', due: '2027-06-01', priority: 'low' } },
    b: { status: 'not-started', note: '', action: { what: 'Undated', owner: '', due: '', priority: '' } },
    c: { status: 'not-started', note: '', action: { what: 'Late', owner: 'Medical director', due: '2026-01-01', priority: 'high' } },
    d: { status: 'completed', note: '', action: { what: 'Done late', owner: 'Chief nurse', due: '2026-02-01', priority: '' } },
  };
  const host = { groups, answerFor: (id: string) => answers[id] } as never;

  it('sorts by due date, undated last, and marks overdue actions of prompts not completed', () => {
    const items = planItems(host, new Date('2026-12-02T12:00:00'));
    expect(items.map((i) => [i.action.what, i.overdue])).to.deep.equal([['Late', true], ['Done late', false], ['Later', false], ['Undated', false]]);
  });

  it('groups by owner ("No owner" last) or by element', () => {
    const items = planItems(host, new Date('2026-12-02T12:00:00'));
    expect(groupItems(items, 'owner').map(([name, list]) => [name, list.length])).to.deep.equal([['Chief nurse', 2], ['Medical director', 1], ['No owner', 1]]);
    expect(groupItems(items, 'element').map(([name]) => name)).to.deep.equal(['Talent management', 'Building confidence']);
  });
});
