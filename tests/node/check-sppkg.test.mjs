// The .sppkg checks (scripts/lib/sppkg-checks.mjs) and zip reader (scripts/lib/zip.mjs) on a small
// package built here: a good one passes, and each way a package could break SharePoint's script
// policy (a CDN base URL, a missing chunk, a script from elsewhere, eval, inline script) fails.
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { checkSppkg, runtimeChunkFiles } from '../../scripts/lib/sppkg-checks.mjs';
import { readZip } from '../../scripts/lib/zip.mjs';

const ID = '49a2585c-bdd5-4b9d-bb00-1698ee4ec58e';
const ENTRY = 'web-part_aaaa.js';
// The shape of what SPFx's webpack 5 runtime emits (public path from the entry script's src, chunk names and hashes).
const runtime = (chunks = { 30: ['cl-gallery', 'h1'], 283: [null, 'h2'] }) => {
  const names = Object.entries(chunks).filter(([, [n]]) => n).map(([id, [n]]) => `${id}:"${n}"`).join(',');
  const hashes = Object.entries(chunks).map(([id, [, h]]) => `${id}:"${h}"`).join(',');
  return `s=e?e.src:"",l.p=s.slice(0,s.lastIndexOf("/")+1);l.u=e=>"chunk."+({${names}}[e]||e)+"_"+{${hashes}}[e]+".js";` +
    '(i=document.createElement("script")).charset="utf-8",i.src=e;';
};
const xmlAttr = (json) => JSON.stringify(json).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function goodPackage({ bases = ['HTTPS://SPCLIENTSIDEASSETLIBRARY/'], resources, entry = runtime(), chunks } = {}) {
  const manifest = {
    id: ID, componentType: 'WebPart', preconfiguredEntries: [{ title: { default: 'Clinical leadership elements' } }],
    loaderConfig: {
      internalModuleBaseUrls: bases, entryModuleId: 'web-part',
      scriptResources: resources ?? {
        'web-part': { type: 'path', path: ENTRY },
        '@microsoft/sp-core-library': { type: 'component', id: '7263c7d0', version: '1.23.2' },
      },
    },
  };
  const files = new Map([
    ['AppManifest.xml', '<App IsClientSideSolution="true"></App>'],
    [`f/WebPart_${ID}.xml`, `<Elements><ClientSideComponent Name="Clinical leadership elements" ComponentManifest="${xmlAttr(manifest)}" Type="WebPart"></ClientSideComponent></Elements>`],
    [`ClientSideAssets/${ENTRY}`, entry],
    ['ClientSideAssets/chunk.cl-gallery_h1.js', 'function a(e){return e.textContent="x"}'],
    ['ClientSideAssets/chunk.283_h2.js', 'var t=document.createElement("template");t.innerHTML=e,n}}function T(){}'],
    ...(chunks ?? []),
  ]);
  const assets = [...files.keys()].filter((n) => n.startsWith('ClientSideAssets/'));
  files.set('_rels/ClientSideAssets.xml.rels', assets.map((n) => `<Relationship Target="/${n}" />`).join(''));
  return new Map([...files].map(([k, v]) => [k, Buffer.from(v)]));
}
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

/** A zip with one stored and one deflated entry, written the way the format says. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text, deflate] of files) {
    const data = Buffer.from(text);
    const body = deflate ? deflateRawSync(data) : data;
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(files.length, 8);
  eocd.writeUInt16LE(files.length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

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
