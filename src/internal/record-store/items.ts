/**
 * A record kept as a plain object (the board profile's) seen as items by id for the merge: every
 * element of a listed array field by its id (`seats:<id>`), and every other field as one item
 * (`=<name>`: a setting such as the foundation-trust switch). A field a newer codec adds is merged as
 * a setting without any change here. The list's order is kept (merge.ts orders the items).
 */
import type { RecordCodec } from '../local-storage.js';
import type { KitCodec } from './types.js';

/** `lists`: the array fields and how to name one element (unique within its list). */
type IdOf = (item: never) => string;

export function withItems<T extends object>(codec: RecordCodec<T>, empty: () => T, lists: Record<string, IdOf>): KitCodec<T> {
  return {
    ...codec,
    empty,
    toItems(value) {
      const items = new Map<string, string>();
      for (const [field, v] of Object.entries(value)) {
        const id = lists[field];
        if (!id) items.set(`=${field}`, JSON.stringify(v));
        else for (const item of v as never[]) items.set(`${field}:${id(item)}`, JSON.stringify(item));
      }
      return items;
    },
    fromItems(items) {
      const value: Record<string, unknown> = {};
      for (const field of Object.keys(lists)) value[field] = [];
      for (const [id, text] of items) {
        if (id[0] === '=') value[id.slice(1)] = JSON.parse(text);
        else (value[id.slice(0, id.indexOf(':'))] as unknown[]).push(JSON.parse(text));
      }
      return value as T;
    },
  };
}
