/**
 * The checklist's prompts and elements, from its properties or the data set: validated, checked for
 * repeated ids, and grouped. Pure apart from one console warning per problem. Where the data
 * comes from (property, provider, bundled) and loading are internal/resolve.ts's.
 */
import { indexDataset, type DatasetIndex } from '../../data/lookup.js';
import type { ChecklistPrompt, Dataset, FrameworkElement, FrameworkMap } from '../../data/schema.js';
import type { ValidationResult } from '../../data/validate.js';
import type { Validators } from '../../internal/lazy-validation.js';
import type { ViewState } from '../../internal/states.js';
import { warnOnce } from '../../internal/warn.js';
import { groupPrompts, type ChecklistGroup } from './progress.js';

const TAG = 'framework-checklist';

export interface ViewInputs {
  prompts?: ChecklistPrompt[];
  extraPrompts?: ChecklistPrompt[];
  elements?: FrameworkElement[];
}

export type ChecklistView = ViewState<{ groups: ChecklistGroup[]; prompts: Map<string, ChecklistPrompt>; index?: DatasetIndex; derived: boolean; maps: FrameworkMap[] }>;

/** The ready view (or the error in the prompts given), once resolveData (internal/resolve.ts) has the data set and validators. */
export function buildView(host: ViewInputs, dataset: Dataset | undefined, validators: Validators | undefined): ChecklistView {
  const errors: string[] = [];
  const check = <T>(validate: ((value: unknown, label: string) => ValidationResult<T[]>) | undefined, value: unknown, label: string): T[] => {
    const result = validate?.(value, label) ?? { ok: false, errors: [`${label} could not be checked`] };
    if (!result.ok) errors.push(...result.errors);
    return result.ok ? result.value : [];
  };
  const prompts = [
    ...(host.prompts !== undefined ? check(validators?.promptList, host.prompts, 'prompts') : (dataset?.checklistPrompts ?? [])),
    ...(host.extraPrompts !== undefined ? check(validators?.promptList, host.extraPrompts, 'extraPrompts') : []),
  ];
  const elements: FrameworkElement[] =
    host.elements !== undefined ? check(validators?.elementList, host.elements, 'elements') : (dataset?.elements ?? []);
  const byId = new Map<string, ChecklistPrompt>();
  for (const p of prompts) {
    if (byId.has(p.id)) errors.push(`prompts: the id '${p.id}' is used by more than one prompt`);
    byId.set(p.id, p);
  }
  if (errors.length) {
    warnOnce(TAG, `The prompts or elements given are not valid: ${errors.slice(0, 3).join('; ')}`);
    return { status: 'error', message: 'The prompts or elements given to the checklist are not valid.', errors };
  }
  const known = new Set(elements.map((e) => e.id));
  const strays = prompts.filter((p) => !known.has(p.elementId)).map((p) => p.id);
  if (strays.length && elements.length) warnOnce(TAG, `Prompts with an unknown elementId are shown under "Other prompts": ${strays.slice(0, 5).join(', ')}`);
  return {
    status: 'ready',
    groups: groupPrompts(prompts, elements),
    prompts: byId,
    index: dataset ? indexDataset(dataset) : undefined,
    derived: prompts.some((p) => p.authored === 'derived'),
    // Optional in a data set: one without maps (or no data set) offers no framework filter.
    maps: dataset?.frameworkMaps ?? [],
  };
}
