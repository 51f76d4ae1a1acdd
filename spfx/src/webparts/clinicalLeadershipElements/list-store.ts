/**
 * A storage adapter that keeps the widgets' records in a SharePoint list on the current site,
 * through SharePoint's REST API with plain `fetch` (same origin, the signed-in person's cookies).
 * No SPFx import, so the same module runs in the web part and against the REST emulator in the
 * Chromium test (tests/spfx/sp-emulator.mjs). It follows the contract in src/internal/storage.ts
 * (`StorageAdapter`, whose types it imports from the package: it never throws or rejects; it
 * reports a problem instead).
 *
 * **The list** ({@link LIST_TITLE}, created by {@link ListStore.ensureList} when a site owner first
 * chooses "a list on this site"): one item per record.
 * | Column | Type | Holds |
 * |---|---|---|
 * | Title | single line | the storage key (e.g. `clinical-leadership-elements:checklist:board-2026`) |
 * | Member | single line | the signed-in member's login name (empty on the board's item) |
 * | MemberName | single line | their display name, for people reading the list (Compare and a member's own item go by the item's Author, Created By, which SharePoint sets and no client can) |
 * | Kind | single line | `member` (one member's own answers) or `board` (the board's agreed record) |
 * | Record | multiple lines, plain text | the record, as the widget writes it (JSON) |
 *
 * **Writes are conditional.** Every read returns the item's ETag (`odata.etag`) as the revision;
 * a save with that revision sends `IF-MATCH: <etag>`, and SharePoint answers 412 when the item
 * changed since: that is `'conflict'`, and the saved-record kit re-reads, merges and retries, so
 * two people never write over each other. "No item yet" has the revision {@link NO_ITEM}: a save
 * based on it creates the item only if nobody created it meanwhile. Throttling (429, 503) is
 * retried after the `Retry-After` the answer gives, a bounded number of times.
 */
import type { StorageAdapter, StorageProblem } from 'clinical-leadership-elements/framework-checklist.js';

/** The list's title on the site. */
export const LIST_TITLE = 'Clinical leadership answers';
/** The revision of "there is no item": a save based on it creates the item only if there still is none. */
export const NO_ITEM = 'none';

/** The signed-in person (SPFx: `pageContext.user.loginName` and `.displayName`). */
export interface ListMember {
  login: string;
  name: string;
}

/** One member's answers, for Compare. */
export interface MemberRecord {
  label: string;
  raw: string;
}

/** What the site says about the list: there, not created yet, not allowed (403), or unreachable. */
export type ListStatus = 'ready' | 'missing' | 'forbidden' | 'failed';

export interface ListStoreOptions {
  /** The site's absolute URL (SPFx: `pageContext.web.absoluteUrl`). */
  siteUrl: string;
  member: ListMember;
  /** Whose item `load`/`save` address: the member's own (default) or the board's agreed record. */
  scope?: 'member' | 'board';
  listTitle?: string;
  /** Injected for tests; defaults to the page's `fetch`. */
  fetch?: typeof fetch;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** How many times a throttled (429/503) request is retried (default 4). */
  retries?: number;
  /** The longest wait honoured from one `Retry-After` (default 30 s); a longer one gives up with `'failed'`. */
  maxWaitMs?: number;
  /** How often a subscribed page looks for other members' changes while visible (default 30 s; 0: never). */
  pollMs?: number;
}

/** The library's storage adapter (its one contract: `load` → `{ raw, revision }`, `save(key, raw, { revision })` → `'conflict'`, a problem, `undefined` or `{ revision }`), plus what the web part needs of the list. */
export interface ListStore extends StorageAdapter {
  label: string;
  /** Every member's own answers under `key`, by display name (for Compare), or the problem. */
  members(key: string): Promise<{ records: MemberRecord[]; problem?: StorageProblem }>;
  /** Whether the list is there. */
  status(): Promise<ListStatus>;
  /** Creates the list and its columns when it is missing (a site owner's rights); `'forbidden'` for anyone else. */
  ensureList(): Promise<ListStatus>;
}

interface Item {
  Id: number;
  Title?: string;
  Member?: string | null;
  MemberName?: string | null;
  Kind?: string | null;
  Record?: string | null;
  /** Who created the item, as SharePoint records it (a client cannot set it, unlike Member and MemberName). */
  Author?: { Title?: string; Name?: string } | null;
  'odata.etag'?: string;
}

type Answer = { ok: true; status: number; response: Response } | { ok: false; status: number; response?: Response };

const READ = 'application/json;odata=minimalmetadata';
const WRITE = 'application/json;odata=nometadata';
/** An OData string literal: single quotes doubled. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Seconds or an HTTP date → milliseconds (undefined when absent or unreadable). */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function sharePointListStore(options: ListStoreOptions): ListStore {
  const site = options.siteUrl.replace(/\/?$/, '/');
  const title = options.listTitle ?? LIST_TITLE;
  const list = `${site}_api/web/lists/GetByTitle(${encodeURIComponent(literal(title))})`;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const retries = options.retries ?? 4;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const pollMs = options.pollMs ?? 30_000;
  const scope = options.scope ?? 'member';
  const { member } = options;
  let digest: { value: string; expires: number } | undefined;
  const listeners = new Map<string, Set<() => void>>();
  /** Each key's item id, once read: a save based on a revision goes straight to it with IF-MATCH. */
  const ids = new Map<string, number>();

  /** One request, with throttling retried after Retry-After; a network failure is `{ ok: false, status: 0 }`. */
  async function request(url: string, init: RequestInit): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url, { credentials: 'same-origin', ...init });
      } catch {
        return { ok: false, status: 0 };
      }
      if ((response.status === 429 || response.status === 503) && attempt < retries) {
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? 1000 * 2 ** attempt;
        if (wait > maxWaitMs) return { ok: false, status: response.status, response };
        await sleep(wait);
        continue;
      }
      return response.ok ? { ok: true, status: response.status, response } : { ok: false, status: response.status, response };
    }
  }

  const problemOf = (status: number): StorageProblem => (status === 412 ? 'conflict' : status === 403 || status === 401 ? 'blocked' : status === 404 ? 'absent' : 'failed');

  /** The form digest every write needs (POST /_api/contextinfo), cached until shortly before it expires. */
  async function formDigest(): Promise<string | undefined> {
    if (digest && digest.expires > Date.now()) return digest.value;
    const answer = await request(`${site}_api/contextinfo`, { method: 'POST', headers: { accept: WRITE } });
    if (!answer.ok) return undefined;
    try {
      const body = (await answer.response.json()) as { FormDigestValue?: string; FormDigestTimeoutSeconds?: number };
      if (!body.FormDigestValue) return undefined;
      digest = { value: body.FormDigestValue, expires: Date.now() + Math.max(0, (body.FormDigestTimeoutSeconds ?? 1800) - 60) * 1000 };
      return digest.value;
    } catch {
      return undefined;
    }
  }

  async function write(url: string, headers: Record<string, string>, body?: unknown, fresh = false): Promise<Answer> {
    const value = await formDigest();
    if (!value) return { ok: false, status: 0 };
    const answer = await request(url, {
      method: 'POST',
      headers: { accept: READ, 'content-type': WRITE, 'X-RequestDigest': value, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // A digest SharePoint no longer accepts (it expired early, or the session changed) is a 403 too: get a new one once.
    if (answer.status === 403 && !fresh) {
      digest = undefined;
      return write(url, headers, body, true);
    }
    return answer;
  }

  /** The items matching `filter`, oldest first, or the HTTP status that refused them. */
  async function query(filter: string): Promise<Item[] | number> {
    const url = `${list}/items?$select=Id,Title,Member,MemberName,Kind,Record,Author/Title,Author/Name&$expand=Author&$filter=${encodeURIComponent(filter)}&$orderby=Id&$top=500`;
    const answer = await request(url, { headers: { accept: READ } });
    if (!answer.ok) return answer.status;
    try {
      const body = (await answer.response.json()) as { value?: Item[] };
      return Array.isArray(body.value) ? body.value : 0;
    } catch {
      return 0;
    }
  }

  const own = (key: string) => (scope === 'board'
    ? `Title eq ${literal(key)} and Kind eq 'board'`
    // A member's own item is the one SharePoint says they created (Author), never one whose Member
    // column, which any contributor can write, names them.
    : `Title eq ${literal(key)} and Kind eq 'member' and Author/Name eq ${literal(member.login)}`);

  /** An item's ETag: from the list answer, else from the item's own ETag header. */
  async function etagOf(item: Item): Promise<string | undefined> {
    if (item['odata.etag']) return item['odata.etag'];
    const answer = await request(`${list}/items(${item.Id})?$select=Id`, { headers: { accept: READ } });
    return answer.ok ? answer.response.headers.get('etag') ?? undefined : undefined;
  }

  async function find(key: string): Promise<{ item?: Item; revision: string } | { problem: StorageProblem }> {
    const items = await query(own(key));
    if (typeof items === 'number') return { problem: problemOf(items) };
    // Two pages may have created the item at once: the oldest is the record (see save).
    const item = items[0];
    if (!item) {
      ids.delete(key);
      return { revision: NO_ITEM };
    }
    ids.set(key, item.Id);
    const revision = await etagOf(item);
    return revision ? { item, revision } : { problem: 'failed' };
  }

  function notify(key: string): void {
    for (const listener of listeners.get(key) ?? []) {
      try {
        listener();
      } catch {
        // a listener's own failure is not the store's
      }
    }
  }

  const store: ListStore = {
    label: `in this site's SharePoint list "${title}"`,

    async load(key) {
      const found = await find(key);
      if ('problem' in found) return { problem: found.problem };
      return { raw: found.item?.Record ?? null, revision: found.revision };
    },

    async save(key, raw, saveOptions) {
      const expected = saveOptions?.revision;
      const id = ids.get(key);
      if (expected !== undefined && expected !== NO_ITEM && id !== undefined) {
        // Based on a revision read here: SharePoint itself refuses the write (412) if the item changed since.
        const answer = raw === null
          ? await write(`${list}/items(${id})`, { 'IF-MATCH': expected, 'X-HTTP-Method': 'DELETE' })
          : await write(`${list}/items(${id})`, { 'IF-MATCH': expected, 'X-HTTP-Method': 'MERGE' }, scope === 'board' ? { Record: raw } : { Record: raw, MemberName: member.name });
        if (!answer.ok) return answer.status === 404 ? 'conflict' : problemOf(answer.status);
        notify(key);
        if (raw === null) {
          ids.delete(key);
          return { revision: NO_ITEM };
        }
        const revision = answer.response.headers.get('etag') ?? (await find(key).then((f) => ('revision' in f ? f.revision : undefined)));
        return revision ? { revision } : undefined;
      }
      const found = await find(key);
      if ('problem' in found) return found.problem;
      if (expected !== undefined && expected !== found.revision) return 'conflict';
      let answer: Answer;
      if (!found.item) {
        if (raw === null) return { revision: NO_ITEM };
        answer = await write(`${list}/items`, {}, {
          Title: key, Kind: scope, Member: scope === 'board' ? '' : member.login, MemberName: scope === 'board' ? '' : member.name, Record: raw,
        });
        if (!answer.ok) return problemOf(answer.status);
        // Created at the same time as another page's item for the same record? The oldest wins; ours is
        // removed and the kit re-reads the other, lays this page's changes on it and saves again.
        const again = await find(key);
        if ('problem' in again) return again.problem;
        const created = await readItem(answer.response);
        if (again.item && created && again.item.Id !== created.Id) {
          await write(`${list}/items(${created.Id})`, { 'IF-MATCH': '*', 'X-HTTP-Method': 'DELETE' });
          return 'conflict';
        }
        notify(key);
        return { revision: again.revision };
      }
      const match = expected ?? found.revision;
      answer = raw === null
        ? await write(`${list}/items(${found.item.Id})`, { 'IF-MATCH': match, 'X-HTTP-Method': 'DELETE' })
        : await write(`${list}/items(${found.item.Id})`, { 'IF-MATCH': match, 'X-HTTP-Method': 'MERGE' }, scope === 'board' ? { Record: raw } : { Record: raw, MemberName: member.name });
      if (!answer.ok) return problemOf(answer.status);
      notify(key);
      if (raw === null) return { revision: NO_ITEM };
      const revision = answer.response.headers.get('etag') ?? (await etagOf(found.item));
      return revision ? { revision } : undefined;
    },

    subscribe(key, onChange) {
      const set = listeners.get(key) ?? new Set();
      listeners.set(key, set.add(onChange));
      // Other members' changes: looked for while the page is visible, and at once when the browser is back online.
      let last: string | undefined;
      let lost = false;
      const look = async () => {
        if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
        const found = await find(key);
        const now = 'problem' in found ? undefined : found.revision;
        // Changed elsewhere, or the list is reachable again after a failure (offline, then back): the kit re-reads and saves what it holds.
        if (now !== undefined && ((last !== undefined && now !== last) || lost)) onChange();
        lost = now === undefined;
        if (now !== undefined) last = now;
      };
      void look();
      const timer = pollMs > 0 ? setInterval(() => void look(), pollMs) : undefined;
      const online = () => onChange();
      if (typeof window !== 'undefined') window.addEventListener('online', online);
      return () => {
        set.delete(onChange);
        if (timer) clearInterval(timer);
        if (typeof window !== 'undefined') window.removeEventListener('online', online);
      };
    },

    async members(key) {
      const items = await query(`Title eq ${literal(key)} and Kind eq 'member'`);
      if (typeof items === 'number') return { records: [], problem: problemOf(items) };
      // Labelled by who created each item (Author, set by SharePoint), not by the MemberName column the writer chose.
      return { records: items.filter((i) => typeof i.Record === 'string' && i.Record).map((i) => ({ label: i.Author?.Title || 'A member', raw: i.Record! })) };
    },

    async status() {
      const answer = await request(`${list}?$select=Id`, { headers: { accept: READ } });
      if (answer.ok) return 'ready';
      return answer.status === 404 ? 'missing' : answer.status === 403 || answer.status === 401 ? 'forbidden' : 'failed';
    },

    async ensureList() {
      const now = await store.status();
      if (now !== 'missing') return now;
      const created = await write(`${site}_api/web/lists`, {}, {
        Title: title, BaseTemplate: 100, AllowContentTypes: false, ContentTypesEnabled: false,
        Description: 'Answers kept by the Clinical leadership elements web part: each member\'s own (Kind "member") and the board\'s agreed record (Kind "board").',
      });
      if (!created.ok) return created.status === 403 || created.status === 401 ? 'forbidden' : 'failed';
      for (const schema of [
        '<Field Type="Text" Name="Member" DisplayName="Member" MaxLength="255" />',
        '<Field Type="Text" Name="MemberName" DisplayName="MemberName" MaxLength="255" />',
        '<Field Type="Text" Name="Kind" DisplayName="Kind" MaxLength="16" />',
        '<Field Type="Note" Name="Record" DisplayName="Record" RichText="FALSE" NumLines="6" UnlimitedLengthInDocumentLibrary="TRUE" />',
      ]) {
        const field = await write(`${list}/fields/CreateFieldAsXml`, {}, { parameters: { SchemaXml: schema } });
        if (!field.ok) return field.status === 403 ? 'forbidden' : 'failed';
      }
      return 'ready';
    },
  };

  async function readItem(response: Response): Promise<Item | undefined> {
    try {
      const body = (await response.json()) as Item;
      return typeof body.Id === 'number' ? body : undefined;
    } catch {
      return undefined;
    }
  }

  return store;
}
