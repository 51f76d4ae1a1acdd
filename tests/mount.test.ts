import { expect } from '@open-wc/testing';
import '../src/clinical-leadership-data.js';
import '../src/case-study-card.js';
import { mountWidgets, startMounting, stopMounting } from '../src/mount.js';
import { captureWarnings, until } from './helpers.js';

/** A host div with the given markup, attached by hand (open-wc's fixture waits for a frame). */
function host(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  document.body.append(div);
  hosts.push(div);
  return div;
}
const hosts: HTMLElement[] = [];

describe('the <div data-cl-widget> mount', () => {
  afterEach(() => {
    stopMounting();
    hosts.splice(0).forEach((h) => h.remove());
  });

  it('turns a div into the element, mapping data-* to attributes', async () => {
    const root = host(`<div data-cl-widget="case-study-card" data-case-id="rachel-mckeown" data-variant="full"><a href="/fallback">Fallback</a></div>`);
    mountWidgets(root);
    const el = root.querySelector('case-study-card')!;
    expect(el).to.exist;
    expect(el.getAttribute('case-id')).to.equal('rachel-mckeown');
    expect(el.getAttribute('variant')).to.equal('full');
    // The fallback moves into the element: shown until the widget upgrades, never rendered after.
    const fallback = root.querySelector<HTMLAnchorElement>('case-study-card > a[href="/fallback"]')!;
    expect(fallback, 'fallback kept as the element\u2019s light DOM').to.exist;
    await until(() => !!el.shadowRoot?.querySelector('article'), 'card rendered');
    expect(fallback.getClientRects().length, 'fallback not rendered once upgraded').to.equal(0);
  });

  it('never maps event handlers or styles from data attributes', async () => {
    const root = host(`<div data-cl-widget="case-study-card" data-onclick="window.__pwned=1" data-style="color:red" data-case-id="x"></div>`);
    mountWidgets(root);
    const el = root.querySelector('case-study-card')!;
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.hasAttribute('style')).to.equal(false);
    expect(el.getAttribute('case-id')).to.equal('x');
  });

  it('keeps a provider div’s children inside the provider', async () => {
    const root = host(`
      <div data-cl-widget="clinical-leadership-data" data-src="/__test__/dataset.json">
        <div data-cl-widget="case-study-card" data-case-id="rachel-mckeown"></div>
      </div>
    `);
    mountWidgets(root);
    const provider = root.querySelector('clinical-leadership-data')!;
    expect(provider.getAttribute('src')).to.equal('/__test__/dataset.json');
    expect(provider.querySelector('case-study-card')?.getAttribute('case-id')).to.equal('rachel-mckeown');
  });

  it('shows a visible error for an unknown widget name', async () => {
    const warn = captureWarnings();
    const root = host(`<div data-cl-widget="case-study-crad"></div>`);
    mountWidgets(root);
    warn.restore();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('"case-study-crad", which does not exist');
    expect(alert.textContent).to.contain('case-study-card');
    expect(warn.messages).to.have.length(1);
    await expect(root).to.be.accessible();
  });

  it('mounts divs added to the page later, once', async () => {
    startMounting();
    const div = document.createElement('div');
    div.dataset.clWidget = 'clinical-leadership-data';
    div.dataset.src = '/__test__/dataset.json';
    document.body.append(div);
    await until(() => div.querySelector('clinical-leadership-data') !== null, 'mounted by the observer');
    mountWidgets(document);
    expect(div.querySelectorAll('clinical-leadership-data')).to.have.length(1);
    div.remove();
  });
});
