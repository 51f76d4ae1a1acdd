/**
 * The built one-script bundle (dist/cdn), as a CMS page would use it: a plain
 * <script type="module">, no build step, every widget by tag and by div, the script loaded a
 * second time from another URL, and the same page again under a strict CSP with Trusted Types.
 * `npm test` builds first.
 */
import { expect } from '@open-wc/testing';

const TAGS = ['case-study-card', 'case-study-gallery', 'framework-checklist', 'barrier-explorer', 'board-profile', 'clinical-leadership-data'];

interface Report {
  errors: string[];
  rejections: string[];
  violations: string[];
  warnings: string[];
  pwned: string[];
}
type PageWindow = Window & typeof globalThis & { __report: Report };

async function open(url: string): Promise<{ win: PageWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.title = 'widget page';
  frame.width = '1200';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as PageWindow, frame };
}

/** Whether the page fetched a chunk of the one-script bundle whose name starts with `name-`. */
const fetchedChunk = (win: PageWindow, name: string) =>
  win.performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.includes(`/chunks/${name}-`));

async function settled(win: PageWindow, timeout = 15000, count = 10): Promise<Element[]> {
  const start = Date.now();
  for (;;) {
    const elements = TAGS.flatMap((t) => Array.from(win.document.querySelectorAll(t)));
    const ready =
      elements.length >= count &&
      elements.every(
        (el) =>
          win.customElements.get(el.localName) &&
          el.shadowRoot &&
          !el.shadowRoot.querySelector('[part~="loading"]') &&
          // The provider renders only a slot (and its error, if any); widgets render content.
          (el.localName === 'clinical-leadership-data' || el.shadowRoot.textContent!.trim()),
      );
    if (ready) return elements;
    if (Date.now() - start > timeout) {
      const pending = elements.filter((el) => !el.shadowRoot || el.shadowRoot.querySelector('[part~="loading"]')).map((el) => el.localName);
      throw new Error(`widgets did not finish rendering: ${pending.join(', ') || `${elements.length} found`}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the one-script bundle on a plain page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders every widget by tag and by div, with no page errors', async () => {
    const page = await open('/tests/pages/widgets.html');
    frame = page.frame;
    const elements = await settled(page.win);
    const doc = page.win.document;
    expect(doc.querySelectorAll('[data-cl-widget][data-cl-mounted]')).to.have.length(7);
    const card = doc.querySelector('case-study-card[case-id="rachel-mckeown"]')!;
    expect(card.shadowRoot!.textContent).to.contain('Rachel McKeown');
    const divCard = doc.querySelector('[data-case-id="pippa-nightingale"] case-study-card')!;
    expect(divCard.shadowRoot!.textContent).to.contain('Pippa Nightingale');
    const provided = doc.querySelector('[data-case-id="shane-degaris"] case-study-card')!;
    expect(provided.shadowRoot!.textContent).to.contain('Shane DeGaris');
    expect(elements.filter((el) => el.shadowRoot!.querySelector('[role="alert"]'))).to.have.length(0);
    expect(page.win.__report.errors).to.deep.equal([]);
    expect(page.win.__report.rejections).to.deep.equal([]);
    expect(fetchedChunk(page.win, 'validators'), 'the providers loaded the validators').to.equal(true);
  });

  it('never downloads the validators on a page that shows only the bundled data', async () => {
    const page = await open('/tests/pages/bundled-data.html');
    frame = page.frame;
    const elements = await settled(page.win, 15000, 5);
    expect(elements.filter((el) => el.shadowRoot!.querySelector('[role="alert"]'))).to.have.length(0);
    expect(page.win.document.querySelector('case-study-gallery')!.shadowRoot!.querySelectorAll('case-study-card').length).to.be.above(0);
    expect(fetchedChunk(page.win, 'bundled-dataset'), 'the data chunk').to.equal(true);
    expect(fetchedChunk(page.win, 'validators'), 'the validators chunk').to.equal(false);
    expect(page.win.__report.errors).to.deep.equal([]);
  });

  it("fetches the provider's code only on a page with a provider, and then before its widgets: never the bundled data set for nothing", async () => {
    const bundled = await open('/tests/pages/bundled-data.html');
    await settled(bundled.win, 15000, 5);
    expect(fetchedChunk(bundled.win, 'clinical-leadership-data'), 'no provider on the page, no provider code').to.equal(false);
    bundled.frame.remove();
    const page = await open('/tests/pages/provided.html');
    frame = page.frame;
    await settled(page.win, 15000, 4);
    const doc = page.win.document;
    expect(doc.querySelector('case-study-card[case-id="michael-witney"]')!.shadowRoot!.textContent).to.contain('Michael Witney');
    expect(doc.querySelector('[data-case-id="shane-degaris"] case-study-card')!.shadowRoot!.textContent).to.contain('Shane DeGaris');
    expect(fetchedChunk(page.win, 'clinical-leadership-data'), 'the provider code').to.equal(true);
    expect(fetchedChunk(page.win, 'bundled-dataset'), 'the bundled data set').to.equal(false);
    expect(page.win.__report.errors).to.deep.equal([]);
  });

  it('survives the script loaded a second time from another URL, with one warning', async () => {
    const page = await open('/tests/pages/widgets.html');
    frame = page.frame;
    await settled(page.win);
    const doc = page.win.document;
    const second = doc.createElement('script');
    second.type = 'module';
    second.src = '/dist/cdn/clinical-leadership-elements.js?copy=2';
    const loaded = new Promise((resolve, reject) => {
      second.addEventListener('load', resolve, { once: true });
      second.addEventListener('error', reject, { once: true });
    });
    doc.head.append(second);
    await loaded;
    const warnings = page.win.__report.warnings.filter((w) => w.includes('clinical-leadership-elements'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('loaded more than once');
    // Widgets already on the page still work, and new ones still upgrade.
    const added = doc.createElement('div');
    added.dataset.clWidget = 'case-study-card';
    added.dataset.caseId = 'clare-boobyer-jones';
    doc.body.append(added);
    await settled(page.win);
    await new Promise((r) => setTimeout(r, 100));
    const card = added.querySelector('case-study-card')!;
    expect(card.shadowRoot!.textContent).to.contain('Clare Boobyer-Jones');
    expect(page.win.__report.errors).to.deep.equal([]);
  });

  it('runs under a strict CSP with Trusted Types and no policy violations', async () => {
    const page = await open('/tests/pages/widgets.html?csp');
    frame = page.frame;
    await settled(page.win);
    // Prove the policy was really in force: an inline style attribute must be reported.
    const probe = page.win.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    page.win.document.body.append(probe);
    await new Promise((r) => setTimeout(r, 100));
    const violations = page.win.__report.violations;
    expect(violations.filter((v) => v.startsWith('style-src'))).to.have.length(1);
    expect(violations.filter((v) => !v.startsWith('style-src'))).to.deep.equal([]);
    expect(page.win.__report.errors).to.deep.equal([]);
  });

  it('fetches the Word writer only when a board paper is asked for, from chunks/ beside the script, under the strict CSP', async () => {
    const page = await open('/tests/pages/widgets.html?csp');
    frame = page.frame;
    await settled(page.win);
    const checklist = page.win.document.querySelector('framework-checklist')!;
    expect(fetchedChunk(page.win, 'board-paper-docx'), 'not before it is asked for').to.equal(false);
    const names: string[] = [];
    page.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download); // no real download from the test page
    };
    checklist.shadowRoot!.querySelector<HTMLButtonElement>('[data-command="paper"]')!.click();
    const status = () => checklist.shadowRoot!.querySelector('[role="status"]')!.textContent!;
    const start = Date.now();
    while (!/Download started|could not/.test(status()) && Date.now() - start < 20000) await new Promise((r) => setTimeout(r, 50));
    expect(status()).to.match(/Download started: board-paper-dist-test-\d{4}-\d{2}-\d{2}\.docx\./);
    expect(names).to.have.length(1);
    const docx = page.win.performance.getEntriesByType('resource').find((e) => e.name.includes('/chunks/board-paper-docx-'))!;
    expect(new URL(docx.name).pathname).to.match(/^\/dist\/cdn\/chunks\/board-paper-docx-[\w-]+\.js$/);
    expect(page.win.__report.violations).to.deep.equal([]);
    expect(page.win.__report.errors).to.deep.equal([]);
  });
});
