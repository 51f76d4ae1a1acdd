/** Comparing several members' exported checklists (src/framework-checklist/views/compare.ts): pure, no DOM. */
import { expect } from '@open-wc/testing';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { agreementText, compareExports, countsText, readMembers } from '../../src/framework-checklist/views/compare.js';
import { nestsDeeperThan, readTextFile } from '../../src/internal/record-files.js';
import { toJson } from '../../src/framework-checklist/store/export.js';
import type { AnswerMap, ChecklistAnswer } from '../../src/framework-checklist/model/answers.js';
import { groupPrompts } from '../../src/framework-checklist/model/progress.js';

const el = (id: string, title: string): FrameworkElement => ({ id, title, summary: `${title}.`, sourceIds: ['s'] });
const pr = (id: string, elementId: string, text = id): ChecklistPrompt => ({ id, elementId, text, enablerIds: [], sourceIds: ['s'], authored: 'derived' });
const answers = (o: Record<string, ChecklistAnswer>): AnswerMap => new Map(Object.entries(o));

const groups = groupPrompts(
  [pr('a1', 'talent', 'Do we plan succession?'), pr('a2', 'talent', 'Do we coach?'), pr('b1', 'culture', 'Do we listen?')],
  [el('talent', 'Talent management'), el('culture', 'Culture')],
);

const chair = toJson(answers({ a1: { status: 'completed', note: 'Plan agreed in May' }, a2: { status: 'in-progress', note: '' } }), { organisation: 'Trust' });
const director = toJson(answers({ a1: { status: 'completed', note: '' }, b1: { status: 'not-applicable', note: 'Not ours' } }));
const broken = '{"format":"clinical-leadership-elements/framework-checklist","schema":1,"answers":{"a1":{"status":"done"}}}';

describe('framework-checklist compare', () => {
  it('compares three files, one of them invalid: a clear error for that file and the other two load', () => {
    const c = compareExports(groups, [
      { name: 'chair.json', text: chair },
      { name: 'broken.json', text: broken },
      { name: 'director.json', text: director },
    ]);
    expect(c.members.map((m) => m.label)).to.deep.equal(['chair.json', 'director.json']);
    expect(c.failed).to.have.length(1);
    expect(c.failed[0].name).to.equal('broken.json');
    expect(c.failed[0].errors.join(' ')).to.match(/answer "a1": status must be one of/);

    const [talent, culture] = c.elements;
    expect(talent.title).to.equal('Talent management');
    const [a1, a2] = talent.prompts;
    expect(a1.counts).to.deep.equal({ 'not-started': 0, 'in-progress': 0, completed: 2, 'not-applicable': 0 });
    expect(a1.disagree).to.equal(false);
    expect(agreementText(a1)).to.equal('All 2 agree');
    // The director did not answer a2: that counts as not started, so they disagree.
    expect(a2.counts['in-progress']).to.equal(1);
    expect(a2.counts['not-started']).to.equal(1);
    expect(a2.disagree).to.equal(true);
    expect(agreementText(a2)).to.equal('Answers differ');
    expect(countsText(a2.counts)).to.equal('1 not started, 1 in progress');
    expect(culture.prompts[0].answers.map((x) => x.answer)).to.deep.equal([
      { status: 'not-started', note: '' },
      { status: 'not-applicable', note: 'Not ours' },
    ]);
    expect(talent.disagreements).to.equal(1);
    expect(c.disagreements).to.equal(2);
    // Each member's answer keeps its note, so a facilitator can take it whole.
    expect(a1.answers[0]).to.deep.include({ member: 0, label: 'chair.json' });
    expect(a1.answers[0].answer.note).to.equal('Plan agreed in May');
  });

  it('reports a file that is not JSON or not an export, and never throws', () => {
    const { members, failed } = readMembers([
      { name: 'notes.csv', text: 'Element,Prompt\r\n' },
      { name: 'other.json', text: '{"hello":1}' },
      { name: '', text: '{' },
      { name: 'chair.json', text: chair },
    ]);
    expect(members).to.have.length(1);
    expect(failed.map((f) => f.name)).to.deep.equal(['notes.csv', 'other.json', 'File 3']);
    expect(failed[0].errors[0]).to.match(/not a JSON file/);
    expect(failed[1].errors[0]).to.match(/not a framework checklist export/);
    expect(failed[2].errors[0]).to.match(/not valid JSON/);
  });

  it('reads version 2 files (actions, baseline) and version 1 files side by side; actions travel with the answer', () => {
    const action = { what: 'Launch coaching', owner: 'Chief nurse', due: '2027-01-31', priority: 'high' as const };
    const v2 = toJson(answers({ a2: { status: 'in-progress', note: '', action } }), { baseline: { takenAt: '2026-06-01', statuses: new Map([['a1', 'completed' as const]]) } });
    const v1 = JSON.stringify({ format: 'clinical-leadership-elements/framework-checklist', schema: 1, answers: { a2: { status: 'in-progress', note: 'old file' } } });
    const c = compareExports(groups, [{ name: 'new.json', text: v2 }, { name: 'old.json', text: v1 }]);
    expect(c.failed).to.deep.equal([]);
    const a2 = c.elements[0].prompts[1];
    expect(a2.answers[0].answer).to.deep.equal({ status: 'in-progress', note: '', action });
    expect(a2.answers[1].answer).to.deep.equal({ status: 'in-progress', note: 'old file' });
    expect(a2.disagree).to.equal(false); // the same status: notes and actions are not compared
  });

  it('gives two files of the same name distinct labels', () => {
    const { members } = readMembers([{ name: 'me.json', text: chair }, { name: 'me.json', text: director }]);
    expect(members.map((m) => m.label)).to.deep.equal(['me.json', 'me.json (2)']);
  });

  it('labels stay unique when a file is really called "me.json (2)" (issue 29)', () => {
    const labels = (names: string[]) => readMembers(names.map((name) => ({ name, text: chair }))).members.map((m) => m.label);
    expect(labels(['me.json', 'me.json', 'me.json (2)'])).to.deep.equal(['me.json', 'me.json (2)', 'me.json (2) (2)']);
    expect(labels(['me.json', 'me.json (2)', 'me.json'])).to.deep.equal(['me.json', 'me.json (2)', 'me.json (3)']);
  });

  it('refuses a deeply nested file when it is read, before anything parses it (900,000 brackets would stall JSON.parse)', async () => {
    const n = 900_000;
    const text = `{"format":"clinical-leadership-elements/framework-checklist","schema":2,"answers":{"a1":{"status":"completed","x":${'['.repeat(n)}${']'.repeat(n)}}}}`;
    expect(await readTextFile(new Blob([text]), 'a checklist export')).to.deep.equal({ ok: false, error: 'The file is nested too deeply to be a checklist export.' });
    // Brackets inside text are not nesting, and 32 levels are allowed.
    const inNote = chair.replace('"completed"', `"completed","note":"${'['.repeat(100)}"`);
    expect(await readTextFile(new Blob([inNote]), 'a checklist export')).to.deep.equal({ ok: true, text: inNote });
    expect(nestsDeeperThan(`${'['.repeat(32)}${']'.repeat(32)}`, 32)).to.equal(false);
    expect(nestsDeeperThan(`${'['.repeat(33)}${']'.repeat(33)}`, 32)).to.equal(true);
  });

  it('says when only one member or none loaded', () => {
    const one = compareExports(groups, [{ name: 'chair.json', text: chair }]);
    expect(one.elements[0].prompts[1].disagree).to.equal(false);
    expect(agreementText(one.elements[0].prompts[1])).to.equal('One member only');
    const none = compareExports(groups, [{ name: 'x.json', text: 'nope' }]);
    expect(none.members).to.have.length(0);
    expect(countsText(none.elements[0].prompts[0].counts)).to.equal('No answers');
    expect(agreementText(none.elements[0].prompts[0])).to.equal('No members');
  });
});
