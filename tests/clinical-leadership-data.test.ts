import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../src/clinical-leadership-data.js';
import type { ClinicalLeadershipData } from '../src/clinical-leadership-data.js';
import { DatasetController } from '../src/internal/dataset-controller.js';
import type { DatasetState } from '../src/data/index.js';
import { dataset } from '../src/data/bundled-dataset.js';
import { captureWarnings, shadow, until } from './helpers.js';

/** A bare consumer that shows what it receives. */
class TestConsumer extends LitElement {
  data = new DatasetController(this);
  get current(): DatasetState {
    return this.data.need();
  }
  protected override render() {
    const s = this.current;
    return litHtml`<p>${s.status === 'ready' ? `${s.dataset.caseStudies.length}: ${s.dataset.caseStudies[0]?.summary ?? ''}` : s.status}</p>`;
  }
}
customElements.define('test-consumer', TestConsumer);

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('<clinical-leadership-data>', () => {
  it('is accessible with an error showing', async () => {
    const warn = captureWarnings();
    const el = await fixture<ClinicalLeadershipData>(html`<clinical-leadership-data src="/__test__/missing.json?first"></clinical-leadership-data>`);
    await until(() => el.state.status === 'error', 'error state');
    warn.restore();
    await expect(el).to.be.accessible();
  });

  it('provides a data set given by property to the widgets inside', async () => {
    const data = clone(dataset);
    data.caseStudies[0].summary = 'Given by property.';
    const el = await fixture<ClinicalLeadershipData>(html`<clinical-leadership-data .data=${data}><test-consumer></test-consumer></clinical-leadership-data>`);
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    await until(() => consumer.current.status === 'ready', 'consumer ready');
    expect(shadow(consumer).textContent).to.contain('Given by property.');
    expect(consumer.data.hasProvider).to.equal(true);
  });

  it('loads src, validates it and fires cl-data-load', async () => {
    const el = document.createElement('clinical-leadership-data');
    el.innerHTML = '<test-consumer></test-consumer>';
    el.src = '/__test__/custom.json';
    const loaded = oneEvent(el, 'cl-data-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.src).to.equal('/__test__/custom.json');
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    await until(() => shadow(consumer).textContent!.includes('From src:'), 'consumer shows src data');
    el.remove();
  });

  const failures: Array<[string, string, RegExp]> = [
    ['a 404', '/__test__/missing.json', /could not be loaded \(404/],
    ['invalid JSON', '/__test__/truncated.json', /is not valid JSON/],
    ['an HTML page', '/__test__/page.html', /not valid JSON \(it looks like a web page\)/],
    ['data that fails validation', '/__test__/invalid.json', /not a valid clinical leadership data set/],
  ];
  for (const [name, src, message] of failures) {
    it(`shows ${name} inside itself, tells its widgets and fires cl-data-error`, async () => {
      const warn = captureWarnings();
      const el = document.createElement('clinical-leadership-data');
      el.innerHTML = '<test-consumer></test-consumer>';
      el.src = src;
      const failed = oneEvent(el, 'cl-data-error');
      document.body.append(el);
      const event = await failed;
      await el.updateComplete;
      warn.restore();
      expect(event.detail.message).to.match(message);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.match(message);
      const consumer = el.querySelector('test-consumer') as TestConsumer;
      await consumer.updateComplete;
      expect(shadow(consumer).textContent).to.equal('error');
      expect(warn.messages).to.have.length.greaterThan(0);
      el.remove();
    });
  }

  it('names the record and field of invalid data', async () => {
    const warn = captureWarnings();
    const el = await fixture<ClinicalLeadershipData>(html`<clinical-leadership-data src="/__test__/invalid.json"></clinical-leadership-data>`);
    await until(() => el.state.status === 'error', 'error state');
    warn.restore();
    expect(shadow(el).textContent).to.contain("caseStudies[0] 'x': role is missing");
  });

  it('gives up on a slow response after its timeout', async () => {
    const warn = captureWarnings();
    const el = await fixture<ClinicalLeadershipData>(
      html`<clinical-leadership-data timeout="200" src="/__test__/dataset.json?delay=3000"></clinical-leadership-data>`,
    );
    await until(() => el.state.status === 'error', 'timed out', 2500);
    warn.restore();
    expect(shadow(el).textContent).to.contain('did not arrive within 0.2 seconds');
  });

  it('reaches consumers that upgraded before the provider was defined', async () => {
    // A provider tag that is not defined yet, around a consumer that is.
    // Appended by hand: open-wc's fixture() waits for an animation frame, which stalls under load.
    const host = document.createElement('div');
    host.innerHTML = '<late-data-provider><test-consumer></test-consumer></late-data-provider>';
    document.body.append(host);
    const consumer = host.querySelector('test-consumer') as TestConsumer;
    await until(() => consumer.current.status === 'ready', 'bundled fallback first');
    expect(consumer.data.hasProvider).to.equal(false);
    const { ClinicalLeadershipData } = await import('../src/clinical-leadership-data/clinical-leadership-data.js');
    customElements.define('late-data-provider', class extends ClinicalLeadershipData {});
    const provider = host.querySelector('late-data-provider') as ClinicalLeadershipData;
    const data = clone(dataset);
    data.caseStudies[0].summary = 'From the late provider.';
    provider.data = data;
    await until(() => shadow(consumer).textContent!.includes('From the late provider.'), 'late provider reaches consumer');
    expect(consumer.data.hasProvider).to.equal(true);
    host.remove();
  });

  it('falls back to the bundled data set without a provider', async () => {
    const consumer = await fixture<TestConsumer>(html`<test-consumer></test-consumer>`);
    await until(() => consumer.current.status === 'ready', 'bundled data');
    expect(shadow(consumer).textContent).to.contain(`${dataset.caseStudies.length}:`);
  });

  it('a second registration of the tag warns and does not throw', async () => {
    const warn = captureWarnings();
    const { define } = await import('../src/internal/define.js');
    expect(() => define('clinical-leadership-data', class extends HTMLElement {})).not.to.throw();
    warn.restore();
    expect(warn.messages.join()).to.contain('<clinical-leadership-data> (and any other of its elements) is already defined');
  });
});
