// A small .sppkg built in memory for the check-sppkg tests: the shape of what SPFx writes (webpack
// runtime, component manifest in the web part's element XML, ClientSideAssets and their rels) and a
// zip writer. `appCatalog: true` adds what the App Catalog reads (AppManifest attributes, OPC
// parts, the feature XML, the Teams icons), matching spfx/config/package-solution.json.
import { deflateRawSync } from 'node:zlib';
import { colourIcon, outlineIcon } from '../../scripts/teams-icons.mjs';

export const ID = '49a2585c-bdd5-4b9d-bb00-1698ee4ec58e';
export const ENTRY = 'web-part_aaaa.js';
// The shape of what SPFx's webpack 5 runtime emits (public path from the entry script's src, chunk names and hashes).
export const runtime = (chunks = { 30: ['cl-gallery', 'h1'], 283: [null, 'h2'] }) => {
  const names = Object.entries(chunks).filter(([, [n]]) => n).map(([id, [n]]) => `${id}:"${n}"`).join(',');
  const hashes = Object.entries(chunks).map(([id, [, h]]) => `${id}:"${h}"`).join(',');
  return `s=e?e.src:"",l.p=s.slice(0,s.lastIndexOf("/")+1);l.u=e=>"chunk."+({${names}}[e]||e)+"_"+{${hashes}}[e]+".js";` +
    '(i=document.createElement("script")).charset="utf-8",i.src=e;';
};
const xmlAttr = (json) => JSON.stringify(json).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** What spfx/config/package-solution.json, package.json and spfx/package.json say (the App Catalog tests' "expected"). */
export const SOLUTION = {
  name: 'clinical-leadership-elements-client-side-solution', id: 'f66fa088-2c69-4899-b244-3f7123826885', version: '0.1.0.0',
  skipFeatureDeployment: true, isDomainIsolated: false,
  features: [{ id: 'd0102140-0a11-4d8d-8493-5abbce0a7293', version: '0.1.0.0' }],
};
export const VERSIONS = { libraryVersion: '0.1.0', spfxVersion: '0.1.0' };

/** AppManifest.xml as package-solution writes it (createSolutionXml.js), with `attrs` overriding its attributes. */
export const appManifest = (attrs = {}) => {
  const all = { xmlns: 'http://schemas.microsoft.com/sharepoint/2012/app/manifest', Name: SOLUTION.name, ProductID: SOLUTION.id, SharePointMinVersion: '16.0.0.0', IsClientSideSolution: 'true', Version: SOLUTION.version, SkipFeatureDeployment: 'true', IsDomainIsolated: 'false', ...attrs };
  return `<?xml version="1.0" encoding="utf-8"?><App ${Object.entries(all).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${v}"`).join(' ')}><Properties><Title>${SOLUTION.name}</Title></Properties></App>`;
};

export function goodPackage({ bases = ['HTTPS://SPCLIENTSIDEASSETLIBRARY/'], resources, entry = runtime(), chunks, appCatalog = false, app = appManifest(), manifestPatch = {}, icons = true } = {}) {
  const catalogFields = appCatalog ? {
    alias: 'ClinicalLeadershipElementsWebPart', version: '0.1.0', manifestVersion: 2, requiresCustomScript: false, supportedHosts: ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab'],
  } : {};
  const entryFields = appCatalog ? { description: { default: 'Case studies and the framework checklist.' }, officeFabricIconFontName: 'Health', groupId: '5c03119e-3074-46fd-976b-c60198311f70', properties: { widget: 'case-study-gallery' } } : {};
  const manifest = {
    id: ID, componentType: 'WebPart', ...catalogFields, preconfiguredEntries: [{ title: { default: 'Clinical leadership elements' }, ...entryFields }],
    ...manifestPatch,
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
  if (appCatalog) {
    files.set('AppManifest.xml', app);
    files.set('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>');
    files.set('_rels/.rels', '<Relationships><Relationship Type="http://schemas.microsoft.com/sharepoint/2012/app/relationships/package-manifest" Target="/AppManifest.xml" Id="r1"/></Relationships>');
    const feature = SOLUTION.features[0];
    files.set(`f/feature_${feature.id}.xml`, `<Feature xmlns="http://schemas.microsoft.com/sharepoint/" Title="clinical-leadership-elements Feature" Id="${feature.id}" Version="${feature.version}" Scope="Web"></Feature>`);
    if (icons) {
      files.set(`ClientSideAssets/${ID}_color.png`, colourIcon());
      files.set(`ClientSideAssets/${ID}_outline.png`, outlineIcon());
    }
  }
  const assets = [...files.keys()].filter((n) => n.startsWith('ClientSideAssets/'));
  files.set('_rels/ClientSideAssets.xml.rels', assets.map((n) => `<Relationship Target="/${n}" />`).join(''));
  return new Map([...files].map(([k, v]) => [k, Buffer.isBuffer(v) ? v : Buffer.from(v)]));
}
/** A zip with one stored and one deflated entry, written the way the format says. */
export function zip(files) {
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

