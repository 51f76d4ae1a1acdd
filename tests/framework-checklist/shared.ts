/** Fixtures and helpers shared by the tests/framework-checklist*.test.ts files. */
import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/framework-checklist.js';
import '../../src/clinical-leadership-data.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import type { ChecklistPrompt, FrameworkElement } from '../../src/data/schema.js';
import { loadValidators } from '../../src/internal/lazy-validation.js';
import { shadow, until } from '../helpers.js';

export const PREFIX = 'clinical-leadership-elements:checklist:';

export const elements: FrameworkElement[] = [
  { id: 'building-confidence', title: 'Building confidence', summary: 'Helping clinicians believe they can lead.', sourceIds: ['s1'] },
  { id: 'talent-management', title: 'Talent management', summary: 'Finding future leaders.', sourceIds: ['s1'] },
];
export const prompts: ChecklistPrompt[] = [
  { id: 'mentors', elementId: 'building-confidence', text: 'Can clinicians get a mentor or coach?', hint: 'Think of every profession', enablerIds: [], sourceIds: ['s1'], authored: 'derived' },
  { id: 'networks', elementId: 'building-confidence', text: 'Do leaders have networks beyond the trust?', enablerIds: [], sourceIds: ['s1'], authored: 'derived' },
  { id: 'talent-review', elementId: 'talent-management', text: 'Does the talent review include every profession?', enablerIds: [], sourceIds: ['s1'], authored: 'derived' },
];

let counter = 0;
export const newKey = () => `test-${Date.now()}-${++counter}`;

export function seed(key: string, answers: Record<string, unknown>, extra: Record<string, unknown> = {}): void {
  localStorage.setItem(PREFIX + key, JSON.stringify({ schema: 1, updatedAt: '2026-01-02T03:04:05.000Z', answers, ...extra }));
}
export const saved = (key: string) => {
  const raw = localStorage.getItem(PREFIX + key);
  return raw === null ? null : JSON.parse(raw);
};

export const hosts: HTMLElement[] = [];
/**
 * Several widgets in one container. (open-wc's fixture() waits for an animation frame when its root
 * is not a Lit element, and frames stall in a background page when test files run side by side.)
 */
export async function mountAll(template: TemplateResult): Promise<{ host: HTMLElement; checklists: FrameworkChecklist[] }> {
  const host = document.createElement('div');
  hosts.push(host);
  render(template, host);
  document.body.append(host);
  const checklists = [...host.querySelectorAll('framework-checklist')];
  await Promise.all(checklists.map((c) => c.updateComplete));
  return { host, checklists };
}

export async function mount(key?: string, more: Partial<FrameworkChecklist> = {}): Promise<FrameworkChecklist> {
  const el = await fixture<FrameworkChecklist>(
    html`<framework-checklist storage-key=${ifDefined(key)} .prompts=${prompts} .elements=${elements}></framework-checklist>`,
  );
  Object.assign(el, more);
  await el.updateComplete;
  await settle(el);
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
export const radio = (el: Element, id: string, status: string) => $<HTMLInputElement>(el, `#p-${id}-${status}`);
export const note = (el: Element, id: string) => $<HTMLTextAreaElement>(el, `#p-${id}-note`);
export const liveRegion = (el: Element) => $(el, '[role="status"]').textContent!.trim();

export async function choose(el: FrameworkChecklist, id: string, status: string): Promise<void> {
  radio(el, id, status).click();
  await el.updateComplete;
}

export async function click(el: FrameworkChecklist, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
  await settle(el);
}

/** Waits for the lazily loaded parts asked for so far (panels, views, print summary) and the render after. */
export async function settle(el: FrameworkChecklist): Promise<void> {
  await el.settled();
  await el.updateComplete;
}

/** Replaces window.localStorage for one test. */
export function stubStorage(get: () => unknown): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', { configurable: true, get });
  return () => Object.defineProperty(window, 'localStorage', original);
}

export function failWrites(name = 'QuotaExceededError', when: (key: string) => boolean = () => true): () => void {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (when(key)) throw new DOMException('The quota has been exceeded.', name);
    return original.call(this, key, value);
  };
  return () => (Storage.prototype.setItem = original);
}

/** The hooks every checklist test file uses. */
export function useChecklistHooks(): void {
  // Prompts given by property wait for the validators (a lazy chunk) on first use; load them first so
  // each mount renders the checklist at once (tests/lazy-validation*.test.ts cover the waiting).
  before(() => loadValidators());
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  });
}

export async function loadFile(el: FrameworkChecklist, text: string, name: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  const before = shadow(el).querySelector('.panel');
  input.dispatchEvent(new Event('change'));
  await until(() => { const now = shadow(el).querySelector('.panel'); return !!now && now !== before; }, 'import panel');
  await el.updateComplete;
}

/** Opens a prompt's "Why this prompt is here" and waits for its text (a lazily loaded chunk). */
export async function openWhy(el: FrameworkChecklist, selector = '.why'): Promise<HTMLDetailsElement> {
  const details = $<HTMLDetailsElement>(el, selector);
  details.open = true;
  await until(() => !!details.querySelector('.why-body'), 'why text');
  return details;
}
