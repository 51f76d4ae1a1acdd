/**
 * The iframe page (dist/embed/index.html, served under the strict CSP by tests/server) and its host
 * script (dist/embed/host.js), as a CMS page uses them: this test page is the host, holding the
 * iframe. `npm test` builds first (or `npx vite build --mode embed`).
 */
import { expect } from '@open-wc/testing';
import { HEIGHT } from '../src/embed/protocol.js';
import { readQuery, unknownAttributes, type EmbedPlan } from '../src/embed/query.js';
import { until } from './helpers.js';

const frames: HTMLIFrameElement[] = [];

function frame(src: string, title = 'Case studies'): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.title = title;
  f.setAttribute('data-cl-embed', '');
  f.style.cssText = 'display:block;width:800px;height:150px;border:0';
  f.src = src;
  document.body.append(f);
  frames.push(f);
  return f;
}

/** The same server under the other name (localhost ↔ 127.0.0.1): a cross-origin frame. */
const otherOrigin = () => `http://${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const height = (f: HTMLIFrameElement) => Math.round(f.getBoundingClientRect().height);
const doc = (f: HTMLIFrameElement) => f.contentDocument!;
const contentHeight = (f: HTMLIFrameElement) => Math.ceil(doc(f).body.getBoundingClientRect().height);
const gallery = (f: HTMLIFrameElement) => doc(f)?.querySelector('case-study-gallery');
const cards = (f: HTMLIFrameElement) => gallery(f)?.shadowRoot?.querySelectorAll('case-study-card').length ?? 0;
type Report = { warnings: string[]; errors: string[]; violations: string[] };
const report = (f: HTMLIFrameElement) => (f.contentWindow as Window & { __report?: Report }).__report;

before(async () => {
  const script = document.createElement('script');
  script.src = '/dist/embed/host.js';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  document.head.append(script);
  await loaded;
});

describe('the embed page in an iframe', () => {
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('has no inline script or style: one module script and one stylesheet, both beside it', async () => {
    const html = await (await fetch('/dist/embed/index.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    // (The test server adds its own web-socket script to every page it serves.)
    const scripts = Array.from(page.scripts).filter((s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'));
    expect(scripts.map((s) => [s.type, s.getAttribute('src'), s.textContent!.trim()])).to.deep.equal([['module', './embed.js', '']]);
    expect(Array.from(page.querySelectorAll('link[rel="stylesheet"]')).map((l) => l.getAttribute('href'))).to.deep.equal(['./embed.css']);
    expect(page.querySelectorAll('style, [style]')).to.have.length(0);
    const handlers = Array.from(page.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
    expect(handlers).to.deep.equal([]);
  });

  it('sizes its frame to the content, and again when "Show more" adds cards', async () => {
    const f = frame('/dist/embed/index.html?widget=case-study-gallery&page-size=3&heading-level=1');
    await until(() => cards(f) === 3, 'three cards in the frame', 15000);
    // The content may still grow after a first match (the cards finish rendering): the frame follows it,
    // and ends with nothing to scroll inside it.
    await until(() => height(f) === contentHeight(f) && height(f) > 300 && doc(f).documentElement.scrollHeight <= f.clientHeight,
      'frame as tall as its content, no scrolling inside it', 15000);
    expect(doc(f).title).to.equal('Case study gallery – Clinical leadership elements');
    const before = height(f);
    const more = gallery(f)!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-more"]')!;
    expect(more.textContent).to.match(/Show 3 more/i);
    more.click();
    await until(() => cards(f) === 6, 'six cards after Show more');
    await until(() => height(f) === contentHeight(f) && height(f) > before + 100, 'the frame grew with its content');
  });

  for (const widget of ['framework-checklist', 'barrier-explorer', 'board-profile']) {
    it(`shows <${widget}> and settles on its content's height (no loading placeholder that follows the frame)`, async () => {
      const f = frame(`/dist/embed/index.html?widget=${widget}`);
      const el = () => doc(f)?.querySelector(widget);
      await until(() => !!el()?.shadowRoot?.textContent?.trim() && !el()!.shadowRoot!.querySelector('[part~="loading"]'), `${widget} rendered`, 15000);
      await until(() => height(f) === contentHeight(f) && height(f) > 200, 'frame as tall as its content', 15000);
      expect(height(f)).to.be.below(20000);
    });
  }

  it('renders under the strict CSP with no violations, errors or warnings, and takes a data file', async () => {
    const f = frame('/tests/pages/embed.html?widget=case-study-card&case-id=rachel-mckeown&variant=full&data=/__test__/custom.json');
    await until(() => !!doc(f)?.querySelector('clinical-leadership-data case-study-card')?.shadowRoot?.querySelector('article'), 'card rendered from the data file', 15000);
    const card = doc(f).querySelector('case-study-card')!;
    expect(card.shadowRoot!.textContent).to.contain('Rachel McKeown');
    expect(card.shadowRoot!.textContent, 'the summary came from the data file').to.contain('From src:');
    await until(() => height(f) === contentHeight(f), 'frame sized');
    expect(report(f)).to.deep.include({ warnings: [], errors: [], violations: [] });
  });

  for (const [query, shows] of [
    ['widget=case-study-crad', 'The widget "case-study-crad" does not exist'],
    ['case-id=rachel-mckeown', 'names no widget'],
    ['widget=case-study-card&onclick=alert(1)', '"onclick" cannot be a widget setting'],
    ['widget=case-study-card&case-id=a&case-id=b', '"case-id" is given more than once'],
    ['widget=case-study-gallery&pagesize=6', 'has no setting called "pagesize"'],
    ['widget=case-study-card&data=javascript:alert(1)', 'data parameter must be an http(s) address'],
    ['widget=clinical-leadership-data', 'does not exist'],
    // The page trusts its own origin only (issue 29): a data set or link template from elsewhere is refused.
    ['widget=case-study-card&case-id=rachel-mckeown&data=//elsewhere.example/x.json', 'The data parameter must be an address on this page\'s own site'],
    ['widget=case-study-card&case-id=rachel-mckeown&barrier-href=//elsewhere.example/b%23{id}', 'The barrier-href parameter must be a relative address or one on this page\'s own site'],
    ['widget=case-study-gallery&docs-href=mailto:x@elsewhere.example', 'The docs-href parameter must be a relative address'],
  ] as const) {
    it(`shows what is wrong, and warns once: ?${query}`, async () => {
      const f = frame(`/tests/pages/embed.html?${query}`);
      await until(() => !!doc(f)?.querySelector('[role="alert"]'), 'an alert in the frame', 15000);
      const alert = doc(f).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('This widget cannot be shown.');
      expect(alert.textContent).to.contain(shows);
      expect(doc(f).querySelector('main')!.children, 'nothing but the message').to.have.length(1);
      expect(report(f)!.warnings).to.have.length(1);
      expect(report(f)!.violations).to.deep.equal([]);
      await until(() => height(f) === contentHeight(f), 'frame sized to the message');
      // axe runs on this document only: check a copy of the message here.
      const copy = document.body.appendChild(document.importNode(alert, true));
      await expect(copy).to.be.accessible();
      copy.remove();
    });
  }

  it('across origins: sized only when parent-origin names this page, and never by a message from elsewhere', async () => {
    const page = `${otherOrigin()}/dist/embed/index.html?widget=case-study-card&case-id=rachel-mckeown`;
    const told = frame(`${page}&parent-origin=${encodeURIComponent(location.origin)}`);
    const elsewhere = frame(`${page}&parent-origin=https://intranet.example.nhs.uk`);
    await Promise.all([told, elsewhere].map((f) => new Promise((r) => f.addEventListener('load', r, { once: true }))));
    // The same page from the same server: by the time the first has reported its rendered card, the
    // second has measured too (and, told to speak only to another origin, said nothing to us).
    await until(() => height(told) > 100, 'the frame that may tell this origin was sized', 15000);
    expect(height(elsewhere), 'a frame that may not tell us keeps its height').to.equal(150);

    // The host script checks source and origin: a forged message with the wrong origin is ignored,
    // and so is one from a window that is no marked frame; the same message from the frame's origin
    // is not ignored (so the checks above can fail).
    const forged = (origin: string, h: number) =>
      window.dispatchEvent(new MessageEvent('message', { data: { type: HEIGHT, version: 1, height: h }, origin, source: elsewhere.contentWindow }));
    forged('https://evil.example', 40);
    forged(location.origin, 41);
    const heard = new Promise((r) => window.addEventListener('message', r, { once: true }));
    window.postMessage({ type: HEIGHT, version: 1, height: 42 }, '*'); // source: this window
    await heard; // the host script's listener, added earlier, has run by now
    expect(height(elsewhere)).to.equal(150);
    forged(otherOrigin(), 143);
    expect(height(elsewhere)).to.equal(143);
    // Clamped to 50–10,000 px: a marked frame can neither vanish nor stretch its host without end.
    forged(otherOrigin(), 0);
    expect(height(elsewhere), 'never below 50 px').to.equal(50);
    forged(otherOrigin(), -500);
    expect(height(elsewhere)).to.equal(50);
    forged(otherOrigin(), 50000);
    expect(height(elsewhere), 'never above 10,000 px').to.equal(10000);
  });

  it('refuses a data set and link templates from another origin, naming every one in one alert and one warning', async () => {
    const other = otherOrigin();
    const f = frame(`/tests/pages/embed.html?widget=case-study-gallery&data=${encodeURIComponent(`${other}/__test__/custom.json`)}&barrier-href=${encodeURIComponent(`${other}/b#{id}`)}&enabler-href=//elsewhere.example/e&docs-href=https://elsewhere.example/docs`);
    await until(() => !!doc(f)?.querySelector('[role="alert"]'), 'an alert in the frame', 15000);
    const text = doc(f).querySelector('[role="alert"]')!.textContent!;
    for (const name of ['data', 'barrier-href', 'enabler-href', 'docs-href']) expect(text).to.contain(`The ${name} parameter must be`);
    expect(text).to.contain(`this page's own site (${location.origin})`);
    expect(doc(f).querySelectorAll('[role="alert"]')).to.have.length(1);
    expect(doc(f).querySelector('case-study-gallery, clinical-leadership-data'), 'no widget, no provider').to.equal(null);
    expect(report(f)!.warnings).to.have.length(1);
  });

  it('accepts a data set and link templates from an origin the copied page allow-lists (cl-embed-allow-origins)', async () => {
    const other = otherOrigin();
    const query = `widget=case-study-card&case-id=rachel-mckeown&variant=full&data=${encodeURIComponent(`${other}/__test__/custom.json`)}&barrier-href=${encodeURIComponent(`${other}/barriers#{id}`)}`;
    const f = frame(`/__test__/embed-allow.html?${query}`);
    await until(() => !!doc(f)?.querySelector('clinical-leadership-data case-study-card')?.shadowRoot?.querySelector('article'), 'card rendered from the allowed data file', 15000);
    const card = doc(f).querySelector('case-study-card')!;
    expect(card.shadowRoot!.textContent, 'the summary came from the allowed origin').to.contain('From src:');
    expect(card.shadowRoot!.querySelector(`a[href^="${other}/barriers#"]`), 'a barrier link to the allowed origin').to.not.equal(null);
    expect(report(f)).to.deep.include({ warnings: [], errors: [], violations: [] });
    // A third origin is still refused by the same copy.
    const g = frame(`/__test__/embed-allow.html?widget=case-study-card&case-id=rachel-mckeown&data=https://elsewhere.example/x.json`);
    await until(() => !!doc(g)?.querySelector('[role="alert"]'), 'an alert in the frame', 15000);
    expect(doc(g).querySelector('[role="alert"]')!.textContent).to.contain(`this page's own site (${location.origin}) or ${other}, not "https://elsewhere.example/x.json"`);
  });
});

describe('the embed page’s query rules (src/embed/query.ts)', () => {
  const base = 'https://cdn.example.nhs.uk/cle/embed/index.html';
  it('reads a widget, its attributes in order, a data file and a parent origin', () => {
    const result = readQuery('?widget=%20Case-Study-Gallery%20&page-size=6&heading-level=1&data=../data.json&parent-origin=https://intranet.example.nhs.uk/', base);
    expect(result).to.deep.equal({
      ok: true,
      plan: {
        widget: 'case-study-gallery',
        attributes: [['page-size', '6'], ['heading-level', '1']],
        data: 'https://cdn.example.nhs.uk/cle/data.json',
        parentOrigin: 'https://intranet.example.nhs.uk',
      },
    });
  });

  it('reports every problem at once, the missing widget first', () => {
    const result = readQuery(`?style=x&Case-Id=y&parent-origin=https://a.example/path&q=${'x'.repeat(2001)}`, base);
    expect(result.ok).to.equal(false);
    const problems = (result as { problems: string[] }).problems;
    expect(problems[0]).to.contain('names no widget');
    expect(problems.slice(1).map((p) => p.slice(0, 40))).to.deep.equal([
      'The parameter "style" cannot be a widget',
      'The parameter "Case-Id" cannot be a widg',
      'The parent-origin parameter must be an o',
      'The parameter "q" is longer than 2000 ch',
    ]);
  });

  it('trusts the page\'s own origin for data and *-href templates, and origins the page allow-lists', () => {
    const own = readQuery('?widget=case-study-card&data=/d.json&barrier-href=/b%23{id}&enabler-href=https://cdn.example.nhs.uk/e%23{id}', base);
    expect(own.ok).to.equal(true);
    const foreign = readQuery('?widget=case-study-card&data=https://a.example/d.json&case-study-href=//a.example/c%23{id}', base);
    expect((foreign as { problems: string[] }).problems.map((p) => p.slice(0, 40))).to.deep.equal([
      'The data parameter must be an address on',
      'The case-study-href parameter must be a ',
    ]);
    const allowed = readQuery('?widget=case-study-card&data=https://a.example/d.json&case-study-href=//a.example/c%23{id}', base, ' https://a.example  https://b.example/ ');
    expect(allowed).to.deep.include({ ok: true });
    expect((allowed as { plan: EmbedPlan }).plan.data).to.equal('https://a.example/d.json');
    const badList = readQuery('?widget=case-study-card', base, 'https://a.example/path *');
    expect((badList as { problems: string[] }).problems).to.deep.equal([
      'The page\'s cl-embed-allow-origins list has "https://a.example/path", which is not an origin such as https://intranet.example.nhs.uk.',
      'The page\'s cl-embed-allow-origins list has "*", which is not an origin such as https://intranet.example.nhs.uk.',
    ]);
  });

  it('holds attribute names to what the widget observes', () => {
    const plan = { widget: 'case-study-card', attributes: [['case-id', 'x'], ['caseid', 'y']], parentOrigin: '*' } as EmbedPlan;
    expect(unknownAttributes(plan, ['case-id', 'variant'])).to.deep.equal(['<case-study-card> has no setting called "caseid". Its settings: case-id, variant.']);
  });
});
