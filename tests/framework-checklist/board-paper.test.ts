/**
 * The board paper (src/framework-checklist/paper/board-paper.ts): the plain data built from the checklist,
 * and the .docx made from it in the browser, unzipped and read back. docx 9 zips with fflate (its own
 * dependency), so the test unzips with fflate too.
 */
import { expect } from '@open-wc/testing';
import { strFromU8, unzipSync } from 'fflate';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { boardPaperFileName, boardPaperInputFrom, FRAMEWORK_ORIGIN } from '../../src/framework-checklist/paper/board-paper.js';
import { boardPaperBlob } from '../../src/framework-checklist/paper/paper-download.js';
import { COLUMNS, DOCX_TYPE, TEXT_WIDTH, xmlSafe } from '../../src/framework-checklist/paper/board-paper-docx.js';
import { PAPER_FIELDS, resolvePaperFields } from '../../src/framework-checklist/paper/paper-fields.js';
import { compareMembers } from '../../src/framework-checklist/views/compare.js';
import type { AnswerMap } from '../../src/framework-checklist/model/answers.js';
import { groupPrompts } from '../../src/framework-checklist/model/progress.js';
import { DERIVED_NOTE } from '../../src/framework-checklist/answer/prompt.js';

const el = (id: string, title: string): FrameworkElement => ({ id, title, summary: `${title}.`, sourceIds: ['s'] });
const pr = (id: string, elementId: string, text: string, authored: ChecklistPrompt['authored'] = 'derived'): ChecklistPrompt =>
  ({ id, elementId, text, enablerIds: [], sourceIds: ['s'], authored });

const groups = groupPrompts(
  [
    pr('t1', 'talent', 'Do we plan succession for clinical leaders?'),
    pr('t2', 'talent', 'Is the framework key question met?', 'framework'),
    pr('c1', 'culture', 'Do we hear from allied health professionals?'),
  ],
  [el('talent', 'Talent management'), el('culture', 'Culture & <values>')],
);

type Loose = Map<string, { status: 'not-started' | 'in-progress' | 'completed' | 'not-applicable'; note: string; action?: unknown }>;
const answers: Loose = new Map([
  ['t1', { status: 'completed', note: 'Agreed\nin May', action: { what: 'Review the plan', owner: 'Chief people officer', due: '2026-03-12', priority: 'high' } }],
  ['t2', { status: 'in-progress', note: '', action: { what: 'Name a sponsor', owner: 'Chair', due: '2026-01-05', priority: 'medium' } }],
  ['c1', { status: 'not-started', note: 'Bad \u0001 character', action: { what: 'Survey AHPs', owner: '', due: '', priority: '' } }],
]);

const input = () => boardPaperInputFrom(groups, answers as unknown as AnswerMap, {
  title: 'Board self-assessment 2026', organisation: 'Anytown NHS Foundation Trust', date: new Date(2026, 1, 1), updatedAt: '2026-01-31T10:00:00Z',
});

async function documentXml(blob: Blob): Promise<{ files: Record<string, Uint8Array>; xml: string; text: string }> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = strFromU8(files['word/document.xml']);
  // The text a reader sees: each paragraph's runs joined, paragraphs on their own lines.
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return { files, xml, text };
}

describe('framework-checklist board paper', () => {
  it('keeps a due date only when it is a real calendar date (the one rule: 2026-02-31 is not one)', () => {
    const odd: Loose = new Map([['t1', { status: 'in-progress', note: '', action: { what: 'Review', owner: '', due: '2026-02-31', priority: '' } }]]);
    const p = boardPaperInputFrom(groups, odd as unknown as AnswerMap, { date: new Date(2026, 5, 1) });
    expect(p.actions.map((a) => [a.due, a.dueText, a.overdue])).to.deep.equal([['', 'No date', false]]);
  });

  it('builds plain data: progress, prompts with who wrote them, actions by due date with overdue ones marked', () => {
    const p = input();
    expect(p.date).to.equal('2026-02-01');
    expect(p.dateText).to.equal('1 February 2026');
    expect(p.updatedText).to.equal('Answers last changed on 31 January 2026.');
    expect(p.overall).to.deep.equal({ progress: '1 of 3 completed', detail: '1 in progress', completed: 1, total: 3 });
    expect(p.elements.map((e) => e.progress)).to.deep.equal(['1 of 2 completed', '0 of 1 completed']);
    expect(p.elements[0].prompts[1].origin).to.equal(FRAMEWORK_ORIGIN);
    expect(p.elements[0].prompts[0].origin).to.equal(undefined);
    expect(p.actions.map((a) => a.what)).to.deep.equal(['Name a sponsor', 'Review the plan', 'Survey AHPs']);
    // Due before the paper's date and not completed: overdue. Completed prompts' actions never are.
    // "Review the plan" is past due by June too, but its prompt is completed.
    expect(p.actions.map((a) => a.overdue)).to.deep.equal([true, false, false]);
    const earlier = boardPaperInputFrom(groups, answers as unknown as AnswerMap, { date: new Date(2025, 11, 1) });
    expect(earlier.actions.map((a) => a.overdue)).to.deep.equal([false, false, false]);
    const later = boardPaperInputFrom(groups, answers as unknown as AnswerMap, { date: new Date(2026, 5, 1) });
    expect(later.actions.map((a) => a.overdue)).to.deep.equal([true, false, false]);
    expect(p.actions[2]).to.deep.include({ dueText: 'No date', priority: 'Not set', prompt: 'Do we hear from allied health professionals?', element: 'Culture & <values>' });
    expect(p.wordingNotes[0]).to.equal(DERIVED_NOTE);
    expect(p.wordingNotes[1]).to.match(/framework's own key questions, in our paraphrase/);
    expect(later.title).to.equal('Clinical leadership self-assessment');
  });

  it('shows the change per element since a baseline, in the data and in the document', async () => {
    const baseline = { takenAt: '2026-01-10', statuses: new Map([['t2', 'completed' as const]]) };
    const p = boardPaperInputFrom(groups, answers as unknown as AnswerMap, { date: new Date(2026, 1, 1), baseline });
    // Every status move counts, not only moves to Completed (issue 27 changed this wording).
    expect(p.sinceIntro).to.equal('Since the baseline of 10 January 2026:');
    expect(p.sinceBaseline).to.deep.equal([
      'Talent management: 1 → 1 of 2 completed; 2 statuses moved: 1 Not started → Completed, 1 Completed → In progress',
      'Culture & <values>: 0 → 0 of 1 completed; no status moved',
    ]);
    expect(input().sinceBaseline).to.deep.equal([]);
    const { text } = await documentXml(await boardPaperBlob(p));
    expect(text).to.contain('Change since the baseline\nSince the baseline of 10 January 2026:\nTalent management: 1 → 1 of 2 completed; 2 statuses moved: 1 Not started → Completed, 1 Completed → In progress.\n');
    expect((await documentXml(await boardPaperBlob(input()))).text).not.to.contain('Change since the baseline');
  });

  it('reads answers with no action (a schema 1 record) and ignores a malformed action', () => {
    const plain = boardPaperInputFrom(groups, new Map([['t1', { status: 'completed', note: '', action: { what: 5, due: 'soon' } }]]) as unknown as AnswerMap);
    expect(plain.actions).to.deep.equal([]);
  });

  it('makes a valid .docx whose document text has the headings, progress figures and an action row', async () => {
    const blob = await boardPaperBlob(input());
    expect(blob.type).to.equal(DOCX_TYPE);
    const { files, xml, text } = await documentXml(blob);
    expect(Object.keys(files)).to.include.members(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']);
    expect(strFromU8(files['[Content_Types].xml'])).to.contain('wordprocessingml.document.main+xml');
    expect(strFromU8(files['docProps/core.xml'])).to.contain('<dc:title>Board self-assessment 2026</dc:title>');
    for (const line of ['Board self-assessment 2026', 'Anytown NHS Foundation Trust', 'Board paper, 1 February 2026. Answers last changed on 31 January 2026.',
      'Progress', 'Overall: 1 of 3 completed (1 in progress).', 'Summary', 'Action plan', 'About the prompts', DERIVED_NOTE]) {
      expect(text.split('\n'), line).to.include(line);
    }
    // Per element progress, in the table and under each element's heading; & and < survive as text.
    expect(text).to.contain('Talent management\n1 of 2 completed (1 in progress).\n');
    expect(text).to.contain('Culture & <values>\n0 of 1 completed.\n');
    expect(xml).to.contain('Culture &amp; &lt;values&gt;');
    // Headings are Word headings (the navigation pane), and the tables' first rows repeat.
    expect(xml).to.match(/<w:pStyle w:val="Heading1"\/>.*?Action plan/s);
    expect(xml).to.contain('<w:tblHeader');
    // The action plan: one row per action, by due date.
    expect(text).to.contain('What\nOwner\nDue\nPriority\nPrompt\nName a sponsor\nChair\n5 January 2026 (overdue)\nMedium\nIs the framework key question met? (Talent management)\n');
    expect(text).to.contain('Survey AHPs\nNo owner\nNo date\nNot set\n');
    // The summary: each prompt with its status and note (line breaks kept, a control character dropped).
    expect(text).to.contain('Do we plan succession for clinical leaders?\nCompleted\nAgreed\nin May\n');
    expect(text).to.contain(`Is the framework key question met?\n(${FRAMEWORK_ORIGIN})\nIn progress\nNone\n`);
    expect(text).to.contain('Bad   character'); // issue 27: a control character becomes a space (it was dropped)
    expect(xml).not.to.contain('\u0001');
  });

  it('marks overdue actions in words', async () => {
    const blob = await boardPaperBlob(boardPaperInputFrom(groups, answers as unknown as AnswerMap, { date: new Date(2026, 5, 1) }));
    const { text } = await documentXml(blob);
    expect(text).to.contain('3 actions, by due date; 1 overdue at 1 June 2026.');
    expect(text).to.contain('5 January 2026 (overdue)');
  });

  it('says so when there are no actions, and keeps only XML-safe text', async () => {
    const { text } = await documentXml(await boardPaperBlob(boardPaperInputFrom(groups, new Map())));
    expect(text).to.contain('No actions have been recorded.');
    // Issue 27: a control character becomes a space (no two words glued together); a lone surrogate goes.
    expect(xmlSafe('a\u0000b\uD800c\uD83D\uDE00')).to.equal('a bc\uD83D\uDE00');
    expect(xmlSafe('Pasted\u000bfrom\u000cthe page')).to.equal('Pasted\nfrom\nthe page'); // Word's manual line break stays one
  });

  it('names the file after the storage key and the date', () => {
    expect(boardPaperFileName('Board 2026!', new Date(2026, 11, 2))).to.equal('board-paper-board-2026-2026-12-02.docx');
    expect(boardPaperFileName(undefined, new Date(2026, 11, 2))).to.equal('board-paper-2026-12-02.docx');
  });

  it('is a Word document that behaves like one: outline-level heading styles kept with the next, Arial 12 pt en-GB, fixed column widths, a footer with page numbers, the title set', async () => {
    const { files, xml } = await documentXml(await boardPaperBlob(input()));
    const styles = strFromU8(files['word/styles.xml']);
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`, 's').exec(styles)?.[0] ?? '';
    expect(style('Heading1')).to.contain('<w:name w:val="Heading 1"/>').and.contain('<w:outlineLvl w:val="0"/>').and.contain('<w:keepNext/>');
    expect(style('Heading2')).to.contain('<w:name w:val="Heading 2"/>').and.contain('<w:outlineLvl w:val="1"/>').and.contain('<w:keepNext/>');
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)![0];
    expect(defaults).to.contain('w:ascii="Arial"').and.contain('<w:sz w:val="24"/>').and.contain('<w:lang w:val="en-GB"/>');
    expect(strFromU8(files['docProps/core.xml'])).to.contain('<dc:title>Board self-assessment 2026</dc:title>');
    // Header rows repeat and never split; the columns have the widths set for their content, fixed.
    expect(xml.match(/<w:tblHeader\/>/g)).to.have.length(4); // progress, two elements, action plan
    expect(xml).to.contain('<w:tblLayout w:type="fixed"/>');
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1].matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
    const share = (cols: readonly number[]) => cols.map((c) => Math.floor((TEXT_WIDTH * c) / 100));
    expect(grids).to.deep.include(share(COLUMNS.summary)).and.deep.include(share(COLUMNS.plan));
    expect(share(COLUMNS.plan)[3]).to.be.greaterThan(1100); // "Priority" and "Medium" fit on one line at 12 pt
    // The line before each table stays with it.
    expect(xml).to.match(/<w:keepNext\/>.*?1 of 2 completed \(1 in progress\)\.<\/w:t>/s);
    // The footer: title and organisation, the date, "Page x of y" as fields.
    const rels = strFromU8(files['word/_rels/document.xml.rels']);
    expect(xml).to.match(/<w:footerReference w:type="default" r:id="(rId\d+)"\/>/);
    const footerName = /Target="(footer\d+\.xml)"/.exec(rels)![1];
    const footer = strFromU8(files[`word/${footerName}`]);
    expect(footer).to.contain('Board self-assessment 2026 · Anytown NHS Foundation Trust').and.contain('1 February 2026 · Page ');
    expect(footer).to.contain('<w:instrText xml:space="preserve">PAGE</w:instrText>').and.contain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
  });

  it('opens with the cover sheet when Paper details are filled in, as the page changed its fields; the rest starts on a new page', async () => {
    const paper = Object.fromEntries([
      ['meeting', 'Trust Board (public)'], ['purpose', 'For assurance'], ['summary', 'Key messages.\n\nSecond paragraph.'],
      ['recommendation', 'The board is asked to note the report.'], ['quality-impact', 'Hidden by this page, kept in the record'], ['finance-impact', 'None'],
    ]);
    const paperFields = [{ id: 'meeting', label: 'Committee' }, { id: 'quality-impact', hidden: true }, { id: 'finance-impact', label: 'Finance impact', kind: 'textarea' }];
    const p = boardPaperInputFrom(groups, answers as unknown as AnswerMap, { date: new Date(2026, 1, 1), paper, paperFields });
    expect(p.cover.map((c) => [c.label, c.long])).to.deep.equal([
      ['Committee', false], ['Purpose of this paper', false], ['Executive summary', true], ['Recommendation', true], ['Finance impact', true],
    ]);
    const { xml, text } = await documentXml(await boardPaperBlob(p));
    expect(text).to.contain('Board paper, 1 February 2026.\nCover sheet\nCommittee\nTrust Board (public)\nPurpose of this paper\nFor assurance\nExecutive summary\nKey messages.\nSecond paragraph.\nRecommendation\nThe board is asked to note the report.\nFinance impact\nNone\nProgress\n');
    expect(text).not.to.contain('Hidden by this page');
    expect(xml).to.match(/<w:pageBreakBefore\/>.*?Progress/s);
    // No cover sheet without Paper details, and no page break before Progress.
    const plain = await documentXml(await boardPaperBlob(input()));
    expect(plain.text).not.to.contain('Cover sheet');
    expect(plain.xml).not.to.contain('<w:pageBreakBefore');
  });

  it('says how many members answered and, per element, where they agreed and differed', async () => {
    const member = (label: string, status: 'completed' | 'in-progress') => ({ label, answers: new Map([['t1', { status, note: '' }], ['c1', { status: 'completed' as const, note: '' }]]) });
    const comparison = compareMembers(groups, [member('a.json', 'completed'), member('b.json', 'in-progress'), member('c.json', 'completed')]);
    const p = boardPaperInputFrom(groups, answers as unknown as AnswerMap, { date: new Date(2026, 1, 1), comparison });
    const { text } = await documentXml(await boardPaperBlob(p));
    expect(text).to.contain("Members' answers compared\n3 members' answers were compared (each member's own downloaded answers). Notes and actions are not compared.\n");
    expect(text).to.contain('Talent management\nAgreed on 1 of 2 prompts; differed on 1.\nPrompt\nMembers\' answers\nAgreement\nDo we plan succession for clinical leaders?\n1 in progress, 2 completed\nAnswers differ\n');
    expect(text).to.contain('Culture & <values>\nAgreed on 1 of 1 prompts.\n');
    expect(text).not.to.contain('a.json'); // members are counted, not named
    expect((await documentXml(await boardPaperBlob(input()))).text).not.to.contain("Members' answers compared");
  });

  it('prints an action owner whole (the record allows 2,000 characters) and turns a pasted vertical tab into a line break', async () => {
    const owner = `Director of Workforce ${'and Organisational Development '.repeat(70)}`.slice(0, 2000).trim();
    const long: Loose = new Map([['t1', { status: 'in-progress', note: 'Pasted\u000Bfrom\u000Cthe note', action: { what: 'Plan', owner, due: '', priority: '' } }]]);
    const p = boardPaperInputFrom(groups, long as unknown as AnswerMap, { date: new Date(2026, 1, 1) });
    expect(p.actions[0].owner).to.equal(owner);
    expect(owner.length).to.be.greaterThan(1900);
    const { text } = await documentXml(await boardPaperBlob(p));
    expect(text).to.contain(`Plan\n${owner}\nNo date\n`);
    expect(text).to.contain('Pasted\nfrom\nthe note');
  });

  it('paperFields: relabels, hides and adds fields; names what it cannot use and applies the rest', () => {
    expect(resolvePaperFields(undefined).fields.map((f) => f.id)).to.deep.equal(PAPER_FIELDS.map((f) => f.id));
    const { fields, errors } = resolvePaperFields([
      { id: 'meeting', label: 'Committee', hint: 'Which committee' }, { id: 'purpose', options: ['For noting'] }, { id: 'author', hidden: true },
      { id: 'finance-impact', label: 'Finance impact', kind: 'textarea' }, { id: 'Bad Id' }, { id: 'new-one' }, { id: 'pick', label: 'Pick', kind: 'choice' },
      { id: 'x', kind: 'date' }, 'text', { id: 'nothing-here', hidden: true },
    ]);
    expect(fields.find((f) => f.id === 'meeting')).to.deep.include({ label: 'Committee', hint: 'Which committee' });
    expect(fields.find((f) => f.id === 'purpose')!.options).to.deep.equal(['For noting']);
    expect(fields.some((f) => f.id === 'author')).to.equal(false);
    expect(fields.at(-1)).to.deep.equal({ id: 'finance-impact', label: 'Finance impact', kind: 'textarea' });
    expect(errors).to.deep.equal([
      'paper-fields item 5 needs an "id" written as a slug (for example "finance-impact")',
      'paper-fields item 6 ("new-one") adds a field, so it needs a "label"',
      'paper-fields item 7 ("pick") is a choice, so it needs "options"',
      'paper-fields item 8 ("x"): kind must be "text", "textarea" or "choice"',
      'paper-fields item 9 must be an object, not text',
      'paper-fields item 10: there is no field "nothing-here" to hide',
    ]);
    expect(resolvePaperFields('{not json').errors).to.deep.equal(['paper-fields is not valid JSON']);
    expect(resolvePaperFields({ id: 'meeting' }).errors).to.deep.equal(['paper-fields must be a list, not object']);
  });
});
