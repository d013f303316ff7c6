import { deflateSync } from 'node:zlib';

/**
 * The app's icon, drawn at build time (no image file or tool needed): an aperture of six blades
 * around an open centre, white on the app's primary colour. `maskable` keeps the drawing inside the safe
 * zone (the inner 80 %) so that a launcher may crop the square to any shape.
 */
const BLUE = [0x1d, 0x35, 0x57] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGB pixels (row by row) as a PNG file. */
export function encodePng(size: number, pixel: (x: number, y: number) => readonly [number, number, number]): Buffer {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 3 + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < size; x += 1) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

/** Whether a point (in units of the ring's radius, centred) lies on a blade of the aperture. */
function onBlade(x: number, y: number): boolean {
  const r = Math.hypot(x, y);
  if (r > 1 || r < 0.34) return false;
  // Six blades: the edge of each is a line offset from the centre, turned by 60° from the last.
  const angle = Math.atan2(y, x);
  const sector = Math.floor(((angle + Math.PI) / (Math.PI / 3)) % 6);
  const turn = sector * (Math.PI / 3);
  const distance = x * Math.sin(turn) - y * Math.cos(turn);
  return distance > -0.3 && distance < 0.3 ? ((sector + Math.round(r * 4)) % 2 === 0 || r > 0.62) : r > 0.62;
}

/** The icon as a PNG of `size` × `size` pixels (4× supersampled edges). */
export function appIconPng(size: number, { maskable = false } = {}): Buffer {
  const radius = (size / 2) * (maskable ? 0.62 : 0.84);
  const samples = 4;
  return encodePng(size, (px, py) => {
    let covered = 0;
    for (let sy = 0; sy < samples; sy += 1) {
      for (let sx = 0; sx < samples; sx += 1) {
        const x = (px + (sx + 0.5) / samples - size / 2) / radius;
        const y = (py + (sy + 0.5) / samples - size / 2) / radius;
        if (onBlade(x, y)) covered += 1;
      }
    }
    const a = covered / (samples * samples);
    return [0, 1, 2].map((i) => Math.round((BLUE[i] ?? 0) * (1 - a) + (WHITE[i] ?? 0) * a)) as unknown as readonly [number, number, number];
  });
}
