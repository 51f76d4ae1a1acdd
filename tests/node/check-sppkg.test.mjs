// The .sppkg checks (scripts/lib/sppkg-checks.mjs) and zip reader (scripts/lib/zip.mjs) on a small
// package built here: a good one passes, and each way a package could break SharePoint's script
// policy (a CDN base URL, a missing chunk, a script from elsewhere, eval, inline script) fails.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSppkg, runtimeChunkFiles } from '../../scripts/lib/sppkg-checks.mjs';
import { readZip } from '../../scripts/lib/zip.mjs';
import { ENTRY, ID, goodPackage, runtime, zip } from './sppkg-fixture.mjs';

const failuresOf = (entries) => checkSppkg(entries, { webPartId: ID }).failures;

describe('check-sppkg', () => {
  it('passes a package whose scripts and chunks are all inside it', () => {
    assert.deepEqual(failuresOf(goodPackage()), []);
  });

  it('reads the chunk map of the webpack runtime', () => {
    assert.deepEqual(runtimeChunkFiles(runtime()).sort(), ['chunk.283_h2.js', 'chunk.cl-gallery_h1.js']);
  });

  it('fails a package that loads its scripts from a CDN', () => {
    assert.ok(failuresOf(goodPackage({ bases: ['https://cdn.example.org/spfx/'] })).some((f) => f.includes('ClientSideAssets only')));
  });

  it('fails when a lazy chunk the runtime can request is missing', () => {
    const entry = runtime({ 30: ['cl-gallery', 'h1'], 283: [null, 'h2'], 999: ['cl-missing', 'h9'] });
    assert.deepEqual(failuresOf(goodPackage({ entry })), ['lazy chunk chunk.cl-missing_h9.js is in the package']);
  });

  it('fails a script resource from outside the package', () => {
    const resources = { 'web-part': { type: 'path', path: ENTRY }, jquery: { type: 'url', url: 'https://code.jquery.com/jquery.js' } };
    assert.ok(failuresOf(goodPackage({ resources })).some((f) => f.includes('jquery has type url')));
  });

  for (const [what, code] of [
    ['eval', 'x=eval("1+1")'], ['new Function', 'x=new Function("return 1")'], ['a string timer', 'setTimeout("go()",1)'],
    ['document.write', 'document.write("<script>")'], ['an inline handler', 'el.setAttribute("onclick","go()")'],
    ['innerHTML outside lit-html', 'el.innerHTML=data;'], ['a second script element', 'document.createElement("script")'],
  ]) {
    it(`fails ${what} in a chunk`, () => {
      const failures = failuresOf(goodPackage({ chunks: [['ClientSideAssets/chunk.cl-gallery_h1.js', code]] }));
      assert.ok(failures.length > 0 && failures.every((f) => f.includes('chunk.cl-gallery_h1.js') || f.includes('script-element')), failures.join('\n'));
    });
  }

  it('fails when the web part is not the one in our manifest', () => {
    assert.ok(checkSppkg(goodPackage(), { webPartId: '00000000-0000-0000-0000-000000000000' }).failures.some((f) => f.includes('is our WebPart')));
  });
});

describe('readZip', () => {
  it('reads stored and deflated entries', () => {
    const entries = readZip(zip([['AppManifest.xml', '<App/>', false], ['ClientSideAssets/a.js', 'let a = 1;'.repeat(50), true]]));
    assert.equal(entries.get('AppManifest.xml').toString(), '<App/>');
    assert.equal(entries.get('ClientSideAssets/a.js').toString(), 'let a = 1;'.repeat(50));
  });

  it('refuses a file that is not a zip', () => {
    assert.throws(() => readZip(Buffer.from('not a zip at all, just some text that is long enough')), /not a zip/);
  });
});
