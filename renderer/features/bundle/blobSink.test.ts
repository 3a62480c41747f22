import { describe, expect, it } from 'vitest';
import { BlobSink } from './blobSink';

describe('BlobSink', () => {
  it('gives back exactly the bytes written, in order, across parts', async () => {
    const sink = new BlobSink(64 * 1024 * 1024);
    const chunks = [
      new Uint8Array(5 * 1024 * 1024).fill(1),
      new Uint8Array(4 * 1024 * 1024).fill(2),
      new Uint8Array([3, 4, 5]),
    ];
    for (const chunk of chunks) sink.write(chunk);
    const blob = sink.finish('application/zip');
    expect(blob.size).toBe(9 * 1024 * 1024 + 3);
    expect(blob.type).toBe('application/zip');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes[0]).toBe(1);
    expect(bytes[5 * 1024 * 1024]).toBe(2);
    expect([...bytes.subarray(-3)]).toEqual([3, 4, 5]);
  });

  it('refuses as soon as the file would pass the limit', () => {
    const sink = new BlobSink(10);
    sink.write(new Uint8Array(8));
    expect(() => sink.write(new Uint8Array(3))).toThrow(/larger than the 0 MB the app can save/);
  });
});
