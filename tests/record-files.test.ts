/**
 * The one file kit that the checklist, the board profile and the Word paper share: the reader and
 * the file-name rule (`src/internal/record-files.ts`), the CSV writer (`src/internal/csv.ts`), and
 * the calendar rule in `internal/iso-date.ts` that "last changed" times are read with.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isIsoDate, isIsoTimestamp, isoDay } from '../src/internal/iso-date.js';
import { csvCell, isFormulaLike, plainText, toCsv } from '../src/internal/csv.js';
import { readJsonFile, readTextFile, recordFileName } from '../src/internal/record-files.js';
import { MAX_FILE_BYTES, parseJsonText } from '../src/internal/record-json.js';
import { readTimestamp } from '../src/framework-checklist/model/answers.js';
import { parseExport, EXPORT_FORMAT } from '../src/framework-checklist/store/export.js';
import { boardPaperFileName } from '../src/framework-checklist/paper/board-paper.js';

/**
 * A reader that splits unquoted text at a comma, a semicolon or a tab, as Excel does in a
 * semicolon-separated locale and LibreOffice does with all three ticked: whichever a spreadsheet
 * uses, no separator inside a cell may start a new one.
 */
function readAnyCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',' || c === ';' || c === '\t') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  return rows;
}

/**
 * An independent oracle for "a spreadsheet could compute this": after leading white space (Trim
 * spaces) it starts with `=` or `@`, or with `+`/`-` followed by anything but digits, spaces,
 * `.`, `,`, `(`, `)` and `%`, or by another operator; or it starts with a tab or carriage return.
 */
function couldCompute(cell: string): boolean {
  if (/^[\t\r]/.test(cell)) return true;
  const t = cell.replace(/^\s+/, '');
  return /^[=@]/.test(t) || (/^[+-]/.test(t) && /[^\d .,()%]|[+-]/.test(t.slice(1)));
}

describe('record files: CSV', () => {
  const neutralised: Array<[string, string, string]> = [
    ['a formula', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['a space, then a formula (LibreOffice "Trim spaces")', ' =1+1', "' =1+1"],
    ['a line feed, then a formula', '\n=1+1', `"'\n=1+1"`],
    ['a no-break space, then a formula', '\u00a0=HYPERLINK("x")', `"'\u00a0=HYPERLINK(""x"")"`],
    ['spaces, then an at sign', '  @SUM(1)', "'  @SUM(1)"],
    ['arithmetic after a minus', '-2+3', "'-2+3"],
    ['a hyphenated telephone number (it subtracts)', '+44-20-7946-0000', "'+44-20-7946-0000"],
    ['a reference after a minus', '-A1', "'-A1"],
    ['a function after a plus', '+SUM(1)', "'+SUM(1)"],
    ['a dash and words', '- first point', "'- first point"],
    ['an at sign', '@team', "'@team"],
    ['a leading tab', '\tindented', `"'\tindented"`],
    ['a leading carriage return', '\r=1', `"'\r=1"`],
    ['a DDE payload', `=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`],
  ];
  const leftAlone: Array<[string, string, string]> = [
    ['a negative number', '-5', '-5'],
    ['a signed decimal', '+1.5', '+1.5'],
    ['a negative number with thousands', '-1,000', '"-1,000"'],
    ['a percentage', '-12.5%', '-12.5%'],
    ['a lone dash', '-', '-'],
    ['a space before a number', ' -5', ' -5'],
    ['a telephone number', '+44 20 7946 0000', '+44 20 7946 0000'],
    ['a telephone number with (0)', '+44 (0)20 7946 0000', '+44 (0)20 7946 0000'],
    ['an equals later on', 'a=b', 'a=b'],
    ['an apostrophe', "'quoted", "'quoted"],
    ['plain text', 'Medical director', 'Medical director'],
  ];
  for (const [name, input, output] of neutralised) {
    it(`neutralises ${name}`, () => {
      expect(csvCell(input)).to.equal(output);
      expect(isFormulaLike(input)).to.equal(true);
    });
  }
  for (const [name, input, output] of leftAlone) {
    it(`leaves ${name} as it is`, () => {
      expect(csvCell(input)).to.equal(output);
      expect(isFormulaLike(input)).to.equal(false);
    });
  }

  it('quotes a semicolon (Excel in semicolon-separated locales) and a tab, so neither starts a new cell', () => {
    expect(csvCell(';=1+1')).to.equal('";=1+1"');
    expect(csvCell('a;b')).to.equal('"a;b"');
    expect(csvCell('a\t=1+1')).to.equal('"a\t=1+1"');
    expect(readAnyCsv(toCsv([['x', ';=1+1', 'a\t=1']]))).to.deep.equal([['x', ';=1+1', 'a\t=1']]);
  });

  it('turns a pasted vertical tab, form feed or other control character into a space', () => {
    expect(csvCell('Pasted\u000bfrom\u000cthe\u0000page')).to.equal('Pasted from the page');
    expect(plainText('a\u0007b\u001fc\u007fd')).to.equal('a b c d');
    expect(plainText('tab\tand\nlines\r\nkept')).to.equal('tab\tand\nlines\r\nkept');
    // After the space, a formula behind it is still caught.
    expect(csvCell('\u000b=1+1')).to.equal("' =1+1");
  });

  it('no text written can be computed by a spreadsheet in any locale, and every cell reads back (property)', () => {
    const chars = fc.constantFrom('=', '+', '-', '@', ' ', '\t', '\r', '\n', '\u000b', '\u00a0', ',', ';', '"', "'", '1', '0', '.', '(', ')', '%', 'A', 'é', '🩺');
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ unit: chars, maxLength: 12 }), fc.string()), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const back = readAnyCsv(toCsv(rows));
        expect(back.map((r) => r.length)).to.deep.equal(rows.map((r) => r.length));
        back.flat().forEach((cell, i) => {
          const input = plainText(rows.flat()[i]);
          expect(couldCompute(cell), JSON.stringify(cell)).to.equal(false);
          expect(cell === input || cell === `'${input}`, JSON.stringify(cell)).to.equal(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('record files: reading', () => {
  const what = 'a checklist export';
  it('parses JSON with or without a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a":1}', what)).to.deep.equal({ ok: true, data: { a: 1 } });
    expect(parseJsonText('[1]', what)).to.deep.equal({ ok: true, data: [1] });
  });

  it('says what is wrong: not text, too large, a CSV, damaged JSON', () => {
    expect(parseJsonText(42, what)).to.deep.equal({ ok: false, error: 'The file could not be read as text.' });
    expect(parseJsonText(' '.repeat(MAX_FILE_BYTES + 1), what)).to.deep.equal({ ok: false, error: 'The file is too large to be a checklist export (the limit is 2 MB).' });
    expect(parseJsonText('\uFEFFElement,Prompt\r\n', what)).to.deep.include({ ok: false, error: 'The file is not a JSON file (a CSV download cannot be loaded back; use the JSON download).' });
    expect(parseJsonText('{"a":', what)).to.deep.include({ ok: false, error: 'The file is not valid JSON; it may be incomplete or damaged.' });
  });

  it('refuses a file over 2 MB by its size, without reading it', async () => {
    let read = false;
    const huge = { size: MAX_FILE_BYTES + 1, text: () => ((read = true), Promise.resolve('{}')) } as unknown as Blob;
    expect(await readTextFile(huge, 'a board profile export')).to.deep.equal({ ok: false, error: 'The file is too large to be a board profile export (the limit is 2 MB).' });
    expect(read).to.equal(false);
  });

  it('reads a chosen file, and a file that cannot be read is a sentence, not a throw', async () => {
    expect(await readJsonFile(new Blob(['\uFEFF{"x":[1]}']), what)).to.deep.equal({ ok: true, data: { x: [1] }, text: '{"x":[1]}' }); // File.text() drops the mark itself
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await readJsonFile(broken, what)).to.deep.equal({ ok: false, error: 'The file could not be read.' });
  });

  it('words the checklist import errors as sentences ("The file\'s there are …" no more)', () => {
    const answers = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`p${i}`, { status: 'completed', note: '' }]));
    const many = parseExport(JSON.stringify({ format: EXPORT_FORMAT, schema: 2, answers }));
    expect(many).to.deep.equal({ ok: false, errors: ['In the file, there are more than 5,000 answers.'] });
    const infinite = parseExport(`{"format":"${EXPORT_FORMAT}","schema":1e999,"answers":{}}`);
    expect(infinite).to.deep.equal({ ok: false, errors: ['The file has no format version this checklist understands.'] });
    const baseline = parseExport(JSON.stringify({ format: EXPORT_FORMAT, schema: 2, answers: {}, baseline: { takenAt: '2026-02-31', answers: {} } }));
    expect(baseline).to.deep.equal({ ok: false, errors: ['In the file, the baseline\'s date "2026-02-31" is not a real date written YYYY-MM-DD.'] });
  });
});

describe('record files: names and dates', () => {
  /** 00:30 on 1 July 2026 in London (BST), which is still 30 June in UTC. */
  function londonJustAfterMidnight(): Date {
    const d = new Date('2026-06-30T23:30:00Z');
    d.getFullYear = () => 2026;
    d.getMonth = () => 6;
    d.getDate = () => 1;
    return d;
  }

  it('names a file by the reader\'s own calendar day, not the UTC day', () => {
    const d = londonJustAfterMidnight();
    expect(recordFileName('framework-checklist', 'Board 2026/27', 'csv', d)).to.equal('framework-checklist-board-2026-27-2026-07-01.csv');
    expect(recordFileName('board-profile', undefined, 'json', d)).to.equal('board-profile-2026-07-01.json');
    expect(boardPaperFileName('Board 2026/27', d)).to.equal('board-paper-board-2026-27-2026-07-01.docx');
    expect(isoDay(d)).to.equal('2026-07-01');
  });

  it('keeps only letters and digits of the storage key, at most 60', () => {
    const d = londonJustAfterMidnight();
    expect(recordFileName('framework-checklist', '../../etc/passwd', 'json', d)).to.equal('framework-checklist-etc-passwd-2026-07-01.json');
    expect(recordFileName('x', `${'a'.repeat(59)}-b`, 'csv', d)).to.equal(`x-${'a'.repeat(59)}-2026-07-01.csv`);
  });

  it('accepts only real calendar dates and real ISO times as "last changed"', () => {
    for (const ok of ['2026-08-03T10:00:00.000Z', '2026-08-03T11:00+01:00', '2026-08-03T10:00:00Z', '2026-08-03', '2028-02-29T00:00:00.000Z']) {
      expect(isIsoTimestamp(ok), ok).to.equal(true);
      expect(readTimestamp(ok), ok).to.equal(ok);
    }
    for (const bad of ['2026-02-31', '2026-02-31T10:00:00Z', '0', '1', 'Tuesday', '2026-13-01', '2027-02-29T00:00:00Z', '2026-08-03T25:00:00Z', '2026-08-03T10:60Z', '2026-08-03 10:00', '', 0, null]) {
      expect(isIsoTimestamp(bad), String(bad)).to.equal(false);
      expect(readTimestamp(bad), String(bad)).to.equal(undefined);
    }
    expect(isIsoDate('2026-02-28')).to.equal(true);
    expect(isIsoDate('2026-02-31')).to.equal(false);
  });
});
