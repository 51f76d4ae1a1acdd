/**
 * Compare without files (src/framework-checklist/views/compare-members.ts): when the checklist's
 * store can list every member's own answers (the SharePoint web part's list store offers
 * `members(key)`), the Compare view offers them by name, compares them like files, and "Use this
 * answer" still writes the board's record. A store without the capability changes nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { recordsAsFiles } from '../../src/framework-checklist/views/compare-members.js';
import { serialise } from '../../src/framework-checklist/store/record.js';
import type { ChecklistAnswer } from '../../src/framework-checklist/model/answers.js';
import { parseExport } from '../../src/framework-checklist/store/export.js';
import { groupPrompts } from '../../src/framework-checklist/model/progress.js';
import type { StorageAdapter } from '../../src/internal/storage.js';
import { CompareTestHost } from './compare-host.js';
import { shadow, textOf, until } from '../helpers.js';

const el = (id: string, title: string): FrameworkElement => ({ id, title, summary: `${title}.`, sourceIds: ['s'] });
const pr = (id: string, elementId: string, text: string): ChecklistPrompt => ({ id, elementId, text, enablerIds: [], sourceIds: ['s'], authored: 'derived' });
const groups = groupPrompts([pr('a1', 'talent', 'Do we plan succession?'), pr('a2', 'talent', 'Do we coach?')], [el('talent', 'Talent management')]);

/** A stored record as the checklist writes it. */
const stored = (answers: Record<string, ChecklistAnswer>) => serialise(new Map(Object.entries(answers)), '2026-12-01T10:00:00.000Z');

class MembersTestHost extends CompareTestHost {
  override storageKey?: string = 'board-2026';
  override groups = groups;
}
customElements.define('members-test-host', MembersTestHost);

const base: StorageAdapter = { load: async () => ({ raw: null }), save: async () => undefined, subscribe: () => () => {} };

async function mount(adapter: StorageAdapter | undefined): Promise<MembersTestHost> {
  const host = await fixture<MembersTestHost>(html`<members-test-host .adapter=${adapter}></members-test-host>`);
  await host.updateComplete;
  return host;
}

describe('framework-checklist Compare without files', () => {
  it('offers nothing new when the store cannot list members', async () => {
    const host = await mount(base);
    expect(shadow(host).querySelector('[data-command="compare-members"]')).to.equal(null);
  });

  it("lists the members who answered by name, compares them, and takes one's answer into the board's record", async () => {
    const keys: string[] = [];
    const adapter = {
      ...base,
      members: async (key: string) => {
        keys.push(key);
        return { records: [
          { label: 'Ann Adams', raw: stored({ a1: { status: 'completed', note: 'Plan agreed' } }) },
          { label: 'Ben Brown', raw: stored({ a1: { status: 'in-progress', note: '' }, a2: { status: 'completed', note: '' } }) },
        ] };
      },
    };
    const host = await mount(adapter);
    const button = shadow(host).querySelector<HTMLButtonElement>('[data-command="compare-members"]')!;
    expect(button.textContent).to.equal("Compare the members' answers");
    button.click();
    await until(() => host.said.length > 0, 'the comparison is announced');
    await host.updateComplete;
    expect(keys).to.deep.equal(['clinical-leadership-elements:checklist:board-2026']);
    expect(host.said[0]).to.equal('Comparing the answers of 2 members. They differ on 2 prompts.');
    expect(textOf(host)).to.contain('Comparing 2 members: Ann Adams, Ben Brown.');
    await expect(host).to.be.accessible();
    const use = shadow(host).querySelector<HTMLButtonElement>('[data-command="use"][data-prompt-id="a1"][data-member="0"]')!;
    expect(use.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Use this answer from Ann Adams');
    use.click();
    await host.updateComplete;
    expect(host.imported.at(-1)!.get('a1')).to.deep.include({ status: 'completed', note: 'Plan agreed' });
  });

  it('names a member whose record cannot be read, compares the others, and says when the store fails', async () => {
    let fail = false;
    const adapter = {
      ...base,
      members: async () => (fail ? { records: [], problem: 'failed' as const } : { records: [{ label: 'Ann Adams', raw: stored({ a1: { status: 'completed', note: '' } }) }, { label: 'Cy <b>Cole</b>', raw: 'not json' }] }),
    };
    const host = await mount(adapter);
    shadow(host).querySelector<HTMLButtonElement>('[data-command="compare-members"]')!.click();
    await until(() => host.said.length > 0, 'announced');
    await host.updateComplete;
    expect(host.said[0]).to.equal('Comparing the answers of 1 member; 1 member could not be read.');
    expect(textOf(host)).to.contain('“Cy <b>Cole</b>”: Their saved answers could not be read.');
    expect(shadow(host).querySelector('b')).to.equal(null);
    fail = true;
    shadow(host).querySelector<HTMLButtonElement>('[data-command="compare-members"]')!.click();
    await until(() => host.said.length > 1, 'announced again');
    expect(host.said[1]).to.equal("The members' answers could not be read from the store. Try again, or compare files.");
    await host.updateComplete;
    expect(textOf(host)).to.contain("The members' answers could not be read from the store.");
  });

  it('says so, visibly, when no member has answered yet', async () => {
    const empty = { ...base, members: async () => ({ records: [] }) };
    const host = await mount(empty);
    shadow(host).querySelector<HTMLButtonElement>('[data-command="compare-members"]')!.click();
    await until(() => host.said.length > 0, 'announced');
    await host.updateComplete;
    expect(host.said[0]).to.equal('No member has answered yet.');
    expect(textOf(host)).to.contain('No member has answered yet.');
    await expect(host).to.be.accessible();
  });

  it('reads a stored record as the export it would have been', () => {
    const { files, failed } = recordsAsFiles([{ label: 'Ann', raw: stored({ a2: { status: 'not-applicable', note: 'n/a' } }) }, { label: 'Arr', raw: '[1]' }]);
    expect(failed.map((f) => f.name)).to.deep.equal(['Arr']);
    const parsed = parseExport(files[0].text);
    expect(parsed.ok && parsed.answers.get('a2')).to.deep.include({ status: 'not-applicable', note: 'n/a' });
  });
});
