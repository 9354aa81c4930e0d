/**
 * npm run icons — draws the toolbar icon (two nodes joined by a line: a tie) as PNGs at the sizes the
 * browsers ask for. Drawn in code so the icon has a source anyone can change, with no image tools.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a unit-square pixel by a shape, by 4×4 supersampling, for smooth edges. */
function coverage(x: number, y: number, inside: (px: number, py: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}

const RED: [number, number, number] = [159, 29, 32];
for (const size of [16, 32, 48, 96, 128]) {
  const s = size;
  const r = s * 0.46;
  const c = s / 2;
  const dot = s * 0.13;
  const line = s * 0.07;
  const bg = (px: number, py: number) => Math.hypot(px - c, py - c) <= r;
  const fg = (px: number, py: number) => {
    const a = [s * 0.3, s * 0.62];
    const b = [s * 0.7, s * 0.38];
    if (Math.hypot(px - a[0]!, py - a[1]!) <= dot || Math.hypot(px - b[0]!, py - b[1]!) <= dot) return true;
    // Distance to the segment a–b.
    const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
    const t = Math.max(0, Math.min(1, ((px - a[0]!) * dx + (py - a[1]!) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - (a[0]! + t * dx), py - (a[1]! + t * dy)) <= line;
  };
  const image = png(s, (x, y) => {
    const back = coverage(x, y, bg);
    const front = coverage(x, y, fg);
    const mix = (v: number) => Math.round(v * (1 - front) + 255 * front);
    return [mix(RED[0]), mix(RED[1]), mix(RED[2]), Math.round(255 * back)];
  });
  writeFileSync(`public/icon/${size}.png`, image);
}
console.log('wrote public/icon/{16,32,48,96,128}.png');
