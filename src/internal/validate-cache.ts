/**
 * Validation of property data, remembered per object (in known-results.ts). A gallery of 1,000
 * cards re-renders on every keystroke; re-running a schema over every record each time would be
 * wasted work. Assign a new object to change data (the Lit way); `fresh: true` forces a new check
 * when a host mutated an object in place.
 *
 * Messages are stored without a label and prefixed on the way out, so the same object can be
 * reported as `caseStudy: …` by a card and `caseStudies[3]: …` by a gallery.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import { validateWith, type ValidationResult } from '../data/validate.js';
import { describeValue } from '../data/describe.js';
import { knownResult, labelled, rememberResult, type RecordKind } from '../data/known-results.js';

/** Validates `value` with `schema`, once per object. Never throws. */
export function validateCached<S extends GenericSchema>(
  kind: RecordKind,
  schema: S,
  value: unknown,
  label?: string,
  { fresh = false }: { fresh?: boolean } = {},
): ValidationResult<InferOutput<S>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    // The shared messages would call a bare value "the data set"; say what was expected instead.
    return { ok: false, errors: [`${label ?? 'the value'} must be an object, not ${describeValue(value)}`] };
  }
  let result = fresh ? undefined : knownResult<InferOutput<S>>(kind, value);
  if (!result) {
    result = validateWith(schema, value);
    rememberResult(kind, value, result);
  }
  return labelled(result, label);
}
