/**
 * Link templates, in their own module so that a widget without them (the checklist, the board
 * profile) does not load them.
 */
import { safeHref } from './url.js';

/**
 * A link address from a template such as `/barriers/{id}` (`barrier-href`, `enabler-href`,
 * `case-study-href`): the id is URL-encoded into every `{id}` and the result must pass `safeHref`.
 * A template without `{id}` gives no link (it would send every record to one address), nor does
 * one that is not an allowed URL: the widget shows buttons instead.
 */
export function hrefFromTemplate(template: unknown, id: string): string | undefined {
  if (typeof template !== 'string' || !template.includes('{id}')) return undefined;
  return safeHref(template.split('{id}').join(encodeURIComponent(id)));
}
