/**
 * Validation results remembered per object, kept apart from the validators themselves (a lazy
 * chunk, see internal/lazy-validation.ts) so that a widget can reuse a result, or learn that a record came
 * out of a validated data set, without loading them. A gallery hands its cards records it has
 * already checked: the cards find them here and render at once.
 *
 * Kept in a WeakMap per kind of record, so results go when the object goes. Messages are stored
 * without a label (see internal/validate-cache.ts).
 */
import type { ValidationResult } from './validate.js';

export type RecordKind = 'caseStudy';

const caches = new Map<RecordKind, WeakMap<object, ValidationResult<unknown>>>();

function cacheFor(kind: RecordKind): WeakMap<object, ValidationResult<unknown>> {
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new WeakMap()));
  return cache;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** The remembered result for `value`, if any. */
export function knownResult<T>(kind: RecordKind, value: unknown): ValidationResult<T> | undefined {
  return isObject(value) ? (cacheFor(kind).get(value) as ValidationResult<T> | undefined) : undefined;
}

export function rememberResult(kind: RecordKind, value: unknown, result: ValidationResult<unknown>): void {
  if (isObject(value)) cacheFor(kind).set(value, result);
}

/** Records that `value` came out of a validated data set, so it is not checked again. */
export function rememberValid(kind: RecordKind, value: unknown): void {
  rememberResult(kind, value, { ok: true, value });
}

/** Prefixes a remembered result's messages with where the record was given, e.g. `caseStudies[3]`. */
export function labelled<T>(result: ValidationResult<T>, label?: string): ValidationResult<T> {
  return result.ok || !label ? result : { ok: false, errors: result.errors.map((e) => `${label}: ${e}`) };
}
