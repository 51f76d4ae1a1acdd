/**
 * One behaviour suite for every widget that keeps what a person entered (as filter-behaviour.ts is
 * for the filtering widgets): what the saved-record kit (src/internal/record-store/) promises, run
 * against <framework-checklist> and <board-profile> by tests/saved-record-behaviour-*.test.ts.
 * Issue 24: whatever happens (another tab, another member through a slow shared store, a failing,
 * conflicting or never-settling adapter, blocked, full or damaged storage, a newer version's record,
 * a file loaded and undone), every case ends with everything either side entered still in the store,
 * and on the screens.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { AdapterRead, SaveOptions, SaveResult, StorageAdapter, StorageProblem } from '../src/internal/storage.js';
import { timing } from '../src/internal/record-store/engine.js';
import { captureWarnings, fold, shadow, until } from './helpers.js';

/** A widget as the suite drives it: through what a person does, read back from what they see and what is stored. */
export interface SavedRecordConfig {
  tag: 'framework-checklist' | 'board-profile';
  /** The full keys' prefix. */
  prefix: string;
  /** A ready widget with this storage key (and adapter). */
  mount(key: string, adapter?: StorageAdapter): Promise<LitElement>;
  /** Two items a person can change independently (prompt ids, seat roles). */
  items: [string, string];
  /** Changes one item as a person would; `variant` 0–2 gives distinct values. */
  edit(el: LitElement, item: string, variant: number): Promise<void>;
  /** The item's value as the widget shows it (`undefined`: not there). */
  shown(el: LitElement, item: string): string | undefined;
  /** The item's value in a stored record's text. */
  stored(raw: string | null | undefined, item: string): string | undefined;
  /** The value `edit(…, variant)` gives. */
  value(variant: number): string;
  /** A stored record with these item values (`newer`: as a newer version of the widget would write it). */
  record(values: Record<string, number>, newer?: boolean): string;
  /** The selectors of the import's confirm button and of Undo. */
  confirmImport: string;
  undo: string;
}

/** A shared store that several clients (members) use, like a SharePoint list: calls take `delay` ms, revisions optional. */
export class SharedStore {
  items = new Map<string, { raw: string; revision: string }>();
  private counter = 0;
  private listeners = new Set<{ key: string; onChange: () => void }>();

  revisionOf(key: string): string {
    return this.items.get(key)?.revision ?? '0';
  }

  get(key: string): string | undefined {
    return this.items.get(key)?.raw;
  }

  /** Writes as another client would, and tells the subscribers. */
  put(key: string, raw: string): void {
    this.items.set(key, { raw, revision: String(++this.counter) });
    for (const l of this.listeners) if (l.key === key) l.onChange();
  }

  client(options: { delay?: number; revisions?: boolean; label?: string } = {}): StorageAdapter & { fail?: StorageProblem; never?: boolean; calls: number } {
    const store = this;
    const wait = () => new Promise<void>((r) => setTimeout(r, options.delay ?? 0));
    const client = {
      label: options.label ?? 'in the shared test store',
      fail: undefined as StorageProblem | undefined,
      never: false,
      calls: 0,
      async load(key: string): Promise<AdapterRead> {
        client.calls++;
        await wait();
        return { raw: store.get(key) ?? null, ...(options.revisions ? { revision: store.revisionOf(key) } : {}) };
      },
      async save(key: string, raw: string | null, opts?: SaveOptions): Promise<SaveResult> {
        client.calls++;
        if (client.never) return new Promise<never>(() => {});
        await wait();
        if (client.fail) return client.fail;
        if (options.revisions && opts?.revision !== undefined && opts.revision !== store.revisionOf(key)) return 'conflict';
        if (raw === null) store.items.delete(key);
        else store.items.set(key, { raw, revision: String(++store.counter) });
        // Other clients hear of it (a change feed); this one compares what it holds.
        setTimeout(() => {
          for (const l of store.listeners) if (l.key === key && l.onChange !== mine.get(key)) l.onChange();
        });
        return options.revisions ? { revision: store.revisionOf(key) } : undefined;
      },
      subscribe(key: string, onChange: () => void): () => void {
        const entry = { key, onChange };
        store.listeners.add(entry);
        mine.set(key, onChange);
        return () => store.listeners.delete(entry);
      },
    };
    const mine = new Map<string, () => void>();
    return client;
  }
}

/** Holds back the notices same-page copies send each other (a tab busy for a moment); `release` delivers them. */
function holdSiblingNews(): () => void {
  const held: Event[] = [];
  const dispatch = window.dispatchEvent;
  window.dispatchEvent = (e: Event) => (e.type === 'clinical-leadership-elements:storage-saved' ? (held.push(e), true) : dispatch.call(window, e));
  return () => {
    window.dispatchEvent = dispatch;
    for (const e of held.splice(0)) window.dispatchEvent(e);
  };
}

/** Makes localStorage throw on every write (`full`) or on every access (`blocked`) until restored. */
function breakStorage(kind: 'full' | 'blocked'): () => void {
  if (kind === 'full') {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    return () => (Storage.prototype.setItem = original);
  }
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
  return () => Object.defineProperty(window, 'localStorage', descriptor);
}

let counter = 0;
const newKey = () => `behaviour-${Date.now()}-${++counter}`;
const text = (el: Element) => fold(shadow(el).textContent);

export function runSavedRecordBehaviourTests(c: SavedRecordConfig): void {
  const [x, y] = c.items;
  const full = (key: string) => c.prefix + key;
  const local = (key: string) => localStorage.getItem(full(key));
  /** Everything either side entered is in the store and on every screen given. */
  const expectAll = (raw: string | null | undefined, want: Record<string, number>, screens: LitElement[] = []) => {
    for (const [item, v] of Object.entries(want)) {
      expect(c.stored(raw, item), `${item} in the store`).to.equal(c.value(v));
      for (const el of screens) expect(c.shown(el, item), `${item} on screen`).to.equal(c.value(v));
    }
  };

  describe(`<${c.tag}>: saved-record behaviour (nothing entered is lost)`, () => {
    afterEach(() => {
      timing.slowMs = 5000;
      for (const k of Object.keys(localStorage)) if (k.startsWith(c.prefix)) localStorage.removeItem(k);
    });

    it('two tabs, news delivered at once: both changes are kept, in the store and on both screens', async () => {
      const key = newKey();
      const a = await c.mount(key);
      const b = await c.mount(key);
      await c.edit(a, x, 0);
      await c.edit(b, y, 1);
      await until(() => c.shown(a, y) === c.value(1), 'A shows B’s change');
      expectAll(local(key), { [x]: 0, [y]: 1 }, [a, b]);
    });

    it('two tabs, one busy (it has not heard the other’s change when it saves): its save merges, it does not overwrite', async () => {
      const key = newKey();
      const a = await c.mount(key);
      const b = await c.mount(key);
      const release = holdSiblingNews();
      try {
        await c.edit(a, x, 0);
        expect(c.shown(b, x)).to.equal(undefined); // B has not heard
        await c.edit(b, y, 1); // B's whole-record save used to land over A's
        expectAll(local(key), { [x]: 0, [y]: 1 });
      } finally {
        release();
      }
      await until(() => c.shown(a, y) === c.value(1) && c.shown(b, x) === c.value(0), 'both screens show both');
      expectAll(local(key), { [x]: 0, [y]: 1 }, [a, b]);
    });

    it('another tab’s write whose storage event has not arrived yet is merged by the next save, then shown', async () => {
      const key = newKey();
      const b = await c.mount(key);
      localStorage.setItem(full(key), c.record({ [x]: 2 })); // another tab, no event yet
      await c.edit(b, y, 1);
      expect(c.stored(local(key), y)).to.equal(c.value(1));
      window.dispatchEvent(new StorageEvent('storage', { key: full(key), storageArea: localStorage }));
      await until(() => c.shown(b, x) === c.value(2), 'the other tab’s change shown');
      expectAll(local(key), { [x]: 2, [y]: 1 }, [b]);
    });

    it('the issue’s scenario: A changes one item, 100 ms later B another, through a 400 ms shared store: both kept, on both screens', async () => {
      const store = new SharedStore();
      const key = newKey();
      const a = await c.mount(key, store.client({ delay: 400, revisions: true }));
      const b = await c.mount(key, store.client({ delay: 400, revisions: true }));
      const reading = /Loading (the board profile|your saved answers)/;
      await until(() => !reading.test(text(a)) && !reading.test(text(b)), 'both read the store');
      await c.edit(a, x, 0);
      await new Promise((r) => setTimeout(r, 100));
      await c.edit(b, y, 1);
      await until(() => c.stored(store.get(full(key)), x) === c.value(0) && c.stored(store.get(full(key)), y) === c.value(1), 'both in the store', 8000);
      await until(() => c.shown(a, y) === c.value(1) && c.shown(b, x) === c.value(0), 'both on both screens', 8000);
      expectAll(store.get(full(key)), { [x]: 0, [y]: 1 }, [a, b]);
    });

    it('a slow adapter: “Saving…” until the save settled, then saved; changes made meanwhile are gathered and kept', async () => {
      const store = new SharedStore();
      const key = newKey();
      const el = await c.mount(key, store.client({ delay: 400 }));
      await c.edit(el, x, 0);
      expect(text(el)).to.contain('Saving…');
      await c.edit(el, y, 1);
      await until(() => /saved in the shared test store at|Last saved at/.test(text(el)), 'saved once settled', 5000);
      expectAll(store.get(full(key)), { [x]: 0, [y]: 1 }, [el]);
    });

    it('a failing adapter: the person is told, nothing entered leaves the page, and the next change saves everything', async () => {
      const store = new SharedStore();
      const key = newKey();
      const client = store.client();
      const el = await c.mount(key, client);
      client.fail = 'failed';
      await c.edit(el, x, 0);
      await until(() => /not been saved|cannot be saved/.test(text(el)), 'the not-saved notice');
      expect(c.shown(el, x)).to.equal(c.value(0));
      client.fail = undefined;
      await c.edit(el, y, 1);
      await until(() => c.stored(store.get(full(key)), y) === c.value(1), 'saved');
      expectAll(store.get(full(key)), { [x]: 0, [y]: 1 }, [el]);
    });

    it('a never-settling adapter never says saved: after a while it says it is still saving', async () => {
      timing.slowMs = 300;
      const store = new SharedStore();
      const key = newKey();
      const client = store.client();
      const el = await c.mount(key, client);
      client.never = true;
      await c.edit(el, x, 0);
      await until(() => text(el).includes('Still saving…'), 'still saving');
      expect(text(el)).to.match(/not saved in the shared test store yet/);
      expect(text(el)).not.to.match(/saved in the shared test store at|Last saved at/);
      expect(c.shown(el, x)).to.equal(c.value(0));
    });

    it('a conflicting edit (revisions): the other member’s different item is merged; the same item keeps this page’s and offers theirs back in one click', async () => {
      const store = new SharedStore();
      const key = newKey();
      const el = await c.mount(key, store.client({ delay: 50, revisions: true }));
      const other = await c.mount(key, store.client({ delay: 0, revisions: true }));
      await c.edit(el, x, 0);
      await until(() => c.stored(store.get(full(key)), x) === c.value(0) && c.shown(other, x) === c.value(0), 'shared');
      // Both change x at once; the other also changes y.
      await c.edit(other, y, 1);
      await c.edit(other, x, 2);
      await c.edit(el, x, 1);
      await until(() => !!shadow(el).querySelector('[data-action="use-theirs"]') || !!shadow(other).querySelector('[data-action="use-theirs"]'), 'the conflict is shown', 5000);
      const shows = shadow(el).querySelector('[data-action="use-theirs"]') ? el : other;
      await until(() => c.stored(store.get(full(key)), y) === c.value(1), 'y merged');
      expect(text(shows)).to.match(/also changed in another window/);
      const before = c.shown(shows, x);
      shadow(shows).querySelector<HTMLButtonElement>('[data-action="use-theirs"]')!.click();
      await until(() => c.shown(shows, x) !== before, 'theirs used');
      await until(() => c.stored(store.get(full(key)), x) === c.shown(shows, x), 'saved');
      expect(c.stored(store.get(full(key)), y)).to.equal(c.value(1));
    });

    for (const kind of ['blocked', 'full'] as const) {
      it(`${kind} storage: the page says so, keeps what is entered, never throws; once storage works, everything is saved`, async () => {
        const key = newKey();
        const el = await c.mount(key);
        await c.edit(el, x, 0);
        const warn = captureWarnings();
        const restore = breakStorage(kind);
        try {
          await c.edit(el, y, 1);
          await until(() => /cannot be saved|not be saved|could not be saved|have not been saved/i.test(text(el)), 'told');
          expect(c.shown(el, y)).to.equal(c.value(1));
        } finally {
          restore();
          warn.restore();
        }
        await c.edit(el, y, 2);
        await until(() => c.stored(local(key), y) === c.value(2), 'saved again');
        expectAll(local(key), { [x]: 0, [y]: 2 }, [el]);
      });
    }

    for (const [name, raw] of [['damaged', () => '{broken'], ['newer-version', () => c.record({ [x]: 0 }, true)]] as const) {
      it(`a ${name} record is set aside, can be downloaded from the notice exactly as it was, and is never written over`, async () => {
        const key = newKey();
        const original = raw();
        localStorage.setItem(full(key), original);
        const warn = captureWarnings();
        let el: LitElement;
        try {
          el = await c.mount(key);
        } finally {
          warn.restore();
        }
        const aside = Object.keys(localStorage).find((k) => k.startsWith(`${full(key)}:corrupt-`))!;
        expect(localStorage.getItem(aside)).to.equal(original);
        await until(() => !!shadow(el).querySelector('[data-action="download-aside"]'), 'a download button in the notice');
        const button = shadow(el).querySelector<HTMLButtonElement>('[data-action="download-aside"]')!;
        const blobs: Blob[] = [];
        const create = URL.createObjectURL;
        URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), create.call(URL, b));
        try {
          button.click();
        } finally {
          URL.createObjectURL = create;
        }
        expect(await blobs[0].text()).to.equal(original);
        await c.edit(el, y, 1);
        await c.edit(el, x, 2);
        expect(localStorage.getItem(aside)).to.equal(original);
        expectAll(local(key), { [x]: 2, [y]: 1 }, [el]);
      });
    }

    it('a newer-version record that cannot be copied aside stays exactly as it was: no change and no loaded file (Compare’s “Use this answer” loads one) writes over it', async () => {
      const key = newKey();
      const original = c.record({ [x]: 0 }, true);
      localStorage.setItem(full(key), original);
      const source = await c.mount(newKey());
      await c.edit(source, y, 1);
      const file = (source as unknown as { exportJson(): string }).exportJson();
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (k.includes(':corrupt-')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
      const warn = captureWarnings();
      let el: LitElement;
      try {
        el = await c.mount(key);
        await c.edit(el, y, 2);
        (el as unknown as { importJson(text: string): unknown }).importJson(file);
        await el.updateComplete;
        expect(local(key)).to.equal(original);
        expect(c.shown(el, y)).to.equal(c.value(1)); // on the page, not saved
      } finally {
        Storage.prototype.setItem = setItem;
        warn.restore();
      }
      // Once a copy can be kept, the next change saves everything entered, and the copy is the record as it was.
      await c.edit(el, x, 2);
      const aside = Object.keys(localStorage).find((k) => k.startsWith(`${full(key)}:corrupt-`))!;
      expect(localStorage.getItem(aside)).to.equal(original);
      expectAll(local(key), { [x]: 2, [y]: 1 }, [el]);
    });

    it('a file loaded through the preview, then Undo: the store ends with what was there before, and nothing is lost on the way', async () => {
      const key = newKey();
      const source = await c.mount(newKey());
      await c.edit(source, x, 2);
      const file = (source as unknown as { exportJson(): string }).exportJson();
      const el = await c.mount(key);
      await c.edit(el, x, 0);
      await c.edit(el, y, 1);
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
      const data = new DataTransfer();
      data.items.add(new File([file], 'from-elsewhere.json', { type: 'application/json' }));
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => !!shadow(el).querySelector(c.confirmImport), 'the preview');
      expect(c.stored(local(key), x)).to.equal(c.value(0)); // nothing changes before the person confirms
      shadow(el).querySelector<HTMLButtonElement>(c.confirmImport)!.click();
      await until(() => c.stored(local(key), x) === c.value(2), 'loaded');
      await until(() => !!shadow(el).querySelector(c.undo), 'Undo offered');
      shadow(el).querySelector<HTMLButtonElement>(c.undo)!.click();
      await until(() => c.stored(local(key), x) === c.value(0), 'undone');
      expectAll(local(key), { [x]: 0, [y]: 1 }, [el]);
    });
  });
}
