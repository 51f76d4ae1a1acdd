/** The saved-record behaviour suite (./saved-record-behaviour.ts) against <framework-checklist>: items are prompts, values statuses. */
import { fixture, html } from '@open-wc/testing';
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
