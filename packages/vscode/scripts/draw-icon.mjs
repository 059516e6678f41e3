// Draws the extension's icon, images/icon.png (128×128): a speech bubble with two lines of
// text, the second underlined by a squiggle, on a teal tile. Shapes are sampled 4×4 per pixel
// for smooth edges and written as an RGBA PNG with node:zlib.
//
//   node scripts/draw-icon.mjs
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

const squiggleY = (x) => 78 + 3.2 * Math.sin(((x - 30) / 8) * Math.PI);

/** The colour at a point, top layer first, or undefined outside the tile. */
function colour(x, y) {
  if (x >= 30 && x <= 86 && Math.abs(y - squiggleY(x)) <= 2.2) return [242, 165, 65];
  if (inRoundedRect(x, y, 30, 40, 98, 49, 4.5)) return [38, 70, 83];
  if (inRoundedRect(x, y, 30, 58, 86, 67, 4.5)) return [38, 70, 83];
  if (inRoundedRect(x, y, 16, 22, 112, 92, 16) || inTriangle(x, y, [30, 88], [28, 112], [56, 88])) return [255, 255, 255];
  if (inRoundedRect(x, y, 0, 0, SIZE, SIZE, 26)) {
    const t = (x + y) / (2 * SIZE);
    return [Math.round(31 - 11 * t), Math.round(122 - 43 * t), Math.round(140 - 48 * t)];
  }
  return undefined;
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  const row = py * (SIZE * 4 + 1);
  pixels[row] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0];
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colour(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        covered++;
        for (let i = 0; i < 3; i++) sum[i] += c[i];
      }
    }
    const at = row + 1 + px * 4;
    for (let i = 0; i < 3; i++) pixels[at + i] = covered ? Math.round(sum[i] / covered) : 0;
    pixels[at + 3] = Math.round((255 * covered) / SAMPLES ** 2);
  }
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
