/**
 * The checklist's first render in slices (src/framework-checklist/answer/progressive.ts, issue 29):
 * below the fold, one element's prompts per task while the page loads; in view, everything at once
 * (so nothing a reader sees moves); either way `updateComplete` means every prompt is there.
 */
import { expect } from '@open-wc/testing';
import { shadow } from '../helpers.js';
import type { FrameworkChecklist } from '../../src/framework-checklist.js';
import { elements, prompts, useChecklistHooks } from './shared.js';

useChecklistHooks();

/** A checklist under `above` px of page, recording how many element sections each of its renders left. */
async function mountRecording(above: number): Promise<{ el: FrameworkChecklist; counts: number[]; remove: () => void }> {
  const counts: number[] = [];
  const host = document.createElement('div');
  host.innerHTML = `<div style="height:${above}px"></div>`;
  const el = document.createElement('framework-checklist') as FrameworkChecklist;
  Object.assign(el, { prompts, elements });
  const perform = (el as unknown as { performUpdate: () => void }).performUpdate.bind(el);
  Object.assign(el, { performUpdate: () => (perform(), counts.push(shadow(el).querySelectorAll('.element').length)) });
  host.append(el);
  document.body.prepend(host);
  await el.updateComplete;
  return { el, counts, remove: () => host.remove() };
}

describe('<framework-checklist> first render in slices', () => {
  it('below the fold: one element per render while loading, every prompt by updateComplete', async () => {
    const { el, counts, remove } = await mountRecording(innerHeight + 400);
    try {
      expect(shadow(el).querySelectorAll('.element')).to.have.length(2);
      expect(shadow(el).querySelectorAll('.prompt')).to.have.length(3);
      expect(counts.filter((n) => n > 0).slice(0, 2), 'the first element, then both').to.deep.equal([1, 2]);
    } finally {
      remove();
    }
  });

  it('in view: every element in the first render that shows prompts', async () => {
    const { counts, remove } = await mountRecording(0);
    try {
      expect(counts.filter((n) => n > 0)[0], 'no partial render').to.equal(2);
    } finally {
      remove();
    }
  });
});
