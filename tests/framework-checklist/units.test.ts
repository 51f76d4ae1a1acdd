/** The pure modules behind <framework-checklist>: CSV and JSON, answers, progress and storage. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { checklistCsv, parseExport, toJson } from '../../src/framework-checklist/store/export.js';
import { exportFileName } from '../../src/framework-checklist/toolbar/records.js';
import { csvCell, isFormulaLike, plainText, toCsv } from '../../src/internal/csv.js';
import { changedIds, readAnswers, STATUSES, withAnswer, type AnswerMap, type ChecklistAnswer } from '../../src/framework-checklist/model/answers.js';
import { computeProgress, groupPrompts, groupStatus, progressDetail, progressText } from '../../src/framework-checklist/model/progress.js';
import { fullKey, isEventFor, loadAnswers, parseRecord, problemOf, saveAnswers } from '../../src/framework-checklist/store/record.js';

const el = (id: string, title: string): FrameworkElement => ({ id, title, summary: `${title}.`, sourceIds: ['s'] });
const pr = (id: string, elementId: string, text = id): ChecklistPrompt => ({ id, elementId, text, enablerIds: [], sourceIds: ['s'], authored: 'derived' });
const answers = (o: Record<string, ChecklistAnswer>): AnswerMap => new Map(Object.entries(o));

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"' && cell === '') (quoted = true), i++;
    else if (c === ',') row.push(cell), (cell = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (cell += c), i++;
  }
  if (cell || row.length) throw new Error('no CRLF after the last record');
  return rows;
}

describe('framework-checklist CSV', () => {
  const cells: Array<[string, string, string]> = [
    ['plain text', 'Plain text', 'Plain text'],
    ['empty', '', ''],
    ['a comma', 'a, b', '"a, b"'],
    ['quotes', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['a formula', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['a formula with a comma', '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['a plus before a function', '+SUM(1)', "'+SUM(1)"],
    ['a telephone number (issue 29: no apostrophe on ordinary values)', '+44 20 7946 0000', '+44 20 7946 0000'],
    ['a negative number (issue 29)', '-5', '-5'],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(1)', "'@SUM(1)"],
    ['a leading tab', '\t=1', `"'\t=1"`],
    ['a leading carriage return', '\r=1', `"'\r=1"`],
    ['a DDE payload', `=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`],
    ['an equals later on', 'a=b', 'a=b'],
    ['a leading space then equals (issue 27: LibreOffice "Trim spaces")', ' =1', "' =1"],
    ['an apostrophe', "'quoted", "'quoted"],
    ['unicode', 'café 🩺', 'café 🩺'],
    ['markup', '<script>alert(1)</script>', '<script>alert(1)</script>'],
  ];
  for (const [name, input, output] of cells) {
    it(`writes ${name} safely`, () => {
      expect(csvCell(input)).to.equal(output);
    });
  }

  it('writes records with CRLF, and a reader gets the (neutralised) cells back', () => {
    const rows = cells.map(([name, input]) => [name, input]);
    const csv = toCsv(rows);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(readCsv(csv)).to.deep.equal(cells.map(([name, , output]) => [name, output.startsWith('"') ? readCsv(`${output}\r\n`)[0][0] : output]));
  });

  it('any text survives a write and a read, with formula starts neutralised (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme-composite' }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const back = readCsv(toCsv(rows));
        // Issue 29: the rule is internal/csv.ts's isFormulaLike (tested both ways in tests/record-files.test.ts).
        expect(back).to.deep.equal(rows.map((r) => r.map((c) => (isFormulaLike(plainText(c)) ? `'${plainText(c)}` : plainText(c)))));
      }),
      { numRuns: 300 },
    );
  });

  it('lists every prompt by element, then answers for prompts no longer shown', () => {
    const groups = groupPrompts([pr('a', 'e1', 'Prompt A'), pr('b', 'e2', '=Prompt B')], [el('e1', 'One'), el('e2', 'Two')]);
    const action = { what: '=Fund it', owner: 'Medical director', due: '2027-03-31', priority: 'high' as const };
    const csv = checklistCsv(groups, answers({ b: { status: 'completed', note: 'n', action }, gone: { status: 'in-progress', note: '' } }));
    expect(readCsv(csv)).to.deep.equal([
      // Issue 31: the evidence columns come last.
      ['Element', 'Prompt', 'Status', 'Note', 'Action', 'Action owner', 'Action due', 'Action priority', 'Prompt ID', 'Evidence links', 'Evidence note'],
      ['One', 'Prompt A', 'Not started', '', '', '', '', '', 'a', '', ''],
      ['Two', "'=Prompt B", 'Completed', 'n', "'=Fund it", 'Medical director', '2027-03-31', 'high', 'b', '', ''],
      ['', '(a prompt that is no longer in this checklist)', 'In progress', '', '', '', '', '', 'gone', '', ''],
    ]);
  });

  it('names files from the storage key and the date', () => {
    const date = new Date('2026-08-03T12:00:00Z');
    expect(exportFileName('Board 2026/27', 'csv', date)).to.equal('framework-checklist-board-2026-27-2026-08-03.csv');
    expect(exportFileName(undefined, 'json', date)).to.equal('framework-checklist-2026-08-03.json');
    expect(exportFileName('../../etc/passwd', 'json', date)).to.equal('framework-checklist-etc-passwd-2026-08-03.json');
  });
});

const answerArb = fc.record({ status: fc.constantFrom(...STATUSES), note: fc.string({ unit: 'grapheme-composite', maxLength: 200 }) });
const idArb = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/);

describe('framework-checklist JSON', () => {
  it('round-trips any answers exactly (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(idArb, answerArb, { maxKeys: 20 }), fc.option(fc.constant('2026-08-03T10:00:00.000Z'), { nil: undefined }), (dict, updatedAt) => {
        const map = readAnswers(dict).answers; // drops default answers, as the widget does
        const text = toJson(map, { storageKey: 'k', organisation: 'O', updatedAt });
        const back = parseExport(text);
        expect(back.ok).to.equal(true);
        if (!back.ok) return;
        expect([...back.answers]).to.deep.equal([...map]);
        expect(back.updatedAt).to.equal(updatedAt);
        expect(toJson(back.answers, { storageKey: 'k', organisation: 'O', updatedAt: back.updatedAt })).to.equal(text);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps ids that are names on Object.prototype as plain answers', () => {
    const text = toJson(new Map<string, ChecklistAnswer>([['constructor', { status: 'completed', note: '' }], ['to-string', { status: 'in-progress', note: 'x' }]]));
    const back = parseExport(text);
    expect(back.ok && [...back.answers.keys()]).to.deep.equal(['constructor', 'to-string']);
    expect(({} as Record<string, unknown>).status).to.equal(undefined);
  });

  it('accepts a byte order mark and refuses huge files', () => {
    expect(parseExport(`\uFEFF${toJson(new Map())}`).ok).to.equal(true);
    const huge = parseExport(' '.repeat(2_000_001));
    expect(!huge.ok && huge.errors[0]).to.contain('too large');
  });

  it('lists at most ten problems', () => {
    const bad = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`p${i}`, { status: 'nope' }]));
    const result = parseExport(JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 1, answers: bad }));
    expect(!result.ok && result.errors).to.have.length(11);
    expect(!result.ok && result.errors.at(-1)).to.equal('… and 4 more problems.');
  });
});

describe('framework-checklist answers', () => {
  it('reads valid answers, drops default ones and reports the rest', () => {
    const { answers: read, errors } = readAnswers({
      a: { status: 'completed', note: 'n' },
      b: { status: 'not-started', note: '' },
      c: { status: 'in-progress' },
      d: { status: 'done' },
      'Bad Id': { status: 'completed', note: '' },
      e: 'completed',
      f: { status: 'completed', note: 'x'.repeat(20_001) },
    });
    expect([...read]).to.deep.equal([['a', { status: 'completed', note: 'n' }], ['c', { status: 'in-progress', note: '' }]]);
    expect(errors).to.have.length(4);
    expect(errors.join('\n')).to.contain('answer "d": status must be one of "not-started", "in-progress", "completed", "not-applicable", not "done"');
    expect(errors.join('\n')).to.contain('answer "Bad Id" does not have a valid prompt id');
    expect(errors.join('\n')).to.contain('answer "e" must be an object');
    expect(errors.join('\n')).to.contain('note is longer than 20,000 characters');
  });

  it('sets, clears and compares answers without mutating', () => {
    const before = answers({ a: { status: 'completed', note: '' } });
    const after = withAnswer(before, 'a', { status: 'not-started', note: '' });
    expect(before.size).to.equal(1);
    expect(after.size).to.equal(0);
    const next = withAnswer(after, 'b', { status: 'in-progress', note: 'x' });
    expect(changedIds(before, next)).to.deep.equal(['a', 'b']);
    expect(changedIds(next, new Map(next))).to.deep.equal([]);
  });
});

describe('framework-checklist progress', () => {
  const elements = [el('e1', 'One'), el('e2', 'Two'), el('e3', 'Three')];
  const prompts = [pr('a', 'e1'), pr('b', 'e2'), pr('c', 'e1'), pr('d', 'nowhere'), pr('e', 'e2')];

  it('groups prompts in element order, drops empty elements and collects strays last', () => {
    const groups = groupPrompts(prompts, elements);
    expect(groups.map((g) => [g.id, g.title, g.prompts.map((p) => p.id)])).to.deep.equal([
      ['e1', 'One', ['a', 'c']],
      ['e2', 'Two', ['b', 'e']],
      ['', 'Other prompts', ['d']],
    ]);
  });

  it('counts completed of applicable prompts, overall and by element', () => {
    const groups = groupPrompts(prompts, elements);
    const p = computeProgress(groups, answers({
      a: { status: 'completed', note: '' },
      c: { status: 'not-applicable', note: '' },
      b: { status: 'in-progress', note: '' },
      gone: { status: 'completed', note: '' },
    }));
    expect(p).to.deep.include({ completed: 1, total: 4, inProgress: 1, notStarted: 2, notApplicable: 1 });
    expect(p.byElement.e1).to.deep.equal({ completed: 1, total: 1, inProgress: 0, notStarted: 0, notApplicable: 1 });
    expect(progressText(p)).to.equal('1 of 4 completed');
    expect(progressDetail(p)).to.equal('1 in progress, 1 not applicable');
    expect(groupStatus(p.byElement.e1)).to.equal('completed');
    expect(groupStatus(p.byElement.e2)).to.equal('in-progress');
    expect(groupStatus(p.byElement[''])).to.equal('not-started');
  });

  it('says plainly when nothing applies', () => {
    const t = { completed: 0, total: 0, inProgress: 0, notStarted: 0, notApplicable: 3 };
    expect(progressText(t)).to.equal('All 3 marked not applicable');
    expect(progressText({ ...t, notApplicable: 1 })).to.equal('Marked not applicable');
    expect(progressText({ ...t, notApplicable: 0 })).to.equal('0 of 0 completed');
    expect(groupStatus(t)).to.equal('not-applicable');
  });
});

describe('framework-checklist storage', () => {
  const key = 'units-storage';
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(fullKey(key))) localStorage.removeItem(k);
  });

  it('names the problem from the exception', () => {
    expect(problemOf(new DOMException('x', 'QuotaExceededError'))).to.equal('full');
    expect(problemOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).to.equal('full');
    expect(problemOf(new DOMException('x', 'SecurityError'))).to.equal('blocked');
    expect(problemOf(new TypeError('x'))).to.equal('failed');
    expect(problemOf(null)).to.equal('failed');
  });

  it('saves a versioned record and removes it when there are no answers', () => {
    const map = answers({ a: { status: 'completed', note: 'n' } });
    expect(saveAnswers(key, map, '2026-08-03T10:00:00.000Z')).to.equal(undefined);
    expect(JSON.parse(localStorage.getItem(fullKey(key))!)).to.deep.equal({ schema: 2, updatedAt: '2026-08-03T10:00:00.000Z', answers: { a: { status: 'completed', note: 'n' } } });
    const loaded = loadAnswers(key);
    expect([loaded.loaded, loaded.problem, loaded.updatedAt, [...loaded.answers]]).to.deep.equal([true, undefined, '2026-08-03T10:00:00.000Z', [...map]]);
    saveAnswers(key, new Map(), '2026-08-03T10:00:00.000Z');
    expect(localStorage.getItem(fullKey(key))).to.equal(null);
  });

  it('never throws when storage is blocked, and says it could not read', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('no', 'SecurityError'); } });
    try {
      const loaded = loadAnswers(key);
      expect([loaded.loaded, loaded.problem, loaded.answers.size]).to.deep.equal([false, 'blocked', 0]);
      expect(saveAnswers(key, new Map(), 'x')).to.equal('blocked');
      expect(isEventFor(new StorageEvent('storage', { key: fullKey(key) }), key)).to.equal(false);
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('copies damaged data aside with a time stamp', () => {
    localStorage.setItem(fullKey(key), 'nonsense');
    const loaded = loadAnswers(key, () => new Date('2026-08-03T10:00:00.000Z'));
    expect(loaded.corrupt).to.deep.equal({ reason: 'it is not valid JSON', recovered: 0, asideKey: `${fullKey(key)}:corrupt-2026-08-03T10:00:00.000Z` });
    expect(localStorage.getItem(`${fullKey(key)}:corrupt-2026-08-03T10:00:00.000Z`)).to.equal('nonsense');
    expect(localStorage.getItem(fullKey(key))).to.equal(null);
  });

  it('parses records strictly', () => {
    expect(parseRecord('[]')).to.deep.include({ ok: false, reason: 'it is not a saved checklist' });
    expect(parseRecord('{"schema":3}')).to.deep.include({ ok: false });
    expect(parseRecord('{"schema":1,"answers":{}}')).to.deep.include({ ok: true, updatedAt: undefined });
    expect(parseRecord('{"schema":1,"updatedAt":"yesterday","answers":{}}')).to.deep.include({ ok: true, updatedAt: undefined });
  });

  it('recognises storage events for its key only', () => {
    expect(isEventFor(new StorageEvent('storage', { key: fullKey(key), storageArea: localStorage }), key)).to.equal(true);
    expect(isEventFor(new StorageEvent('storage', { key: null, storageArea: localStorage }), key)).to.equal(true);
    expect(isEventFor(new StorageEvent('storage', { key: `${fullKey(key)}:corrupt-x`, storageArea: localStorage }), key)).to.equal(false);
    expect(isEventFor(new StorageEvent('storage', { key: fullKey(key), storageArea: sessionStorage }), key)).to.equal(false);
  });
});
