/** Words the explorer shows for coded values, and small text helpers. */
import type { BarrierLevel, EnablerActor } from '../data/schema.js';

export const LEVELS: readonly BarrierLevel[] = ['individual', 'organisational', 'system'];

export const LEVEL_LABELS: Record<BarrierLevel, string> = {
  individual: 'Individual',
  organisational: 'Organisational',
  system: 'System',
};

export const ACTOR_LABELS: Record<EnablerActor, string> = {
  individual: 'Individual',
  organisation: 'Organisation',
  national: 'National',
};

export { formatPartialDate } from '../data/date.js';

/** What the explorer's count and "Show more" call its records. */
export const NOUN = { one: 'barrier', many: 'barriers' };

// One rule for link templates in every widget (internal/link-template.ts): `{id}` is required.
export { hrefFromTemplate as templateHref } from '../internal/link-template.js';
