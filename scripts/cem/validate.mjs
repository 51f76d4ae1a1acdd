// Keeps custom-elements.json complete: Storybook's tables, the editor files and the framework
// types are only as good as it is. Returns one message per problem.
import { elementsOf } from './elements.mjs';

export function validateManifest(manifest) {
  const errors = [];
  const elements = elementsOf(manifest);
  if (!elements.length) errors.push('the manifest has no custom elements');
  for (const el of elements) {
    const at = (what) => `<${el.tagName}> ${what}`;
    if (!el.summary) errors.push(at('has no @summary'));
    if (!el.description) errors.push(at('has no description'));
    const groups = {
      attribute: el.attributes,
      property: el.properties,
      method: el.methods,
      event: el.events,
      slot: el.slots,
      'CSS part': el.cssParts,
      'CSS custom property': el.cssProperties,
    };
    for (const [kind, items] of Object.entries(groups)) {
      const seen = new Set();
      for (const item of items) {
        const name = item.name ?? '(unnamed)';
        if (seen.has(name)) errors.push(at(`lists the ${kind} "${name}" twice`));
        seen.add(name);
        if (!item.description?.trim()) errors.push(at(`${kind} "${name}" has no description`));
        if (name.startsWith('#') || item.privacy === 'private' || item.privacy === 'protected') errors.push(at(`${kind} "${name}" is not public API`));
      }
    }
    for (const e of el.events) {
      if (!e.type?.text) errors.push(at(`event "${e.name}" has no type (@fires {CustomEvent<Detail>} name - ...)`));
    }
    const fields = new Set(el.properties.map((p) => p.name));
    for (const a of el.attributes) {
      if (a.fieldName && !fields.has(a.fieldName)) errors.push(at(`attribute "${a.name}" names a missing property "${a.fieldName}"`));
      if (!a.type?.text) errors.push(at(`attribute "${a.name}" has no type`));
    }
  }
  return errors;
}
