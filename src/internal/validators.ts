/**
 * Every check of outside data a widget or provider runs: valibot, the schemas and the readable
 * messages. The largest shared part of the library and needed only for data from outside (a
 * provider's `src` or `.data`, records given by property), so it is loaded on first need through
 * lazy-validation.ts and is its own chunk: a page that shows the bundled data never downloads it.
 * Import it only through `loadValidators()`; a static import would put it back into every page.
 */
import * as v from 'valibot';
import { stateFromData } from '../data/load.js';
import { BarrierSchema, CaseStudySchema, ChecklistPromptSchema, EnablerSchema, FrameworkElementSchema } from '../data/schema.js';
import type { Barrier, CaseStudy, ChecklistPrompt, Enabler, FrameworkElement } from '../data/schema.js';
import { validateWith, type ValidationResult } from '../data/validate.js';
import { validateCached } from './validate-cache.js';

const PromptList = v.pipe(v.array(ChecklistPromptSchema), v.maxLength(2000, 'must have at most 2000 prompts'));
const ElementList = v.pipe(v.array(FrameworkElementSchema), v.maxLength(200, 'must have at most 200 elements'));

/** A whole data set (shape and cross-references), as the state a provider shares. */
export const datasetState = stateFromData;

/** One case study given by property; remembered per object (`fresh` checks a mutated object again). */
export const caseStudy = (value: unknown, label?: string, options?: { fresh?: boolean }): ValidationResult<CaseStudy> =>
  validateCached('caseStudy', CaseStudySchema, value, label, options);

export const promptList = (value: unknown, label?: string): ValidationResult<ChecklistPrompt[]> => validateWith(PromptList, value, label);
export const elementList = (value: unknown, label?: string): ValidationResult<FrameworkElement[]> => validateWith(ElementList, value, label);
export const barrier = (value: unknown, label?: string): ValidationResult<Barrier> => validateWith(BarrierSchema, value, label);
export const enabler = (value: unknown, label?: string): ValidationResult<Enabler> => validateWith(EnablerSchema, value, label);
