/**
 * The card's validator, loaded on first need. Validation (valibot and the schemas) is most of a
 * card's own code, and a card shown by `case-id` never needs it: its record comes from a data set
 * that is already valid. A card given `.caseStudy` shows its loading state while this arrives (in
 * parallel with the data set it needs for names); a widget that validates case studies itself (the
 * gallery) imports `case-study-validation.js` statically, which registers the validator at once, so
 * its cards never wait.
 */
import type { CaseStudy } from '../data/schema.js';
import type { ValidationResult } from '../data/validate.js';

export type CaseStudyValidator = (value: unknown, label: string, options?: { fresh?: boolean }) => ValidationResult<CaseStudy>;

let validator: CaseStudyValidator | undefined;
let pending: Promise<CaseStudyValidator | undefined> | undefined;

/** Called by `case-study-validation.js` when it is evaluated. */
export function provideCaseStudyValidator(fn: CaseStudyValidator): void {
  validator = fn;
}

/** The validator when its code has arrived, else `undefined` (then call `loadCaseStudyValidator()`). */
export function caseStudyValidator(): CaseStudyValidator | undefined {
  return validator;
}

/** Loads the validator; resolves `undefined` when its code could not be loaded (a later call tries again). */
export function loadCaseStudyValidator(): Promise<CaseStudyValidator | undefined> {
  pending ??= import('./case-study-validation.js').then(
    () => validator,
    () => {
      pending = undefined;
      return undefined;
    },
  );
  return pending;
}
