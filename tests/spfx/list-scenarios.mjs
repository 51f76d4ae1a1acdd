// The SharePoint-list store in Chromium, through the web part's own code (render.ts,
// store-choice.ts, list-store.ts) and the real <framework-checklist>, against the REST emulator
// (sp-emulator.mjs), under the same script policy as the render test. Run by
// scripts/test-spfx-render.mjs. What a tenant alone can prove is listed in stories/guides/sharepoint.mdx.
import { deepEval } from './deep.mjs';

const KEY = 'clinical-leadership-elements:checklist:board-2026';
const MEMBER = { widget: 'framework-checklist', storeIn: 'list', storageKey: 'board-2026', heading: 'Board self-assessment' };
const SECRETARY = { ...MEMBER, listScope: 'board', heading: "The board's agreed answers" };

/** @param {{ page: import('puppeteer-core').Page, base: string, check: (ok: boolean, message: string) => void }} t */
export async function listScenarios({ page, base, check }) {
  const emulator = async (path, body) => (await fetch(`${base}/__emulator/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) })).text().then((t) => (t ? JSON.parse(t) : undefined));
  await emulator('reset', {});
  await page.goto(`${base}/list.html`);
  await page.waitForFunction(() => window.spReady === true, { timeout: 20000 });

  /** Runs `fn(element, ...args)` on the first element matching `selector` inside host `id` (shadow roots included). */
  const inHost = (id, selector, fn, ...args) => deepEval(page, id, selector, fn, ...args);
  const waitFor = async (what, predicate, timeout = 15000) => {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await predicate();
      if (value || Date.now() > end) return check(!!value, what);
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const text = (id) => page.evaluate((id) => {
    const deep = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.parentElement?.getClientRects().length ? node.data : '';
      if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
      let s = node.shadowRoot ? deep(node.shadowRoot) : '';
      for (const child of node.childNodes) s += deep(child);
      return s;
    };
    return deep(document.getElementById(id)).replace(/\s+/g, ' ');
  }, id);
  const items = () => emulator('items');
  const record = (item) => (item?.Record ? JSON.parse(item.Record) : undefined);
  const itemOf = async (login, kind = 'member') => (await items()).find((i) => i.Title === KEY && i.Kind === kind && (kind === 'board' || i.Member.includes(`|${login}@`)));
  const statusIn = async (login, prompt, kind) => record(await itemOf(login, kind))?.answers?.[prompt]?.status;
  const answer = (id, prompt, status) => inHost(id, `input[type="radio"][data-prompt-id="${prompt}"][value="${status}"]`, (el) => { el.click(); return true; });

  console.log('test-spfx-render: the SharePoint-list store against the REST emulator (not a tenant)');
  // 1. Before the list exists: a member is told to ask the owner; the owner's choice creates it.
  check(await page.evaluate(() => window.sp.mount('early', 'ann', { widget: 'framework-checklist', storeIn: 'list', storageKey: 'board-2026' })) === 'missing', 'a missing list answers 404 and the store reports it missing');
  await waitFor('the page says the list has not been created and who creates it', async () => (await text('early')).includes('has not been created. A site owner creates it'));
  check((await page.evaluate(() => window.sp.choose('ann'))).startsWith('Only a site owner can create the list'), 'a member who chooses the list (403 on creating it) is told to ask the site owner');
  check((await page.evaluate(() => window.sp.choose('olivia'))).startsWith("Answers are kept in this site's list"), 'the site owner choosing "a list on this site" creates the list and its columns');
  await page.evaluate(() => document.getElementById('early').remove());

  // The store alone, on two devices of one person (no widget): ETags, a conditional create, a 412.
  const raw = await page.evaluate(async () => {
    const a = window.sp.store('olivia', 'board');
    const b = window.sp.store('olivia', 'board');
    const k = 'adapter-test';
    const ra = await a.load(k);
    const rb = await b.load(k);
    const created = await a.save(k, 'one', { revision: ra.revision });
    const createdMeanwhile = await b.save(k, 'two', { revision: rb.revision });
    const fresh = await b.load(k);
    const saved = await b.save(k, 'two', { revision: fresh.revision });
    const stale = await a.save(k, 'three', { revision: created.revision });
    return { ra, fresh, created, createdMeanwhile, saved, stale, final: await a.load(k) };
  });
  check(raw.ra.raw === null && raw.ra.revision === 'none', 'store: nothing saved reads as null with the "no item" revision');
  check(raw.created?.revision === '"1"' && raw.fresh.raw === 'one' && raw.fresh.revision === '"1"', `store: a save creates the item and returns its ETag (${raw.created?.revision})`);
  check(raw.createdMeanwhile === 'conflict', 'store: a create based on "no item" after another device created it is a conflict, not a second item');
  check(raw.saved?.revision === '"2"' && raw.stale === 'conflict' && raw.final.raw === 'two', 'store: a save with a stale ETag is refused (412 → "conflict") and writes nothing');
  check((await emulator('log')).some((l) => l.startsWith('412 ')), 'store: the refusal was SharePoint\'s (the emulator answered 412 to IF-MATCH)');

  const afterExpiry = await page.evaluate(async () => {
    const a = window.sp.store('olivia', 'board');
    let read = await a.load('adapter-test');
    await a.save('adapter-test', 'four', { revision: read.revision }); // the store now holds a digest
    await fetch('/__emulator/expire-digests', { method: 'POST' });
    read = await a.load('adapter-test');
    const saved = await a.save('adapter-test', 'five', { revision: read.revision });
    return { saved, final: (await a.load('adapter-test')).raw };
  });
  check(typeof afterExpiry.saved === 'object' && afterExpiry.final === 'five', 'store: a form digest SharePoint no longer accepts (403) is renewed and the save goes through');

  // 2. Two members answer on one page, each into an item of their own.
  await page.evaluate((m) => Promise.all([window.sp.mount('ann', 'ann', m), window.sp.mount('ben', 'ben', m)]), MEMBER);
  const prompts = await inHost('ann', 'framework-checklist', (el) => [...el.shadowRoot.querySelectorAll('input[type="radio"][value="completed"]')].slice(0, 4).map((i) => i.dataset.promptId));
  check(prompts?.length === 4, `the members' checklists show their prompts (${prompts?.join(', ')})`);
  const [p1, p2, p3, p4] = prompts ?? [];
  await answer('ann', p1, 'completed');
  await answer('ben', p1, 'in-progress');
  await waitFor("Ann's answer is her own item in the list (Kind member, her login)", async () => (await statusIn('ann', p1)) === 'completed');
  await waitFor("Ben's answer is his own item, and Ann's is untouched", async () => (await statusIn('ben', p1)) === 'in-progress' && (await statusIn('ann', p1)) === 'completed');
  await waitFor('each member\'s page says the answers are saved in the list', async () => (await text('ann')).includes("saved in this site's SharePoint list") && (await text('ben')).includes("saved in this site's SharePoint list"));

  // 3. The secretary compares without a file and takes Ann's answer into the board's record.
  await page.evaluate((m) => window.sp.mount('sam', 'sam', m), SECRETARY);
  await inHost('sam', '[role="tab"][data-view="compare"]', (el) => { el.click(); return true; });
  await waitFor('the secretary\'s Compare offers the members\' answers without files', async () => !!(await inHost('sam', '[data-command="compare-members"]', () => true)));
  await inHost('sam', '[data-command="compare-members"]', (el) => { el.click(); return true; });
  await waitFor('Compare lists both members by display name (Ann Adams, Ben Brown)', async () => /Comparing 2 members: Ann Adams, Ben Brown/.test(await text('sam')));
  check(/Answers differ on 1 prompt/.test(await text('sam')), 'and finds the one prompt they answered differently');
  await inHost('sam', `button[data-command="use"][data-prompt-id="${p1}"][data-member="0"]`, (el) => { el.click(); return true; });
  await waitFor('"Use this answer" (Ann\'s) writes the board\'s record: one item of Kind "board"', async () => (await statusIn('', p1, 'board')) === 'completed');
  check((await items()).filter((i) => i.Title === KEY).length === 3, 'the list holds three items for the key: two members and the board');

  // 4. A 412: Ann's second device wrote meanwhile; her next save is refused, merged and retried.
  {
    const before = await itemOf('ann');
    const other = record(before);
    other.answers[p2] = { ...other.answers[p1], status: 'not-applicable', note: 'Typed on her phone' };
    await emulator('fault', { kind: 'concurrent', method: 'MERGE', record: JSON.stringify(other) });
    await answer('ann', p3, 'completed');
    await waitFor('after a 412 the item holds both writes: her phone\'s answer and this page\'s', async () => {
      const r = record(await itemOf('ann'));
      return r?.answers?.[p2]?.note === 'Typed on her phone' && r?.answers?.[p3]?.status === 'completed' && r?.answers?.[p1]?.status === 'completed';
    });
    check((await emulator('log')).filter((l) => l.startsWith('412 ')).length >= 2, 'SharePoint (the emulator) answered 412 to the stale IF-MATCH');
    await waitFor("and Ann's page shows the answer from her phone", async () => (await inHost('ann', `input[data-prompt-id="${p2}"][value="not-applicable"]`, (el) => el.checked)) === true);
  }

  // 5. Throttled: two 429s with Retry-After: 1, then the save goes through.
  await emulator('fault', { status: 429, retryAfter: 1, count: 2, method: 'MERGE' });
  await answer('ben', p2, 'completed');
  await waitFor('after two 429 answers (Retry-After: 1) Ben\'s answer is saved', async () => (await statusIn('ben', p2)) === 'completed' && (await statusIn('ben', p1)) === 'in-progress');
  check((await emulator('log')).filter((l) => l.startsWith('429 ')).length === 2, 'the store waited and retried through both 429s');

  // 6. Offline, then back: nothing typed is lost.
  await page.setOfflineMode(true);
  await answer('ben', p3, 'in-progress');
  await waitFor('offline, Ben\'s page says his answers have not been saved', async () => (await text('ben')).includes('Your answers have not been saved'), 20000);
  check((await statusIn('ben', p3)) === undefined, 'and nothing reached the list');
  await page.setOfflineMode(false);
  await waitFor('back online, his answer reaches the list without him doing anything', async () => (await statusIn('ben', p3)) === 'in-progress', 20000);
  await answer('ben', p4, 'completed');
  await waitFor('and his next answer saves as usual', async () => (await statusIn('ben', p4)) === 'completed');

  // 7. Two members saving the board's one record at the same moment, every request taking 400 ms:
  // both read the same ETag and write on it; SharePoint refuses one (412), the kit merges, both keep their answers.
  await page.evaluate((m) => Promise.all([window.sp.mount('chair', 'olivia', m), window.sp.mount('cara', 'cara', m)]), SECRETARY);
  await waitFor("both board pages show the board's record (Ann's answer, taken in Compare)", async () =>
    (await inHost('chair', `input[data-prompt-id="${p1}"][value="completed"]`, (el) => el.checked)) === true
    && (await inHost('cara', `input[data-prompt-id="${p1}"][value="completed"]`, (el) => el.checked)) === true);
  const refusedBefore = (await emulator('log')).filter((l) => l.startsWith('412 ')).length;
  await emulator('delay', { ms: 400 });
  await page.evaluate(({ p2, p3 }) => {
    // One task, so neither page's save starts before the other's.
    const click = (id, selector) => {
      const find = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.matches(selector)) return el;
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      find(document.getElementById(id)).click();
    };
    click('chair', `input[type="radio"][data-prompt-id="${p2}"][value="in-progress"]`);
    click('cara', `input[type="radio"][data-prompt-id="${p3}"][value="not-applicable"]`);
  }, { p2, p3 });
  await waitFor('with 400 ms per request, both members\' answers saved at the same moment are in the board\'s item', async () =>
    (await statusIn('', p2, 'board')) === 'in-progress' && (await statusIn('', p3, 'board')) === 'not-applicable' && (await statusIn('', p1, 'board')) === 'completed', 20000);
  check((await emulator('log')).filter((l) => l.startsWith('412 ')).length > refusedBefore, 'they wrote on the same ETag: SharePoint (the emulator) refused one with 412 and the kit merged');
  await waitFor("each board page shows the other member's answer", async () =>
    (await inHost('chair', `input[data-prompt-id="${p3}"][value="not-applicable"]`, (el) => el.checked)) === true
    && (await inHost('cara', `input[data-prompt-id="${p2}"][value="in-progress"]`, (el) => el.checked)) === true, 20000);
  await emulator('delay', { ms: 0 });
  check((await items()).filter((i) => i.Title === KEY && i.Kind === 'board').length === 1, "and the board's record is still one item");

  // 8. The same store serves <board-profile>: the board's one record, read by everyone.
  {
    const BOARD = { widget: 'board-profile', storeIn: 'list', storageKey: 'board-2026', heading: 'Our board' };
    await page.evaluate((b) => window.sp.mount('sam-board', 'sam', b), BOARD);
    await waitFor('the board profile offers an example board', async () => !!(await inHost('sam-board', '[data-action="example"]', () => true)));
    check((await text('sam-board')).includes("seats are saved in this site's SharePoint list"), 'and says its seats are saved in the site\'s list, not only in this browser');
    await inHost('sam-board', '[data-action="example"]', (el) => { el.click(); return true; });
    const boardItem = async () => (await items()).find((i) => i.Title === 'clinical-leadership-elements:board-profile:board-2026');
    await waitFor('the board profile is saved as one item of Kind "board"', async () => {
      const item = await boardItem();
      return item?.Kind === 'board' && item.Member === '' && (record(item)?.seats?.length ?? 0) > 0;
    });
    const seats = record(await boardItem())?.seats?.length;
    await page.evaluate((b) => window.sp.mount('ann-board', 'ann', b), BOARD);
    await waitFor(`another member's board profile reads the same ${seats} seats from the list`, async () => (await inHost('ann-board', 'board-profile', (el) => el.shadowRoot?.querySelectorAll('[data-action="remove"]').length)) === seats);
  }

  // Nothing lost anywhere.
  const final = await items();
  const ann = record(final.find((i) => i.Kind === 'member' && i.Member.includes('|ann@')));
  const ben = record(final.find((i) => i.Kind === 'member' && i.Member.includes('|ben@')));
  check(ann?.answers?.[p1]?.status === 'completed' && ann?.answers?.[p2]?.status === 'not-applicable' && ann?.answers?.[p3]?.status === 'completed', "at the end Ann's item has all three of her answers");
  check(ben?.answers?.[p1]?.status === 'in-progress' && ben?.answers?.[p2]?.status === 'completed' && ben?.answers?.[p3]?.status === 'in-progress' && ben?.answers?.[p4]?.status === 'completed', "and Ben's all four");
  check(final.every((i) => i.MemberName === '' || ['Ann Adams', 'Ben Brown'].includes(i.MemberName)), 'member items carry the display names Compare shows');

  // 9. A contributor writes an item whose Member and MemberName columns claim to be someone else (any
  // contributor can set those columns): it is not that person's record, and Compare names its real author.
  const forged = await page.evaluate(async (key) => {
    const as = { 'x-emulator-user': 'cara', accept: 'application/json;odata=minimalmetadata' };
    const digest = (await (await fetch('/sites/board/_api/contextinfo', { method: 'POST', headers: as })).json()).FormDigestValue;
    const answer = await fetch("/sites/board/_api/web/lists/GetByTitle('Clinical leadership answers')/items", {
      method: 'POST',
      headers: { ...as, 'content-type': 'application/json;odata=minimalmetadata', 'X-RequestDigest': digest },
      body: JSON.stringify({ Title: key, Kind: 'member', Member: 'i:0#.f|membership|olivia@example.nhs.uk', MemberName: 'Olivia Owner', Record: JSON.stringify({ schema: 2, answers: {} }) }),
    });
    return { status: answer.status, olivia: (await window.sp.store('olivia').load(key)).raw };
  }, KEY);
  check(forged.status === 201 && forged.olivia === null, "an item Cara wrote naming Olivia in its Member column is not Olivia's record (her own item is the one she created: Author)");
  await page.evaluate((m) => window.sp.mount('sam-again', 'sam', m), SECRETARY);
  await inHost('sam-again', '[role="tab"][data-view="compare"]', (el) => { el.click(); return true; });
  await waitFor('Compare offered again', async () => !!(await inHost('sam-again', '[data-command="compare-members"]', () => true)));
  await inHost('sam-again', '[data-command="compare-members"]', (el) => { el.click(); return true; });
  await waitFor('Compare names that item by who wrote it (Cara Chair), never as Olivia Owner', async () => {
    const shown = await text('sam-again');
    return /Comparing 3 members: Ann Adams, Ben Brown, Cara Chair/.test(shown) && !shown.includes('Olivia Owner');
  });
}
