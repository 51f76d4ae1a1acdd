#!/usr/bin/env node
// Checks spfx/sharepoint/solution/*.sppkg (written by `npm run build:spfx`) against SharePoint
// Online's Content Security Policy (enforced since 1 March 2026: scripts inside the package run,
// inline script never does):
//  1. the package manifest lists the "Clinical leadership elements" web part, with the id of
//     spfx/src/.../ClinicalLeadershipElementsWebPart.manifest.json;
//  2. every script the web part loads is inside the package: the loader's base URL is SharePoint's
//     ClientSideAssets placeholder (no CDN), each "path" script resource is a file in
//     ClientSideAssets/, "component" resources are SharePoint's own framework libraries (served by
//     SharePoint), and every chunk the webpack runtime can request (its chunk-name and hash maps) is
//     in ClientSideAssets/ too;
//  3. nothing we ship evaluates strings or writes inline script: no eval, new Function, string
//     timers, document.write, javascript: URLs or inline event-handler attributes. The one
//     createElement("script") allowed is the webpack runtime's chunk loader, which sets `src` to a
//     file beside the entry script (see VENDOR below).
//  4. what the App Catalog reads: AppManifest.xml (ProductID, Version, SkipFeatureDeployment,
//     IsDomainIsolated), the feature XML, the component manifest's required fields, the Teams icons,
//     and versions in step with the library's package.json (scripts/lib/sppkg-app-catalog.mjs).
// The checks live in scripts/lib/sppkg-checks.mjs.
// Usage: node scripts/check-sppkg.mjs [--verbose] [path/to/file.sppkg]: prints each failure (every
// check with --verbose) and a count; exit code 1 on any failure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSppkg } from './lib/sppkg-checks.mjs';
import { readZip } from './lib/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const solution = path.join(root, 'spfx', 'sharepoint', 'solution');
const manifestFile = path.join(root, 'spfx', 'src', 'webparts', 'clinicalLeadershipElements', 'ClinicalLeadershipElementsWebPart.manifest.json');

function findPackage() {
  const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (given) return path.resolve(given);
  if (!existsSync(solution)) return undefined;
  const found = readdirSync(solution).filter((f) => f.endsWith('.sppkg'));
  return found.length === 1 ? path.join(solution, found[0]) : undefined;
}

const file = findPackage();
if (!file || !existsSync(file)) {
  console.error('check-sppkg: no .sppkg found; run `npm run build:spfx` first (or pass the file).');
  process.exit(1);
}
const entries = readZip(readFileSync(file));
console.log(`check-sppkg: ${path.relative(root, file)} (${entries.size} files)`);
// The source manifest is JSON with comments: only its id is needed.
const webPartId = /"id":\s*"([0-9a-f-]{36})"/.exec(readFileSync(manifestFile, 'utf8'))?.[1];
const json = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const { passes, failures } = checkSppkg(entries, {
  webPartId,
  solution: json('spfx/config/package-solution.json').solution,
  libraryVersion: json('package.json').version,
  spfxVersion: json('spfx/package.json').version,
});

const verbose = process.argv.includes('--verbose');
for (const message of passes) if (verbose || !/: no |innerHTML only|lazy chunk /.test(message)) console.log(`  ok   ${message}`);
for (const message of failures) console.log(`  FAIL ${message}`);
console.log(`check-sppkg: ${passes.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
