/** The saved-record behaviour suite (./saved-record-behaviour.ts) against <framework-checklist>: items are prompts, values statuses. */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/framework-checklist.js';
import type { FrameworkChecklist } from '../src/framework-checklist.js';
import type { StorageAdapter } from '../src/internal/storage.js';
import { elements, prompts } from './framework-checklist/shared.js';
import { loadValidators } from '../src/internal/lazy-validation.js';
import { shadow, until } from './helpers.js';
import { runSavedRecordBehaviourTests } from './saved-record-behaviour.js';

const STATUSES = ['completed', 'in-progress', 'not-applicable'];
const PREFIX = 'clinical-leadership-elements:checklist:';

before(() => loadValidators());

runSavedRecordBehaviourTests({
  tag: 'framework-checklist',
  prefix: PREFIX,
  async mount(key: string, adapter?: StorageAdapter) {
    const el = await fixture<FrameworkChecklist>(html`<framework-checklist .adapter=${adapter} storage-key=${key} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
    await until(() => !!shadow(el).querySelector('#p-mentors-completed') && !shadow(el).textContent!.includes('Loading your saved answers'), 'the checklist is ready');
    return el;
  },
  items: ['mentors', 'networks'],
  async edit(el: LitElement, id: string, variant: number) {
    shadow(el).querySelector<HTMLInputElement>(`#p-${id}-${STATUSES[variant]}`)!.click();
    await el.updateComplete;
  },
  shown(el: LitElement, id: string) {
    const status = (el as FrameworkChecklist).getAnswer(id).status;
    return status === 'not-started' ? undefined : status;
  },
  stored: (raw, id) => (raw ? JSON.parse(raw).answers?.[id]?.status : undefined),
  value: (variant) => STATUSES[variant],
  record: (values, newer) => JSON.stringify({
    schema: newer ? 99 : 2,
    updatedAt: '2026-01-02T03:04:05.000Z',
    answers: Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { status: STATUSES[v], note: '' }])),
  }),
  confirmImport: '[data-command="confirm-import"]',
  undo: '[data-command="undo"]',
});

describe('<framework-checklist>: an adapter without revisions that re-formats what it keeps', () => {
  it('is not taken for another writer: one read before and one after the save, one save, and what was entered is kept', async () => {
    const items = new Map<string, string>();
    let saves = 0;
    let loads = 0;
    const adapter: StorageAdapter = {
      load: async (key) => (loads++, { raw: items.get(key) ?? null }),
      save: async (key, raw) => {
        saves++;
        if (raw === null) items.delete(key);
        else items.set(key, JSON.stringify(JSON.parse(raw), null, 2)); // kept re-formatted, as some stores do
        return undefined;
      },
      subscribe: () => () => {},
    };
    const key = `reformat-${Date.now()}`;
    const el = await fixture<FrameworkChecklist>(html`<framework-checklist .adapter=${adapter} storage-key=${key} .prompts=${prompts} .elements=${elements}></framework-checklist>`);
    await until(() => !!shadow(el).querySelector('#p-mentors-completed') && !shadow(el).textContent!.includes('Loading your saved answers'), 'ready');
    loads = 0;
    shadow(el).querySelector<HTMLInputElement>('#p-mentors-completed')!.click();
    await until(() => !!items.get(PREFIX + key) && !shadow(el).textContent!.includes('Saving…'), 'saved');
    await new Promise((r) => setTimeout(r, 50));
    expect([loads, saves]).to.deep.equal([2, 1]);
    expect(JSON.parse(items.get(PREFIX + key)!).answers.mentors.status).to.equal('completed');
  });
});
