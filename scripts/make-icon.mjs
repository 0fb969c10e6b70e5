// Writes images/icon.png (128x128): a blue rounded square with a white page of
// numbered lines. No image library needed: raw RGBA rows, zlib, CRC32.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const N = 128;
const S = 4; // supersampling per axis
const BLUE = [0x00, 0x9e, 0xdb];
const WHITE = [0xff, 0xff, 0xff];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Colour at a sample point, or null for transparent. */
function sample(x, y) {
  if (!inRoundRect(x, y, 4, 4, 124, 124, 20)) return null;
  if (!inRoundRect(x, y, 28, 16, 100, 112, 7)) return BLUE;
  // Title bar, then three numbered paragraphs (a dot and a line each).
  if (inRoundRect(x, y, 40, 28, 88, 35, 3)) return BLUE;
  for (const [i, w] of [[0, 88], [1, 88], [2, 78]]) {
    const cy = 52 + i * 18;
    if (inCircle(x, y, 43, cy, 3.5)) return BLUE;
    if (inRoundRect(x, y, 52, cy - 2.5, w, cy + 2.5, 2.5)) return BLUE;
  }
  return WHITE;
}

const raw = Buffer.alloc(N * (1 + N * 4));
for (let py = 0; py < N; py++) {
  raw[py * (1 + N * 4)] = 0; // filter: none
  for (let px = 0; px < N; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const c = sample(px + (sx + 0.5) / S, py + (sy + 0.5) / S);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    const o = py * (1 + N * 4) + 1 + px * 4;
    if (a) { raw[o] = r / a; raw[o + 1] = g / a; raw[o + 2] = b / a; }
    raw[o + 3] = Math.round((a / (S * S)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', png);
console.log(`images/icon.png: ${png.length} bytes`);
