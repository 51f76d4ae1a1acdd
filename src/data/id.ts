/**
 * What an id looks like, without valibot: the schema (schema.ts) builds its `Id` from these, and
 * code that must check an id before the validators have loaded (answers read from storage) uses
 * `isId`, so both always agree.
 */
export const MAX_ID = 80;

/** Stable slug: lower-case letters and digits in words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ID && ID_PATTERN.test(value);
