import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sha256Hex } from '../crypto/sha256';
import { encodeBackup } from './encode';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  DEFAULT_BACKUP_LIMITS,
  MANIFEST_PATH,
  tablePath,
} from './format';
import { unpackBackup } from './unpack';
import { BACKUP_MIGRATIONS } from './migrations';

const empty = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as Parameters<
  typeof encodeBackup
>[0];
const meta = {
  schemaVersion: 3,
  appVersion: '1.0.0',
  createdAt: '2026-01-01T00:00:00.000Z',
  workspace: { id: '6d2c1c7e-6a43-4c55-9f0e-7d3f3f1b2a10', name: 'W' },
  auditHead: null,
};

describe('backup format', () => {
  it('writes one JSON entry per table plus a manifest listing their hashes', () => {
    const files = unzipSync(encodeBackup(empty, meta));
    expect(Object.keys(files).sort()).toEqual(
      [MANIFEST_PATH, ...BACKUP_TABLES.map(tablePath)].sort(),
    );
    const manifest = JSON.parse(strFromU8(files[MANIFEST_PATH]!)) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'countersign-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      ...meta,
    });
    expect(manifest.entries).toContainEqual({
      path: 'tables/members.json',
      sha256: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      bytes: 2,
      records: 0,
    });
  });

  it('is deterministic: the same rows make the same bytes', () => {
    expect(encodeBackup(empty, meta)).toEqual(encodeBackup(empty, meta));
  });

  it('stores evidence files under their ids, listed with their hashes', () => {
    const id = '0b7d6f0e-1c2a-4e5b-8f9a-123456789abc';
    const data = new TextEncoder().encode('%PDF-1.7 test');
    const bytes = encodeBackup(empty, meta, [{ id, data }]);
    const unpacked = unpackBackup(bytes, DEFAULT_BACKUP_LIMITS);
    expect(unpacked.manifest.files).toEqual([
      { path: `evidence/${id}`, sha256: sha256Hex(data), bytes: data.byteLength },
    ]);
    expect(unpacked.evidenceFiles.get(id)).toEqual(data);
  });

  it('reads a format 1 backup (before evidence files) as one with none', () => {
    const files = unzipSync(encodeBackup(empty, meta));
    const manifest = JSON.parse(strFromU8(files[MANIFEST_PATH]!)) as Record<string, unknown>;
    delete manifest.files;
    files[MANIFEST_PATH] = strToU8(JSON.stringify({ ...manifest, formatVersion: 1 }));
    const unpacked = unpackBackup(zipSync(files), DEFAULT_BACKUP_LIMITS);
    expect(unpacked.manifest).toMatchObject({ formatVersion: BACKUP_FORMAT_VERSION, files: [] });
    expect(unpacked.evidenceFiles.size).toBe(0);
  });

  it('has a migration for every older format version', () => {
    expect(Object.keys(BACKUP_MIGRATIONS).map(Number)).toEqual(
      Array.from({ length: BACKUP_FORMAT_VERSION - 1 }, (_, i) => i + 1),
    );
  });
});
