/**
 * Draws the extension's icons (public/icon/<size>.png): two overlapping pages, the
 * original and its counterpart. Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { repoRoot } from './data/shared-data.ts';

type Rgba = [number, number, number, number];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Coverage of a rounded rectangle at a pixel, 4×4 supersampled. */
function cover(x: number, y: number, box: [number, number, number, number], radius: number): number {
  let hit = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      const px = x + (i + 0.5) / 4;
      const py = y + (j + 0.5) / 4;
      const [x0, y0, x1, y1] = box;
      const dx = Math.max(x0 + radius - px, 0, px - (x1 - radius));
      const dy = Math.max(y0 + radius - py, 0, py - (y1 - radius));
      if (px >= x0 && px <= x1 && py >= y0 && py <= y1 && dx * dx + dy * dy <= radius * radius) hit++;
    }
  return hit / 16;
}

function icon(size: number): Buffer {
  const s = size / 16;
  const back: [number, number, number, number] = [1 * s, 1 * s, 10.5 * s, 13 * s];
  const front: [number, number, number, number] = [5.5 * s, 3 * s, 15 * s, 15 * s];
  const blue: Rgba = [37, 99, 235, 255];
  const green: Rgba = [22, 163, 74, 255];
  return png(size, (x, y) => {
    const f = cover(x, y, front, 1.6 * s);
    const b = cover(x, y, back, 1.6 * s);
    const line =
      size >= 32 &&
      f > 0.99 &&
      (y - front[1]) % (3 * s) < s &&
      x > front[0] + 2 * s &&
      x < front[2] - 2 * s &&
      y > front[1] + 2 * s &&
      y < front[3] - 2 * s;
    if (f > 0) {
      const c: Rgba = line ? [255, 255, 255, 255] : green;
      // The front page over the back one (or over transparency).
      const under = b > 0 ? blue : ([0, 0, 0, 0] as Rgba);
      const a = f + (under[3] / 255) * b * (1 - f);
      const mix = (k: number) => Math.round((c[k]! * f + under[k]! * b * (1 - f)) / Math.max(a, 1e-6));
      return [mix(0), mix(1), mix(2), Math.round(a * 255)];
    }
    return [blue[0], blue[1], blue[2], Math.round(b * 255)];
  });
}

const dir = resolve(repoRoot, 'public/icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(resolve(dir, `${size}.png`), icon(size));
console.log(`icons written to ${dir}`);
