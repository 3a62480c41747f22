import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, readFileBounded, statFile, writeFileAtomic } from './fileSystem';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'countersign-fs-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'pack.docx');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['pack.docx']);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'pack.docx');
    await writeFile(target, 'old contents that are longer than the new ones');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['pack.docx']);
  });

  it('leaves the old file untouched and cleans up when the write fails', async () => {
    const target = path.join(dir, 'pack.docx');
    await writeFile(target, 'old');
    // A detached buffer cannot be written: the failure happens mid-write.
    const data = new Uint8Array(new ArrayBuffer(8));
    structuredClone(data.buffer, { transfer: [data.buffer] });
    await expect(writeFileAtomic(target, data)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['pack.docx']);
  });

  it('fails with ENOENT when the folder does not exist', async () => {
    const target = path.join(dir, 'missing', 'pack.docx');
    await expect(writeFileAtomic(target, new Uint8Array(1))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('statFile', () => {
  it('reports size and whether the path is a file', async () => {
    await writeFile(path.join(dir, 'a.json'), '{}');
    expect(await statFile(path.join(dir, 'a.json'))).toEqual({ size: 2, isFile: true });
    expect((await statFile(dir)).isFile).toBe(false);
  });
});

describe('readFileBounded', () => {
  it('reads a file up to and including the limit', async () => {
    await writeFile(path.join(dir, 'a.bin'), new Uint8Array([9, 8, 7, 6]));
    expect([...(await readFileBounded(path.join(dir, 'a.bin'), 4))]).toEqual([9, 8, 7, 6]);
  });

  it('reads files larger than one chunk', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 5).map((_, i) => i % 251);
    await writeFile(path.join(dir, 'big.bin'), big);
    const read = await readFileBounded(path.join(dir, 'big.bin'), big.byteLength);
    expect(read.byteLength).toBe(big.byteLength);
    expect(read[big.byteLength - 1]).toBe(big[big.byteLength - 1]);
  });

  it('refuses a file one byte over the limit', async () => {
    await writeFile(path.join(dir, 'a.bin'), new Uint8Array(5));
    await expect(readFileBounded(path.join(dir, 'a.bin'), 4)).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
  });

  it('reads an empty file', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '');
    expect((await readFileBounded(path.join(dir, 'empty.txt'), 10)).byteLength).toBe(0);
  });
});
