// What the App Catalog reads from a .sppkg, checked against the solution's own source files, so a
// package that SharePoint would reject, or install as the wrong app or version, fails the build:
// - the Open Packaging Conventions parts: `[Content_Types].xml`, `_rels/.rels` pointing at AppManifest.xml;
// - AppManifest.xml: `ProductID` is the solution id (a same-ID upload replaces the app), `Version` is the
//   solution version (site installs update only when it grows), `SkipFeatureDeployment` and
//   `IsDomainIsolated` as package-solution.json says;
// - the feature XML (`feature_<id>.xml`): its `Id` and `Version`;
// - versions in step: solution, feature and spfx/package.json move with the library's package.json
//   (library 0.1.0 → solution 0.1.0.0);
// - the component manifest has the fields sp-module-interfaces' client-side-web-part-manifest
//   schema requires (id, alias, componentType, version, manifestVersion, preconfiguredEntries
//   with title, description, icon, groupId and properties; supportedHosts from its enum);
// - the Teams icons (`<componentId>_color.png` 192×192, `_outline.png` 32×32), packed from spfx/teams/.
// Used by scripts/check-sppkg.mjs; tested in tests/node/check-sppkg.test.mjs.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOSTS = new Set(['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp', 'TeamsMeetingApp']);

/** The value of XML attribute `name` on the first `<tag …>` in `xml`, or undefined. */
export function xmlAttribute(xml, tag, name) {
  const open = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0];
  return open ? new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1] : undefined;
}

/** Width and height of a PNG, or undefined when the bytes are not a PNG. */
export function pngSize(buf) {
  if (!buf || buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * @param {Map<string, Buffer>} entries - the package's files (readZip)
 * @param {{ solution: object, libraryVersion: string, spfxVersion: string, manifest?: object, webPartId: string }} expected
 *   `solution` is package-solution.json's `solution`; `manifest` the component manifest found in the package.
 * @returns {{ passes: string[], failures: string[] }}
 */
export function checkAppCatalog(entries, expected) {
  const passes = [];
  const failures = [];
  const check = (ok, message) => (ok ? passes : failures).push(message);
  const text = (name) => entries.get(name)?.toString('utf8');
  const { solution, libraryVersion, spfxVersion, manifest, webPartId } = expected;

  check(!!text('[Content_Types].xml'), 'the package has [Content_Types].xml (an Open Packaging Conventions package)');
  check(/Target="\/?AppManifest\.xml"/.test(text('_rels/.rels') ?? ''), '_rels/.rels points at AppManifest.xml');

  const app = text('AppManifest.xml') ?? '';
  const attr = (name) => xmlAttribute(app, 'App', name);
  check(attr('ProductID') === solution.id, `AppManifest ProductID ${attr('ProductID')} is the solution id ${solution.id}`);
  check(attr('Version') === solution.version, `AppManifest Version ${attr('Version')} is the solution version ${solution.version}`);
  check(attr('Name') === solution.name, `AppManifest Name is ${solution.name}`);
  const skip = attr('SkipFeatureDeployment') === 'true';
  check(skip === !!solution.skipFeatureDeployment, `AppManifest SkipFeatureDeployment is ${!!solution.skipFeatureDeployment} (found ${attr('SkipFeatureDeployment') ?? 'none'})`);
  check(attr('IsDomainIsolated') === String(!!solution.isDomainIsolated), `AppManifest IsDomainIsolated is ${!!solution.isDomainIsolated} (found ${attr('IsDomainIsolated') ?? 'none'})`);

  // Versions in step with the library's own.
  check(solution.version === `${libraryVersion}.0`, `the solution version ${solution.version} is the library's ${libraryVersion} plus ".0"`);
  check(spfxVersion === libraryVersion, `spfx/package.json version ${spfxVersion} is the library's ${libraryVersion}`);
  for (const feature of solution.features ?? []) {
    check(feature.version === solution.version, `feature ${feature.id} version ${feature.version} is the solution version`);
    const name = [...entries.keys()].find((n) => n.endsWith(`feature_${feature.id}.xml`));
    const xml = name ? text(name) : '';
    check(!!name, `the feature XML feature_${feature.id}.xml is in the package`);
    if (name) {
      check(xmlAttribute(xml, 'Feature', 'Id') === feature.id && xmlAttribute(xml, 'Feature', 'Version') === feature.version, `${name} has Id ${feature.id} and Version ${feature.version}`);
    }
  }

  // The component manifest's required fields (sp-module-interfaces' schemas).
  if (manifest) {
    const m = manifest;
    check(GUID.test(m.id ?? '') && m.id === webPartId, `component id ${m.id} is a GUID and the web part's`);
    check(Number.isInteger(m.manifestVersion) && m.manifestVersion >= 2, `manifestVersion ${m.manifestVersion} is an integer ≥ 2`);
    check(typeof m.alias === 'string' && m.alias.length >= 5 && m.alias.length <= 40 && /^[a-zA-Z0-9-]*$/.test(m.alias), `alias "${m.alias}" is 5–40 letters, digits or hyphens`);
    check(m.version === libraryVersion, `component version ${m.version} is the library's ${libraryVersion} (taken from spfx/package.json)`);
    check(!(m.requiresCustomScript !== undefined && m.safeWithCustomScriptDisabled !== undefined), 'not both requiresCustomScript and safeWithCustomScriptDisabled');
    const entriesOk = Array.isArray(m.preconfiguredEntries) && m.preconfiguredEntries.length > 0 && m.preconfiguredEntries.every((e) =>
      e.title?.default && e.description?.default && (e.officeFabricIconFontName || e.iconImageUrl) && GUID.test(e.groupId ?? '') && e.properties && typeof e.properties === 'object');
    check(entriesOk, 'every preconfigured entry has a title, description, icon, groupId and properties');
    const hosts = m.supportedHosts ?? [];
    check(hosts.every((h) => HOSTS.has(h)), `supportedHosts ${JSON.stringify(hosts)} are SharePoint's values`);
    const loader = m.loaderConfig ?? {};
    check(!!loader.entryModuleId && !!loader.scriptResources?.[loader.entryModuleId], `loaderConfig names its entry module (${loader.entryModuleId}) among its script resources`);

    // Teams icons (packed from spfx/teams/ into ClientSideAssets/).
    if (hosts.includes('TeamsTab')) {
      for (const [kind, size] of [['color', 192], ['outline', 32]]) {
        const png = pngSize(entries.get(`ClientSideAssets/${webPartId}_${kind}.png`));
        check(png?.width === size && png?.height === size, `Teams ${kind} icon ${webPartId}_${kind}.png is ${size}×${size} (found ${png ? `${png.width}×${png.height}` : 'none'})`);
      }
    }
  }
  return { passes, failures };
}
