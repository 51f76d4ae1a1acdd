/**
 * The one script's autoloader (src/internal/autoload.ts): each element's code on first use, and
 * the provider's before the widgets' while a provider is in the page, so widgets inside it never
 * start on the bundled data set. Fake loaders with tags of this file's own, so the order is seen.
 */
import { expect } from '@open-wc/testing';
import { startAutoloading } from '../src/internal/autoload.js';
import { captureWarnings, until } from './helpers.js';

const settle = () => new Promise((r) => setTimeout(r, 30));

/** A loader that records its call and settles when told to (defining its tag on success). */
function deferred(tag: string, calls: string[]) {
  let settle!: (ok: boolean) => void;
  const done = new Promise<void>((resolve, reject) => {
    settle = (ok) => {
      if (ok) {
        customElements.define(tag, class extends HTMLElement {});
        resolve();
      } else reject(new Error(`no ${tag}`));
    };
  });
  return { load: () => (calls.push(tag), done), settle: (ok: boolean) => settle(ok) };
}

describe('the one script\u2019s autoloader', () => {
  const hosts: HTMLElement[] = [];
  afterEach(() => hosts.splice(0).forEach((h) => h.remove()));
  const host = (markup: string) => {
    const div = document.createElement('div');
    div.innerHTML = markup;
    document.body.append(div);
    hosts.push(div);
    return div;
  };

  it('loads a widget at once when the page has no provider', async () => {
    const calls: string[] = [];
    const widget = deferred('al-card-a', calls);
    host('<al-card-a></al-card-a>');
    startAutoloading({ 'al-card-a': widget.load, 'al-data-a': deferred('al-data-a', calls).load }, 'al-data-a');
    await settle();
    expect(calls).to.deep.equal(['al-card-a']);
  });

  it('loads the provider first and the widgets once it is defined', async () => {
    const calls: string[] = [];
    const provider = deferred('al-data-b', calls);
    const widget = deferred('al-card-b', calls);
    host('<al-data-b><al-card-b></al-card-b></al-data-b><al-card-b></al-card-b>');
    startAutoloading({ 'al-card-b': widget.load, 'al-data-b': provider.load }, 'al-data-b');
    await settle();
    expect(calls, 'the widget waits for the provider').to.deep.equal(['al-data-b']);
    provider.settle(true);
    await until(() => calls.length === 2, 'widget code requested');
    expect(calls).to.deep.equal(['al-data-b', 'al-card-b']);
  });

  it('still loads the widgets, once, when the provider\u2019s code fails', async () => {
    const calls: string[] = [];
    const provider = deferred('al-data-c', calls);
    const widget = deferred('al-card-c', calls);
    host('<al-data-c><al-card-c></al-card-c></al-data-c>');
    const warnings = captureWarnings();
    try {
      startAutoloading({ 'al-card-c': widget.load, 'al-data-c': provider.load }, 'al-data-c');
      await settle();
      provider.settle(false);
      await until(() => calls.includes('al-card-c'), 'widget code requested');
      await settle();
      expect(calls).to.deep.equal(['al-data-c', 'al-card-c']);
      expect(warnings.messages.filter((m) => m.includes('<al-data-c>'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
