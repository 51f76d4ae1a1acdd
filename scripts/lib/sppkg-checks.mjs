// The checks behind scripts/check-sppkg.mjs, on the files of an unzipped .sppkg, so a test can run
// them on a package it builds in memory (tests/node/check-sppkg.test.mjs). See check-sppkg.mjs.
import { checkAppCatalog } from './sppkg-app-catalog.mjs';

const TITLE = 'Clinical leadership elements';
/** SharePoint's placeholder for the site's ClientSideAssets folder, which the app catalog fills in. */
const CLIENT_SIDE_ASSETS = 'HTTPS://SPCLIENTSIDEASSETLIBRARY/';

/**
 * What SPFx itself puts in our bundles, and why each is allowed:
 * - the webpack 5 runtime's JSONP chunk loader (`document.createElement("script")`, `.src = l.p + l.u(id)`,
 *   where `l.p` is the folder of the entry script, i.e. ClientSideAssets/): it loads files of this package;
 * - @rushstack/set-webpack-public-path-plugin: reads the entry script's own `src` (no string evaluation);
 * - lit-html's template preparation sets `<template>.innerHTML` to our own static template markup (never data);
 *   a <template>'s content never runs script, and our data goes in through text bindings only.
 * SharePoint's framework libraries (sp-core-library, sp-webpart-base, sp-property-pane) are externals:
 * the manifest names them as "component" resources and SharePoint serves them, so they are not in the package.
 */
const FORBIDDEN = [
  { name: 'eval', re: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/ },
  { name: 'Function(...) call', re: /(?<![\w$.])Function\s*\(\s*["'`]/ },
  { name: 'string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { name: 'document.write', re: /\bdocument\.write(?:ln)?\s*\(/ },
  { name: 'javascript: URL', re: /["'`]javascript:/i },
  { name: 'inline event-handler attribute', re: /setAttribute\(\s*["'`]on[a-z]+["'`]/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\s*\(/ },
  { name: 'outerHTML assignment', re: /\.outerHTML\s*=(?!=)/ },
];
/** innerHTML is only lit-html's own template preparation (see above); any other assignment fails. */
const INNER_HTML = /\.innerHTML\s*=(?!=)/g;
const LIT_TEMPLATE_INNER_HTML = /[\w$]+\.innerHTML=[\w$]+,[\w$]+\}\}function/;

function decodeXmlAttribute(text) {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The chunk file names the webpack runtime can build: `"chunk."+({id:name}[e]||e)+"_"+{id:hash}[e]+".js"`. */
export function runtimeChunkFiles(source) {
  const m = /"chunk\."\+\(\{([^}]*)\}\[[\w$]+\]\|\|[\w$]+\)\+"_"\+\{([^}]*)\}\[[\w$]+\]\+"\.js"/.exec(source);
  if (!m) return undefined;
  const pairs = (text) => Object.fromEntries([...text.matchAll(/([\w$]+):"([^"]*)"/g)].map((p) => [p[1], p[2]]));
  const names = pairs(m[1]);
  const hashes = pairs(m[2]);
  return Object.keys(hashes).map((id) => `chunk.${names[id] ?? id}_${hashes[id]}.js`);
}


/**
 * @param {Map<string, Buffer>} entries - the package's files (readZip)
 * @param {{ webPartId: string, solution?: object, libraryVersion?: string, spfxVersion?: string }} expected - the id from
 *   the web part's source manifest; with `solution` (package-solution.json's) also what the App Catalog reads (sppkg-app-catalog.mjs)
 * @returns {{ passes: string[], failures: string[] }}
 */
export function checkSppkg(entries, expected) {
  const failures = [];
  const passes = [];
  const check = (ok, message) => (ok ? passes : failures).push(message);
  // 1. The web part is in the package manifest.
  const appManifest = entries.get('AppManifest.xml')?.toString('utf8') ?? '';
  check(/IsClientSideSolution="true"/.test(appManifest), 'AppManifest.xml declares a client-side solution');
  const webPartXml = [...entries.keys()].filter((n) => /\/WebPart_[0-9a-f-]+\.xml$/.test(n));
  check(webPartXml.length === 1, `one web part element manifest (found ${webPartXml.length})`);
  let manifest;
  if (webPartXml.length === 1) {
    const xml = entries.get(webPartXml[0]).toString('utf8');
    const attr = /ComponentManifest="([^"]*)"/.exec(xml);
    manifest = attr ? JSON.parse(decodeXmlAttribute(attr[1])) : undefined;
    check(!!manifest, `${webPartXml[0]} carries a component manifest`);
    check(/Type="WebPart"/.test(xml) && new RegExp(`Name="${TITLE}"`).test(xml), `${webPartXml[0]} is the web part "${TITLE}"`);
  }
  if (manifest) {
    check(manifest.componentType === 'WebPart' && manifest.id === expected.webPartId, `component ${manifest.id} is our WebPart (manifest id ${expected.webPartId})`);
    check(manifest.preconfiguredEntries?.some((e) => e.title?.default === TITLE), `its toolbox entry is titled "${TITLE}"`);
    check(manifest.requiresCustomScript !== true, 'it does not require custom script on the site');

    // 2. Every script it loads is inside the package.
    const loader = manifest.loaderConfig ?? {};
    const bases = loader.internalModuleBaseUrls ?? [];
    check(bases.length === 1 && bases[0] === CLIENT_SIDE_ASSETS, `scripts load from the package's ClientSideAssets only (internalModuleBaseUrls ${JSON.stringify(bases)})`);
    const assets = new Set([...entries.keys()].filter((n) => n.startsWith('ClientSideAssets/')).map((n) => n.slice('ClientSideAssets/'.length)));
    const rels = entries.get('_rels/ClientSideAssets.xml.rels')?.toString('utf8') ?? '';
    for (const [id, resource] of Object.entries(loader.scriptResources ?? {})) {
      if (resource.type === 'path') {
        check(assets.has(resource.path) && rels.includes(`/ClientSideAssets/${resource.path}"`), `script resource ${id} → ClientSideAssets/${resource.path} is in the package`);
      } else if (resource.type === 'localizedPath') {
        const paths = [resource.defaultPath, ...Object.values(resource.paths ?? {})];
        check(paths.every((p) => assets.has(p)), `localized resource ${id} → ${paths.join(', ')} in the package`);
      } else if (resource.type === 'component') {
        check(/^@microsoft\/sp-[a-z-]+$/.test(id), `component resource ${id} ${resource.version} is a SharePoint framework library (served by SharePoint)`);
      } else {
        check(false, `script resource ${id} has type ${resource.type}, which loads from outside the package`);
      }
    }
    const entryPath = loader.scriptResources?.[loader.entryModuleId]?.path;
    const entrySource = entryPath && entries.get(`ClientSideAssets/${entryPath}`)?.toString('utf8');
    const chunks = entrySource ? runtimeChunkFiles(entrySource) : undefined;
    check(!!chunks && chunks.length > 0, `the entry bundle's webpack runtime lists its lazy chunks (${chunks?.length ?? 0})`);
    for (const chunk of chunks ?? []) check(assets.has(chunk), `lazy chunk ${chunk} is in the package`);
    if (entrySource) {
      check(!/\.p\s*=\s*["'`]https?:/.test(entrySource), 'the webpack public path is not a fixed URL (it is the entry script\'s own folder)');
      check(/\.p=[\w$]+\.slice\(0,[\w$]+\.lastIndexOf\("\/"\)\+1\)/.test(entrySource), 'the webpack public path is derived from the entry script\'s src');
    }

    // 3. No string evaluation or inline script in anything we ship.
    const scripts = [...assets].filter((n) => n.endsWith('.js'));
    let scriptTags = 0;
    for (const name of scripts) {
      const source = entries.get(`ClientSideAssets/${name}`).toString('utf8');
      for (const rule of FORBIDDEN) {
        const hit = rule.re.exec(source);
        check(!hit, hit ? `${name}: ${rule.name} at …${source.slice(Math.max(0, hit.index - 40), hit.index + 40)}…` : `${name}: no ${rule.name}`);
      }
      const innerHtml = [...source.matchAll(INNER_HTML)];
      const litOnly = innerHtml.every((m) => LIT_TEMPLATE_INNER_HTML.test(source.slice(Math.max(0, m.index - 12), m.index + 40)));
      check(litOnly, `${name}: innerHTML only in lit-html's template preparation (${innerHtml.length} use${innerHtml.length === 1 ? '' : 's'})`);
      const tags = (source.match(/createElement\(\s*["'`]script["'`]\s*\)/g) ?? []).length;
      scriptTags += tags;
      if (tags) check(name === entryPath && /createElement\("script"\)\)\.charset="utf-8"/.test(source) && /\.src=[\w$]+/.test(source), `${name}: the only <script> it creates is the webpack runtime's chunk loader (with src)`);
    }
    check(scriptTags <= 1, `at most one script-element creation in the package (the chunk loader), found ${scriptTags}`);
    check(![...entries.keys()].some((n) => /\.html?$/i.test(n)), 'no HTML pages in the package');
  }

  if (expected.solution) {
    const catalog = checkAppCatalog(entries, { ...expected, manifest });
    passes.push(...catalog.passes);
    failures.push(...catalog.failures);
  }
  return { passes, failures };
}
