// The Docs pages' API tables, from custom-elements.json through @wc-toolkit/storybook-helpers:
// public attributes, properties, events, slots, CSS parts and custom properties, each once, with
// types, defaults and descriptions. Rows are keyed by property name where an attribute reflects a
// property (our stories' args are `caseId`, shown as `case-id`), so a story's control and the table
// row are the same arg. Only attribute/property rows keep controls: our stories render the element
// themselves, so a part or custom property control would do nothing.
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { ArgTypes, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../custom-elements.json';

type Decl = {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string; description?: string; type?: { text: string } }[];
};

const declarations = (manifest as { modules: { declarations?: Decl[] }[] }).modules.flatMap((m) => m.declarations ?? []);

const cleanDescription = (text: unknown) => (typeof text === 'string' ? text.replace(/\s*arg ref - `[^`]*`\s*$/, '').trim() : undefined);

/** Story argTypes are keyed by property (`caseId`); keep the table's name (`case-id`) on them. */
export const keepApiNames: ArgTypesEnhancer<WebComponentsRenderer> = ({ component, argTypes }) => {
  if (typeof component !== 'string') return argTypes;
  const api = apiArgTypes(component);
  return Object.fromEntries(Object.entries(argTypes).map(([key, value]) => [key, { ...value, name: api[key]?.name ?? value.name }]));
};

export function apiArgTypes(tagName: string): ArgTypes {
  const decl = declarations.find((d) => d.tagName === tagName);
  if (!decl) return {};
  const fieldOf = new Map((decl.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.name, a.fieldName!]));
  const out: ArgTypes = {};
  for (const [key, argType] of Object.entries(getStorybookHelpers(tagName, { excludeCategories: ['methods'] }).argTypes)) {
    const category = argType.table?.category;
    // Hidden rows, and the helpers' event rows (they type `cl-select` as CustomEvent<CustomEvent<…>>).
    if (argType.table?.disable || category === 'events') continue;
    const isInput = category === 'attributes' || category === 'properties';
    const rowKey = category === 'attributes' ? (fieldOf.get(key) ?? key) : key;
    const table = { ...argType.table, ...(argType.defaultValue !== undefined ? { defaultValue: { summary: String(argType.defaultValue) } } : {}) };
    out[rowKey] = { ...argType, table, description: cleanDescription(argType.description), ...(isInput ? {} : { control: false }) };
  }
  // Events are bound by the helpers' own template, which our stories do not use: list them here.
  for (const event of decl.events ?? []) {
    out[event.name] = {
      name: event.name,
      description: event.description,
      control: false,
      table: { category: 'events', type: { summary: event.type?.text ?? 'Event' } },
    };
  }
  return out;
}
