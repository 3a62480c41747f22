import { z } from 'zod';

export function hexSchema(bytes: number, label: string) {
  return z.string().regex(new RegExp(`^[0-9a-f]{${String(bytes * 2)}}$`), {
    message: `${label} must be ${String(bytes)} bytes of lower-case hex`,
  });
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) throw new Error('Not lower-case hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
