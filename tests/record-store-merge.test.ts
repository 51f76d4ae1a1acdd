/**
 * The saved-record kit's three-way merge (src/internal/record-store/merge.ts) on its own: changes on
 * either side kept, the same item changed on both sides reported, and, for any edits, nothing either
 * side changed is lost (fast-check).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { merge, sameItems, type Items } from '../src/internal/record-store/merge.js';

const items = (o: Record<string, string>): Items => new Map(Object.entries(o));

describe('record-store merge', () => {
  it('keeps what each side changed, adds what each side added, removes what one side removed', () => {
    const base = items({ a: '1', b: '1', c: '1' });
    const mine = items({ a: '2', b: '1', c: '1', d: 'mine' });
    const theirs = items({ a: '1', b: '3', e: 'theirs' });
    const { items: out, conflicts } = merge(base, mine, theirs);
    expect(Object.fromEntries(out)).to.deep.equal({ a: '2', b: '3', d: 'mine', e: 'theirs' });
    expect(conflicts).to.deep.equal([]);
  });

  it('the same item changed on both sides: this page’s version, and the other reported (removal included)', () => {
    const { items: out, conflicts } = merge(items({ a: '1', b: '1' }), items({ a: 'mine' }), items({ a: 'theirs', b: 'theirs' }));
    expect(Object.fromEntries(out)).to.deep.equal({ a: 'mine' });
    expect(conflicts).to.deep.equal([{ id: 'a', theirs: 'theirs', mine: 'mine' }, { id: 'b', theirs: 'theirs', mine: undefined }]);
  });

  it('keeps the order of the side that reordered, with the other side’s new items after their neighbour', () => {
    const base = items({ a: '1', b: '1', c: '1' });
    const mine = items({ c: '1', a: '1', b: '1' }); // moved c up
    const theirs = items({ a: '1', x: 'new', b: '1', c: '1' });
    expect([...merge(base, mine, theirs).items.keys()]).to.deep.equal(['c', 'a', 'x', 'b']);
  });

  it('for any edits, every item changed on only one side ends as that side made it, and nothing changed is dropped', () => {
    const map = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.constantFrom('1', '2', '3'));
    fc.assert(fc.property(map, map, map, (b, m, t) => {
      const base = items(b);
      const mine = items(m);
      const theirs = items(t);
      const { items: out, conflicts } = merge(base, mine, theirs);
      for (const id of new Set([...base.keys(), ...mine.keys(), ...theirs.keys()])) {
        const [bv, mv, tv] = [base.get(id), mine.get(id), theirs.get(id)];
        if (mv !== bv && tv === bv) expect(out.get(id)).to.equal(mv);
        if (tv !== bv && mv === bv) expect(out.get(id)).to.equal(tv);
        if (mv !== bv && tv !== bv && mv !== tv) {
          expect(out.get(id)).to.equal(mv);
          expect(conflicts.some((c) => c.id === id && c.theirs === tv)).to.equal(true);
        }
      }
      // Merging again against what was written changes nothing (the next save is a no-op).
      expect(sameItems(merge(out, out, out).items, out)).to.equal(true);
    }), { numRuns: 300 });
  });
});
