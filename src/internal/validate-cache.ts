/**
 * Validation of property data, remembered per object. A gallery of 1,000 cards re-renders on every
 * keystroke; re-running a schema over every record each time would be wasted work. Results are kept
 * in a WeakMap per schema, so they go when the object goes. Assign a new object to change data (the
 * Lit way); `fresh: true` forces a new check when a host mutated an object in place.
 *
 * Messages are stored without a label and prefixed on the way out, so the same object can be
 * reported as `caseStudy: …` by a card and `caseStudies[3]: …` by a gallery.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import { validateWith, type ValidationResult } from '../data/validate.js';

const caches = new WeakMap<GenericSchema, WeakMap<object, ValidationResult<unknown>>>();

function cacheFor(schema: GenericSchema): WeakMap<object, ValidationResult<unknown>> {
  let cache = caches.get(schema);
  if (!cache) caches.set(schema, (cache = new WeakMap()));
  return cache;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length} characters` : `"${value}"`;
  return typeof value;
}

/** Validates `value` with `schema`, once per object. Never throws. */
export function validateCached<S extends GenericSchema>(
  schema: S,
  value: unknown,
  label?: string,
  { fresh = false }: { fresh?: boolean } = {},
): ValidationResult<InferOutput<S>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    // The shared messages would call a bare value "the data set"; say what was expected instead.
    return { ok: false, errors: [`${label ?? 'the value'} must be an object, not ${describe(value)}`] };
  }
  const cache = cacheFor(schema);
  let result = fresh ? undefined : cache.get(value);
  if (!result) {
    result = validateWith(schema, value);
    cache.set(value, result);
  }
  if (result.ok || !label) return result as ValidationResult<InferOutput<S>>;
  return { ok: false, errors: result.errors.map((e) => `${label}: ${e}`) };
}

/**
 * Records that `value` is already known to be valid (it came out of a validated data set), so a
 * later `validateCached` returns it as it is without running the schema.
 */
export function rememberValid<S extends GenericSchema>(schema: S, value: InferOutput<S>): void {
  if (value !== null && typeof value === 'object') cacheFor(schema).set(value as object, { ok: true, value });
}
