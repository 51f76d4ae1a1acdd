#!/usr/bin/env node
// Writes the web part's Microsoft Teams icons, which package-solution packs into the .sppkg from
// spfx/teams/ (its `teamsDir`) and Teams shows for the tab (Microsoft's "Using a web part as a
// Microsoft Teams tab"): `<componentId>_color.png`, 192×192, full colour, and `<componentId>_outline.png`,
// 32×32, white on a transparent background. The picture is ours: three rising steps (leadership as
// a path) in NHS blue. Drawn here with a tiny PNG encoder (zlib) so the icons are reproducible
// from source: `node scripts/teams-icons.mjs` rewrites them; check-sppkg checks their sizes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = path.join(root, 'spfx', 'src', 'webparts', 'clinicalLeadershipElements', 'ClinicalLeadershipElementsWebPart.manifest.json');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An RGBA PNG of `size`×`size` whose pixel (x, y) is `paint(x, y)` → [r, g, b, a]. */
export function png(size, paint) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(paint(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Three rising steps in a unit square (0..1): bars of equal width, heights 1/3, 2/3, 1 of the glyph box. */
function onSteps(u, v, box) {
  const [x0, y0, w] = box;
  const x = (u - x0) / w;
  const y = (v - y0) / w;
  if (x < 0 || x >= 1 || y < 0 || y >= 1) return false;
  const bar = Math.min(2, Math.floor(x * 3));
  const gap = (x * 3) % 1 > 0.84; // a gap between bars
  return !gap && y >= 1 - (bar + 1) / 3;
}

const BLUE = [0x00, 0x5e, 0xb8, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
/** Colour icon: white steps on NHS blue, the glyph inside the middle 60% (Teams' safe area). */
export const colourIcon = () => png(192, (x, y) => (onSteps((x + 0.5) / 192, (y + 0.5) / 192, [0.2, 0.2, 0.6]) ? WHITE : BLUE));
/** Outline icon: the same steps, white on transparent, 32×32. */
export const outlineIcon = () => png(32, (x, y) => (onSteps((x + 0.5) / 32, (y + 0.5) / 32, [0.125, 0.125, 0.75]) ? WHITE : CLEAR));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const id = /"id":\s*"([0-9a-f-]{36})"/.exec(readFileSync(manifest, 'utf8'))[1];
  const dir = path.join(root, 'spfx', 'teams');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${id}_color.png`), colourIcon());
  writeFileSync(path.join(dir, `${id}_outline.png`), outlineIcon());
  console.log(`teams-icons: wrote spfx/teams/${id}_color.png (192×192) and ${id}_outline.png (32×32)`);
}
