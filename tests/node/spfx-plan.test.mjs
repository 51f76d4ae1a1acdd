// The SPFx web part's pure plan() (spfx/src/webparts/clinicalLeadershipElements/render.ts): never
// throws, whatever a hand-edited page or a PnP script put in its property bag (issue 29). The
// module is bundled with esbuild (as the web part's build does) and imported from a data: URL;
// its lazy widget imports are never called here.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { build } from 'esbuild';

// Bundled with its own imports (the generated widget table); the widgets' lazy imports stay imports.
const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('../../spfx/src/webparts/clinicalLeadershipElements/render.ts', import.meta.url))],
  bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent', external: ['clinical-leadership-elements', 'clinical-leadership-elements/*'],
  tsconfigRaw: {}, // spfx/tsconfig.json extends a file in spfx/node_modules, which this test does not need
});
const { plan } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const page = 'https://example.sharepoint.com/sites/intranet/SitePages/Home.aspx';

test('plan() never throws on a widget property that is not text, and names the problem', () => {
  for (const widget of [42, true, {}, ['case-study-card'], { trim: 1 }, Object.create(null)]) {
    let result;
    assert.doesNotThrow(() => { result = plan({ widget }, page); }, `widget ${JSON.stringify(widget)}`);
    assert.match(result.error, /^The widget property is not text\. Choose one of: .*case-study-gallery/);
  }
});

test('plan() still takes a text widget, trimmed, and defaults a missing one to the gallery', () => {
  assert.equal(plan({ widget: ' case-study-card ', caseId: 'rachel-mckeown' }, page).widget, 'case-study-card');
  assert.equal(plan({}, page).widget, 'case-study-gallery');
  assert.equal(plan({ widget: null }, page).widget, 'case-study-gallery');
  assert.match(plan({ widget: 'case-study-crad' }, page).error, /^Unknown widget "case-study-crad"/);
});
