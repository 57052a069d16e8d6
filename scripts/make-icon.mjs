// Draws build/icon.png (512x512): a rounded square in the accent colour with a white
// check mark, anti-aliased by distance. Plain Node (zlib) so the icon needs no packages.
// Run: node scripts/make-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 512;
const MARGIN = 40;
const RADIUS = 96;
const TOP = [0x35, 0x7a, 0x6c]; // accent, lighter at the top
const BOTTOM = [0x27, 0x5c, 0x51];
const CHECK = [
  [150, 268],
  [226, 342],
  [366, 184],
];
const STROKE = 25; // half the stroke width

/** Signed distance to the rounded square: negative inside. */
function roundedSquare(x, y) {
  const c = SIZE / 2;
  const half = SIZE / 2 - MARGIN;
  const qx = Math.abs(x - c) - (half - RADIUS);
  const qy = Math.abs(y - c) - (half - RADIUS);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - RADIUS;
}

function segment(x, y, [ax, ay], [bx, by]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Signed distance to the check mark's stroke (round caps and join). */
function check(x, y) {
  return Math.min(segment(x, y, CHECK[0], CHECK[1]), segment(x, y, CHECK[1], CHECK[2])) - STROKE;
}

const coverage = (d) => Math.max(0, Math.min(1, 0.5 - d));

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  const t = (y - MARGIN) / (SIZE - 2 * MARGIN);
  const bg = TOP.map((top, i) => top + (BOTTOM[i] - top) * Math.max(0, Math.min(1, t)));
  for (let x = 0; x < SIZE; x++) {
    const px = x + 0.5;
    const py = y + 0.5;
    const shape = coverage(roundedSquare(px, py));
    const mark = coverage(check(px, py));
    const rgb = bg.map((c) => Math.round(c + (255 - c) * mark));
    row.set([...rgb, Math.round(255 * shape)], 1 + x * 4);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = path.join(import.meta.dirname, '..', 'build', 'icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
