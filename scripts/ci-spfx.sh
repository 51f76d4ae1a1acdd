#!/usr/bin/env bash
# Run by .ci/run: builds the SharePoint Framework package (npm run build:spfx), checks it
# (scripts/check-sppkg.mjs, including what the App Catalog reads) and runs the web part's render
# code in Chromium under SharePoint's script policy, with the SharePoint-list store against a local
# REST emulator (scripts/test-spfx-render.mjs). Node 22 and spfx/node_modules (about 1,200
# packages, the slow part) are cached under $CLE_SPFX_CACHE (default ~/.cache/cle-spfx), the
# latter keyed by the hash of spfx/package-lock.json; a lockfile change makes a fresh npm ci.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
cache="${CLE_SPFX_CACHE:-$HOME/.cache/cle-spfx}"
mkdir -p "$cache"
export CLE_SPFX_TOOLS="$cache/tools"
key=$(sha256sum spfx/package-lock.json | cut -c1-16)
archive="$cache/node_modules-$key.tar"

echo "--- spfx: build the .sppkg (cache: $cache)"
if [ ! -d spfx/node_modules ] && [ -f "$archive" ]; then
  echo "restoring spfx/node_modules from $archive"
  tar -xf "$archive" -C spfx
fi
npm run build:spfx --silent
if [ ! -f "$archive" ]; then
  rm -f "$cache"/node_modules-*.tar # only the current lockfile's copy is kept
  tar -cf "$archive.partial" -C spfx node_modules && mv "$archive.partial" "$archive"
  echo "cached spfx/node_modules as $archive"
fi
echo "--- spfx: check the .sppkg"
node scripts/check-sppkg.mjs
echo "--- spfx: render code and the list store (REST emulator) in Chromium under SharePoint's script policy"
node scripts/test-spfx-render.mjs
echo "spfx step: $((SECONDS - started)) s"
