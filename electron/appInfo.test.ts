import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAppInfo } from './appInfo';
import type { AppInfoSource } from './appInfo';

const paths: Record<string, string> = {
  userData: path.join('/home', 'ada', '.config', 'Countersign'),
  documents: path.join('/home', 'ada', 'Documents'),
};

const source: AppInfoSource = {
  getName: () => 'Countersign',
  getVersion: () => '0.1.0',
  getPath: (name) => {
    const found = paths[name];
    if (found === undefined) throw new Error(`unexpected path ${name}`);
    return found;
  },
};

describe('readAppInfo', () => {
  it('reports name, version, platform and the backups folder under userData', () => {
    expect(readAppInfo(source, 'darwin')).toEqual({
      name: 'Countersign',
      version: '0.1.0',
      platform: 'darwin',
      paths: {
        userData: paths.userData,
        backups: path.join('/home', 'ada', '.config', 'Countersign', 'backups'),
        documents: paths.documents,
      },
    });
  });

  it('defaults the platform to the running one', () => {
    expect(readAppInfo(source).platform).toBe(process.platform);
  });
});
