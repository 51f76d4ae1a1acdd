/** Words the explorer shows for coded values, and small text helpers. */
import type { BarrierLevel, EnablerActor } from '../data/schema.js';
import { safeHref } from '../internal/url.js';

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

export { formatPartialDate } from '../internal/date.js';

/** What the explorer's count and "Show more" call its records. */
export const NOUN = { one: 'barrier', many: 'barriers' };

/**
 * A link from a template such as `/leaders#{id}`: the id is URL-encoded into `{id}` and the result
 * must pass `safeHref`, or there is no link.
 */
export function templateHref(template: string | undefined | null, id: string): string | undefined {
  if (!template) return undefined;
  return safeHref(template.split('{id}').join(encodeURIComponent(id)));
}
