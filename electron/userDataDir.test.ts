import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_DATA_DIR_ENV, userDataDirOverride } from './userDataDir';

describe('userDataDirOverride', () => {
  it('uses an absolute folder from the environment when running from source', () => {
    const dir = path.resolve('/tmp/countersign-e2e-1');
    expect(userDataDirOverride({ [USER_DATA_DIR_ENV]: dir }, false)).toBe(dir);
  });

  it.each([undefined, '', '   ', 'relative/profile', './profile'])(
    'keeps the default for %j',
    (value) => {
      expect(userDataDirOverride({ [USER_DATA_DIR_ENV]: value }, false)).toBeNull();
    },
  );

  it('is ignored by packaged builds', () => {
    const dir = path.resolve('/tmp/countersign-e2e-1');
    expect(userDataDirOverride({ [USER_DATA_DIR_ENV]: dir }, true)).toBeNull();
  });

  it('ignores other variables', () => {
    expect(userDataDirOverride({ APPDATA: '/somewhere' }, false)).toBeNull();
  });
});
