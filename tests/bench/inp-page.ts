/**
 * Browser side of the INP bench (scripts/bench-inp.mjs): each function sets up one journey's page;
 * scripts/bench-inp.mjs then interacts through the DevTools protocol (real, trusted input, which is
 * what Chromium's Event Timing measures) and reads the interactions' durations with `inpRead()`.
 */
import '../../src/index.js';
import type { ChecklistPrompt, Dataset } from '../../src/data/index.js';
import { syntheticDataset, syntheticPrompts } from './synthetic.js';

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };
const stage = document.getElementById('stage')!;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, what: string, ms = 20000): Promise<void> {
  for (const end = performance.now() + ms; !check(); await wait(20)) if (performance.now() > end) throw new Error(`inp page: no ${what}`);
}

/** Every interaction's longest event duration (Event Timing, 16 ms threshold), by interaction id. */
const interactions = new Map<number, number>();
/** The slow events, for a person reading why a journey is slow (`INP_LOG=1`). */
const log: string[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries() as PerformanceEventTiming[]) {
    if (e.interactionId) {
      interactions.set(e.interactionId, Math.max(interactions.get(e.interactionId) ?? 0, e.duration));
      log.push(`${e.name} ${Math.round(e.startTime)} ${e.duration} (input delay ${Math.round(e.processingStart - e.startTime)}, processing ${Math.round(e.processingEnd - e.processingStart)})`);
    }
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

/** Forget what was measured so far (the set-up's own clicks). */
export function inpStart(): void {
  interactions.clear();
  log.length = 0;
}
/** The journey's INP: its slowest interaction (fewer than 50 interactions), 0 when every one was under 16 ms; and how many were over 16 ms. */
export async function inpRead(): Promise<{ inp: number; slow: number; log: string[] }> {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))); // the last entries are delivered after their paint
  return { inp: Math.max(0, ...interactions.values()), slow: interactions.size, log: [...log] };
}

async function mount(tag: string, data: Dataset | undefined, ready: string, setup: (el: Updatable) => void = () => {}): Promise<void> {
  stage.replaceChildren();
  const widget = document.createElement(tag) as Updatable;
  setup(widget);
  if (data) {
    const provider = document.createElement('clinical-leadership-data') as Updatable & { data?: Dataset };
    provider.data = data;
    provider.append(widget);
    stage.append(provider);
  } else stage.append(widget);
  await until(() => !!widget.shadowRoot?.querySelector(ready), `${ready} in <${tag}>`);
  await widget.updateComplete;
}

/** The checklist's Compare view (the bundled prompts), waiting for its file input. */
export const setupCompare = () => mount('framework-checklist', undefined, '#compare-files', (el) => {
  el.setAttribute('storage-key', 'inp-compare');
  el.setAttribute('view', 'compare');
});

/** Compare has finished with the files: how many members it compared (0 when none could be), or -1 while it is still busy. */
export function compared(): number {
  const root = document.querySelector('framework-checklist')?.shadowRoot;
  if (!root?.querySelector('.compare-summary, .compare-errors') || root.querySelector('.compare-progress')?.textContent) return -1;
  return Number(root.querySelector('.compare-summary')?.getAttribute('data-members') ?? 0);
}

/** <board-profile> with 60 seats. */
export const setupBoard = () => mount('board-profile', undefined, 'select[id$="-background"]', (el) => {
  localStorage.removeItem('clinical-leadership-elements:board-profile:inp');
  el.setAttribute('storage-key', 'inp');
  const backgrounds = ['doctor', 'nurse', 'midwife', 'ahp', 'pharmacist', 'psychologist', 'healthcare-scientist', 'social-worker', 'not-clinical', 'not-known'];
  const memberships = ['voting', 'non-voting', 'attends', 'executive-team'];
  (el as unknown as { seats: unknown[] }).seats = Array.from({ length: 60 }, (_, i) => ({
    id: `b${i}`, role: `Seat ${i + 1}`, membership: memberships[i % 4], side: i % 2 ? 'executive' : 'non-executive', background: backgrounds[i % 10],
  }));
});

/** <case-study-gallery> over 1,000 case studies. */
export const setupGallery = () => mount('case-study-gallery', syntheticDataset({ caseStudies: 1000 }), 'input[type="checkbox"]');

/** <framework-checklist> with 200 prompts, every other one answered with a note and an action. */
export const setupChecklist = () => {
  const prompts: ChecklistPrompt[] = syntheticPrompts(200);
  const answers = Object.fromEntries(prompts.filter((_, i) => i % 2 === 0).map((p, i) => [p.id, {
    status: 'in-progress', note: `Evidence ${i}`, action: { what: `Action ${i}`, owner: 'Medical director', due: '2027-03-31', priority: 'high' },
  }]));
  localStorage.setItem('clinical-leadership-elements:checklist:inp', JSON.stringify({ schema: 2, updatedAt: new Date().toISOString(), answers }));
  return mount('framework-checklist', undefined, '.action-fields', (el) => {
    el.setAttribute('storage-key', 'inp');
    (el as unknown as { prompts: ChecklistPrompt[] }).prompts = prompts;
  });
};

Object.assign(window, { inp: { inpStart, inpRead, setupCompare, compared, setupBoard, setupGallery, setupChecklist } });
