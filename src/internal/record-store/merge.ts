/**
 * The three-way merge at the heart of the saved-record kit. A record is seen as an ordered map of
 * items by id (a checklist's answers by prompt id; a board's seats, snapshots and settings), each
 * item compared by its text (canonical JSON). Given what this page last read from the store
 * (`base`), what the page holds now (`mine`) and what the store holds now (`theirs`), an item
 * changed only here is taken from here, one changed only there from there; one changed on both
 * sides to different values keeps this page's (the later edit: it is being saved now) and is
 * reported as a {@link Conflict}, so the other can be offered back. Nothing is dropped silently.
 */

/** An ordered map of item id → the item's canonical text. */
export type Items = Map<string, string>;

/** The same item changed here and elsewhere: `theirs`/`mine` are the two texts (`undefined`: removed). */
export interface Conflict {
  id: string;
  theirs?: string;
  mine?: string;
}

export const sameItems = (a: Items, b: Items): boolean => {
  if (a.size !== b.size) return false;
  for (const [id, text] of a) if (b.get(id) !== text) return false;
  return true;
};

const sameOrder = (a: Items, b: Items): boolean => {
  const x = [...a.keys()];
  const y = [...b.keys()];
  return x.length === y.length && x.every((id, i) => id === y[i]);
};

export function merge(base: Items, mine: Items, theirs: Items): { items: Items; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const pick = (id: string): string | undefined => {
    const b = base.get(id);
    const m = mine.get(id);
    const t = theirs.get(id);
    if (m === b || m === t) return t;
    if (t !== b) conflicts.push({ id, theirs: t, mine: m });
    return m;
  };
  // Order: the side that reordered leads (this page, if both did); ids only on the other side keep their place after their predecessor.
  const [lead, other] = sameOrder(base, mine) ? [theirs, mine] : [mine, theirs];
  const order = [...lead.keys()];
  let after = -1;
  for (const id of other.keys()) {
    const at = order.indexOf(id);
    if (at >= 0) after = at;
    else order.splice(++after, 0, id);
  }
  for (const id of base.keys()) if (!order.includes(id)) order.push(id);
  const items: Items = new Map();
  for (const id of order) {
    const text = pick(id);
    if (text !== undefined) items.set(id, text);
  }
  return { items, conflicts };
}
