/**
 * No-JavaScript fallback: a page built from the Embed builder's snippets shows each widget's
 * fallback content where scripts cannot run, and the widgets replace it once they load (from the
 * built one-script bundle; `npm test` builds first).
 */
import { expect } from '@open-wc/testing';
import '../stories/guides/embed-builder.js';
import type { EmbedBuilder } from '../stories/guides/embed-builder.js';
import { dataset, fallbackHtml } from '../src/data.js';

const WIDGETS = ['case-study-card', 'case-study-gallery', 'framework-checklist', 'barrier-explorer', 'board-profile'];
const SCRIPT = '/dist/cdn/clinical-leadership-elements.js';

/** Every widget's snippet, as an editor would paste it, in element and div form. */
async function snippets(): Promise<string> {
  const builder = document.createElement('cl-embed-builder') as EmbedBuilder;
  document.body.append(builder);
  await builder.updateComplete;
  const b = builder as unknown as { widget: string; mode: 'tag' | 'div'; scriptUrl: string; updateComplete: Promise<unknown> };
  b.scriptUrl = SCRIPT;
  const parts: string[] = [];
  for (const mode of ['tag', 'div'] as const) {
    for (const widget of WIDGETS) {
      b.widget = widget;
      b.mode = mode;
      await b.updateComplete;
      // The script line once, at the top; the widget part of each snippet in the body.
      parts.push(builder.snippet.replace(/<!--[^]*?-->\n?/g, '').replace(/<script[^>]*><\/script>\n*/, ''));
    }
  }
  builder.remove();
  return parts.join('\n');
}

async function frame(body: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  if (sandbox !== undefined) f.setAttribute('sandbox', sandbox);
  f.width = '1000';
  f.height = '800';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet page</title>
    <script type="module" src="${SCRIPT}"></script></head><body><main><h1>Clinical leadership</h1>${body}</main></body></html>`;
  document.body.append(f);
  await loaded;
  return f;
}

describe('no-JavaScript fallback content', () => {
  it('is plain, escaped HTML built from the data set', () => {
    const card = fallbackHtml('case-study-card', { 'case-id': 'rachel-mckeown', 'heading-level': '2' }, dataset);
    expect(card).to.match(/^<h2>Rachel McKeown<\/h2>/);
    expect(fallbackHtml('case-study-card', { 'case-id': 'x' }, { ...dataset, caseStudies: [{ ...dataset.caseStudies[0], id: 'x', name: '<img src=x onerror=alert(1)>' }] }))
      .to.contain('&lt;img src=x onerror=alert(1)&gt;');
    const checklist = fallbackHtml('framework-checklist', {}, dataset);
    for (const p of dataset.checklistPrompts) expect(checklist).to.contain(p.text.replace(/'/g, '&#39;'));
    expect(fallbackHtml('clinical-leadership-data', {}, dataset)).to.equal('');
  });

  it('shows every widget’s fallback where scripts are blocked', async () => {
    const f = await frame(await snippets(), 'allow-same-origin'); // a sandbox without allow-scripts: no script runs
    const text = f.contentDocument!.body.innerText;
    expect(f.contentDocument!.querySelector('case-study-card')!.matches(':defined')).to.equal(false);
    for (const expected of [
      dataset.caseStudies[0].name, // the card
      dataset.caseStudies[5].summary.slice(0, 40), // the gallery
      dataset.checklistPrompts[0].text, // the checklist
      dataset.barriers[0].title, // the explorer
      'It lets you list the seats at and around your board by role', // the board profile
    ]) expect(text, expected).to.contain(expected);
    // No sideways scroll at desktop width, nothing a sanitiser would strip.
    expect(f.contentDocument!.querySelectorAll('script:not([src]), style, [style], [onclick]')).to.have.length(0);
    f.remove();
  });

  it('is replaced by the widgets once the script runs', async () => {
    const f = await frame(await snippets());
    const doc = f.contentDocument!;
    const start = Date.now();
    while (Date.now() - start < 15000) {
      const all = WIDGETS.flatMap((t) => [...doc.querySelectorAll(t)]);
      if (all.length === WIDGETS.length * 2 && all.every((el) => el.shadowRoot?.textContent?.trim() && !el.shadowRoot.querySelector('[part~="loading"]'))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const tag of WIDGETS) {
      for (const el of doc.querySelectorAll(tag)) {
        expect(el.shadowRoot?.textContent?.trim(), `${tag} rendered`).to.not.equal('');
        const fallback = el.querySelector('h2, h3, p, ul');
        expect(fallback, `${tag} keeps its fallback in the light DOM`).to.exist;
        expect(fallback!.getClientRects().length, `${tag}'s fallback is hidden`).to.equal(0);
      }
    }
    f.remove();
  });
});
