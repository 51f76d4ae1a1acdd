// What the App Catalog reads (scripts/lib/sppkg-app-catalog.mjs), on packages built in memory
// (tests/node/sppkg-fixture.mjs): a good one passes; a broken AppManifest, feature, manifest, icon or
// version fails, through checkSppkg and through the check-sppkg command on a zipped file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkSppkg } from '../../scripts/lib/sppkg-checks.mjs';
import { ID, SOLUTION, VERSIONS, appManifest, goodPackage, zip } from './sppkg-fixture.mjs';
import { colourIcon, outlineIcon } from '../../scripts/teams-icons.mjs';
import { pngSize } from '../../scripts/lib/sppkg-app-catalog.mjs';

const expected = { webPartId: ID, solution: SOLUTION, ...VERSIONS };
const failuresOf = (entries, more = {}) => checkSppkg(entries, { ...expected, ...more }).failures;
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

describe('check-sppkg: what the App Catalog reads', () => {
  it('passes a package as package-solution writes it', () => {
    assert.deepEqual(failuresOf(goodPackage({ appCatalog: true })), []);
  });

  for (const [what, attrs, words] of [
    ['a ProductID that is not the solution id', { ProductID: '00000000-0000-0000-0000-000000000000' }, 'ProductID'],
    ['a Version that is not the solution version', { Version: '0.0.9.0' }, 'AppManifest Version'],
    ['no SkipFeatureDeployment where the solution asks for tenant-wide deployment', { SkipFeatureDeployment: undefined }, 'SkipFeatureDeployment'],
    ['IsDomainIsolated="true"', { IsDomainIsolated: 'true' }, 'IsDomainIsolated'],
  ]) {
    it(`fails an AppManifest with ${what}`, () => {
      const failures = failuresOf(goodPackage({ appCatalog: true, app: appManifest(attrs) }));
      assert.ok(failures.length > 0 && failures.every((f) => f.includes(words)), failures.join('\n'));
    });
  }

  it('fails a package without its Open Packaging Conventions parts', () => {
    const entries = goodPackage({ appCatalog: true });
    entries.delete('_rels/.rels');
    assert.deepEqual(failuresOf(entries), ['_rels/.rels points at AppManifest.xml']);
  });

  it('fails a feature XML with another version', () => {
    const entries = goodPackage({ appCatalog: true });
    const name = [...entries.keys()].find((n) => n.includes('feature_'));
    entries.set(name, Buffer.from(entries.get(name).toString().replace('Version="0.1.0.0"', 'Version="1.0.0.0"')));
    assert.ok(failuresOf(entries).some((f) => f.includes('has Id') && f.includes('Version 0.1.0.0')));
  });

  it('fails a solution version out of step with the library', () => {
    const failures = failuresOf(goodPackage({ appCatalog: true }), { libraryVersion: '0.2.0' });
    assert.ok(failures.some((f) => f.includes("the library's 0.2.0 plus")), failures.join('\n'));
    assert.ok(failures.some((f) => f.includes('spfx/package.json version 0.1.0')), failures.join('\n'));
  });

  for (const [what, patch, words] of [
    ['an alias with spaces', { alias: 'Clinical leadership' }, 'alias'],
    ['no manifestVersion', { manifestVersion: undefined }, 'manifestVersion'],
    ['a preconfigured entry without a groupId', { preconfiguredEntries: [{ title: { default: 'Clinical leadership elements' }, description: { default: 'x' }, officeFabricIconFontName: 'Health', properties: {} }] }, 'preconfigured entry'],
    ['an unknown host', { supportedHosts: ['SharePointWebPart', 'TeamsTab', 'Outlook'] }, 'supportedHosts'],
  ]) {
    it(`fails a component manifest with ${what}`, () => {
      const failures = failuresOf(goodPackage({ appCatalog: true, manifestPatch: patch }));
      assert.ok(failures.some((f) => f.includes(words)), failures.join('\n'));
    });
  }

  it('fails a Teams tab without its icons', () => {
    const failures = failuresOf(goodPackage({ appCatalog: true, icons: false }));
    assert.deepEqual(failures.map((f) => f.replace(/ \(found.*/, '')), [`Teams color icon ${ID}_color.png is 192×192`, `Teams outline icon ${ID}_outline.png is 32×32`]);
  });

  it('the check-sppkg command exits 1 on a zipped package with a broken AppManifest, 0 on the good one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cle-sppkg-'));
    try {
      const write = (name, entries) => {
        const file = path.join(dir, name);
        writeFileSync(file, zip([...entries].map(([n, b]) => [n, b, n.endsWith('.js')])));
        return spawnSync(process.execPath, ['scripts/check-sppkg.mjs', file], { encoding: 'utf8' });
      };
      const good = write('good.sppkg', goodPackage({ appCatalog: true }));
      assert.equal(good.status, 0, good.stdout + good.stderr);
      const broken = write('broken.sppkg', goodPackage({ appCatalog: true, app: appManifest({ ProductID: 'f66fa088-0000-0000-0000-3f7123826885' }) }));
      assert.equal(broken.status, 1);
      assert.match(broken.stdout, /FAIL AppManifest ProductID f66fa088-0000-0000-0000-3f7123826885 is the solution id/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the repository's solution, feature, web part and library versions are in step (and match the fixture)", () => {
    const solution = json('spfx/config/package-solution.json').solution;
    const library = json('package.json').version;
    assert.equal(solution.version, `${library}.0`, 'spfx/config/package-solution.json solution.version');
    assert.ok(solution.features.every((f) => f.version === solution.version), 'every feature version');
    assert.equal(json('spfx/package.json').version, library, 'spfx/package.json version');
    assert.deepEqual({ id: solution.id, features: solution.features.map((f) => f.id) }, { id: SOLUTION.id, features: SOLUTION.features.map((f) => f.id) });
  });

  it('the committed Teams icons are the ones scripts/teams-icons.mjs draws, at 192×192 and 32×32', () => {
    const colour = readFileSync(`spfx/teams/${ID}_color.png`);
    const outline = readFileSync(`spfx/teams/${ID}_outline.png`);
    assert.deepEqual([pngSize(colour), pngSize(outline)], [{ width: 192, height: 192 }, { width: 32, height: 32 }]);
    assert.ok(colour.equals(colourIcon()) && outline.equals(outlineIcon()), 'run `node scripts/teams-icons.mjs` after changing the drawing');
  });
});
