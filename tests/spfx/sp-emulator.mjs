// A local stand-in for the part of SharePoint Online's REST API the list store uses
// (spfx/src/webparts/clinicalLeadershipElements/list-store.ts), for the Chromium test
// (scripts/test-spfx-render.mjs). It is NOT a tenant: it follows Microsoft's documented behaviour
// for lists and list items ("Working with lists and list items with REST"; "Avoid getting throttled
// or blocked in SharePoint Online") as far as this store depends on it, and nothing more:
// - POST /_api/contextinfo gives a form digest; a write without a valid X-RequestDigest is 403;
// - a list that does not exist is 404 (System.ArgumentException "List '…' does not exist …");
// - the caller's rights (here: the x-emulator-user header, standing in for the sign-in cookie):
//   an owner may create lists and fields, a member may add, change and delete items, a visitor may
//   only read; anything else is 403 (System.UnauthorizedAccessException, "Access denied.");
// - every item has an ETag ("1", "2", … with the quotes), returned as `odata.etag` with
//   odata=minimalmetadata and as the ETag header of a single item; MERGE and DELETE need IF-MATCH
//   (`*` or the current ETag), and a stale one is 412 with nothing written;
// - throttling: faults queued through POST /__emulator/fault answer 429 or 503 with Retry-After;
//   a "concurrent" fault writes another client's record into the item just before the next MERGE;
// - latency: POST /__emulator/delay { ms } holds every API request that long before it is handled,
//   so two clients that read at the same moment read the same ETag and both write on it.
// - each item's Author is the caller who created it, set by the server (a client cannot choose it);
//   with $expand=Author a query returns Author { Title, Name } and may filter on Author/Name;
// State is in memory; GET /__emulator/items lists every item, POST /__emulator/reset empties all.

const ROLES = { owner: 3, member: 2, visitor: 1 };

/**
 * @param {{ users: Record<string, 'owner'|'member'|'visitor'>, people?: Record<string, { Title: string, Name: string }> }} options
 * `people`: each user's display name and claims login, as SharePoint's user lookup gives them (Author).
 */
export function createSharePointEmulator({ users, people = {} }) {
  const person = (user) => people[user] ?? { Title: user, Name: user };
  /** @type {Map<string, { title: string, fields: Set<string>, items: Map<number, any>, nextId: number }>} */
  let lists = new Map();
  let digests = new Set();
  let faults = [];
  let delayMs = 0;
  const log = [];

  const error = (res, status, code, message, headers = {}) =>
    res.writeHead(status, { 'content-type': 'application/json;odata=minimalmetadata', ...headers })
      .end(JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }));
  const denied = (res) => error(res, 403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
  const json = (res, status, body, headers = {}) => res.writeHead(status, { 'content-type': 'application/json;odata=minimalmetadata', ...headers }).end(JSON.stringify(body));
  const etag = (item) => `"${item.version}"`;
  const view = (list, item, accept, expand = '') => {
    const fields = { Id: item.Id, ID: item.Id, ...Object.fromEntries([...list.fields].map((f) => [f, item[f] ?? null])) };
    if (/\bAuthor\b/.test(expand)) fields.Author = { ...person(item.Author) };
    if (/nometadata/.test(accept ?? '')) return fields;
    return { 'odata.type': 'SP.Data.ClinicalLeadershipAnswersListItem', 'odata.id': `item-${item.Id}`, 'odata.etag': etag(item), 'odata.editLink': `Web/Lists/items(${item.Id})`, ...fields };
  };

  /** `A eq 'x' and B eq 'y'` (the only filters the store sends). */
  function matches(filter, item) {
    if (!filter) return true;
    return filter.split(/\s+and\s+/).every((clause) => {
      const m = /^(\w+|Author\/Name|Author\/Title)\s+eq\s+'((?:[^']|'')*)'$/.exec(clause.trim());
      if (!m) throw new Error(`unsupported filter ${clause}`);
      const value = m[1].startsWith('Author/') ? person(item.Author)[m[1].slice(7)] : item[m[1]];
      return String(value ?? '') === m[2].replace(/''/g, "'");
    });
  }

  async function body(req) {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : undefined;
  }

  /** Handles the request if it is for the emulator; returns false otherwise. */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/__emulator/')) {
      if (url.pathname === '/__emulator/fault' && req.method === 'POST') {
        const f = await body(req);
        for (let i = 0; i < (f.count ?? 1); i++) faults.push(f);
        return void res.writeHead(204).end(), true;
      }
      if (url.pathname === '/__emulator/items') {
        return json(res, 200, [...lists.values()].flatMap((l) => [...l.items.values()].map((i) => ({ list: l.title, etag: etag(i), ...i })))), true;
      }
      if (url.pathname === '/__emulator/log') return json(res, 200, log), true;
      if (url.pathname === '/__emulator/delay' && req.method === 'POST') {
        delayMs = Number((await body(req))?.ms) || 0;
        return void res.writeHead(204).end(), true;
      }
      if (url.pathname === '/__emulator/expire-digests') {
        digests = new Set();
        return void res.writeHead(204).end(), true;
      }
      if (url.pathname === '/__emulator/reset') {
        lists = new Map();
        digests = new Set();
        faults = [];
        delayMs = 0;
        log.length = 0;
        return void res.writeHead(204).end(), true;
      }
      return false;
    }
    const api = /^\/sites\/[\w-]+\/_api\/(.*)$/.exec(decodeURIComponent(url.pathname));
    if (!api) return false;
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const method = (req.headers['x-http-method'] ?? req.method).toUpperCase();
    log.push(`${method} ${api[1]}`);
    const fault = faults.findIndex((f) => f.status && (!f.method || f.method === method));
    if (fault >= 0) {
      const [f] = faults.splice(fault, 1);
      log.push(`${f.status} ${method} ${api[1]}`);
      return error(res, f.status, f.status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestLimitExceededException' : '-1, System.ServiceUnavailable', 'The request has been throttled.', { 'retry-after': String(f.retryAfter ?? 1) }), true;
    }
    const role = ROLES[users[req.headers['x-emulator-user']] ?? ''] ?? 0;
    if (role === 0) return denied(res), true;
    const write = req.method === 'POST' && api[1] !== 'contextinfo';
    if (write && !digests.has(req.headers['x-requestdigest'])) {
      return error(res, 403, '-2130575252, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.'), true;
    }
    if (api[1] === 'contextinfo' && req.method === 'POST') {
      const value = `0x${Math.random().toString(16).slice(2)},${new Date().toUTCString()}`;
      digests.add(value);
      return json(res, 200, { FormDigestTimeoutSeconds: 1800, FormDigestValue: value, LibraryVersion: '16.0.0.0', SiteFullUrl: 'http://emulator', WebFullUrl: 'http://emulator' }), true;
    }
    if (api[1] === 'web/lists' && req.method === 'POST') {
      if (role < ROLES.owner) return denied(res), true;
      const b = await body(req);
      if (lists.has(b.Title)) return error(res, 500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`), true;
      lists.set(b.Title, { title: b.Title, fields: new Set(['Title']), items: new Map(), nextId: 1 });
      return json(res, 201, { Title: b.Title, BaseTemplate: b.BaseTemplate, Id: `list-${lists.size}` }), true;
    }
    const m = /^web\/lists\/GetByTitle\('((?:[^']|'')*)'\)(.*)$/i.exec(api[1]);
    if (!m) return error(res, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The expression is not valid.'), true;
    const list = lists.get(m[1].replace(/''/g, "'"));
    const rest = m[2];
    if (!list) return error(res, 404, '-1, System.ArgumentException', `List '${m[1]}' does not exist at site with URL 'http://emulator'.`), true;
    const accept = req.headers.accept;
    if (rest === '' && req.method === 'GET') return json(res, 200, { Title: list.title, ItemCount: list.items.size }), true;
    if (rest === '/fields/CreateFieldAsXml' && req.method === 'POST') {
      if (role < ROLES.owner) return denied(res), true;
      const name = /Name="(\w+)"/.exec((await body(req))?.parameters?.SchemaXml ?? '')?.[1];
      if (!name) return error(res, 400, '-1, Microsoft.SharePoint.SPException', 'Field XML is not valid.'), true;
      list.fields.add(name);
      return json(res, 201, { InternalName: name }), true;
    }
    if (rest === '/items' && req.method === 'GET') {
      let items;
      try {
        items = [...list.items.values()].filter((i) => matches(url.searchParams.get('$filter'), i));
      } catch (e) {
        return error(res, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', String(e.message)), true;
      }
      items.sort((a, b) => a.Id - b.Id);
      return json(res, 200, { value: items.slice(0, Number(url.searchParams.get('$top') ?? 100)).map((i) => view(list, i, accept, url.searchParams.get('$expand') ?? '')) }), true;
    }
    if (rest === '/items' && req.method === 'POST') {
      if (role < ROLES.member) return denied(res), true;
      const b = await body(req);
      const unknown = Object.keys(b).find((k) => !list.fields.has(k));
      if (unknown) return error(res, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${unknown}' does not exist on type 'SP.Data.ClinicalLeadershipAnswersListItem'. Make sure to only use property names that are defined by the type.`), true;
      const item = { ...b, Id: list.nextId++, version: 1, Author: req.headers['x-emulator-user'] };
      list.items.set(item.Id, item);
      return json(res, 201, view(list, item, accept), { etag: etag(item) }), true;
    }
    const one = /^\/items\((\d+)\)$/.exec(rest);
    if (one) {
      const item = list.items.get(Number(one[1]));
      if (!item) return error(res, 404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'), true;
      if (method === 'GET') return json(res, 200, view(list, item, accept), { etag: etag(item) }), true;
      if (role < ROLES.member) return denied(res), true;
      // Another client's write landing just before this one (a queued "concurrent" fault): what SharePoint does when two people save at once.
      const concurrent = faults.findIndex((f) => f.kind === 'concurrent' && f.method === method);
      if (concurrent >= 0) {
        const [f] = faults.splice(concurrent, 1);
        Object.assign(item, { Record: f.record, version: item.version + 1 });
      }
      const match = req.headers['if-match'];
      if (!match) return error(res, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The If-Match header is required for this request.'), true;
      if (match !== '*' && match !== etag(item)) {
        log.push(`412 ${method} ${api[1]}`);
        return error(res, 412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${match}' does not match the object's ETag value '${etag(item)}'.`), true;
      }
      if (method === 'DELETE') {
        list.items.delete(item.Id);
        return void res.writeHead(200).end(), true;
      }
      if (method === 'MERGE') {
        const b = await body(req);
        const unknown = Object.keys(b).find((k) => !list.fields.has(k));
        if (unknown) return error(res, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The property '${unknown}' does not exist.`), true;
        Object.assign(item, b, { version: item.version + 1 });
        return void res.writeHead(204, { etag: etag(item) }).end(), true;
      }
    }
    return error(res, 400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The request is not supported by the emulator.'), true;
  }

  return { handle };
}
