import { describe, expect, it } from 'vitest';
import { describeFileError, formatBytes } from './messages';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [512 * 1024 * 1024, '512 MB'],
    [3 * 1024 * 1024 * 1024, '3 GB'],
  ])('formats %d as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('describeFileError', () => {
  it('explains common file-system failures in words', () => {
    const error = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    expect(describeFileError('save the file', error)).toBe(
      'Could not save the file: the disk is read-only.',
    );
  });

  it('names an unknown error code rather than hiding it', () => {
    const error = Object.assign(new Error('weird'), { code: 'EWEIRD' });
    expect(describeFileError('open the file', error)).toBe(
      'Could not open the file: an unexpected error occurred (EWEIRD).',
    );
  });

  it('copes with things thrown that are not errors', () => {
    expect(describeFileError('open the file', 'nope')).toBe(
      'Could not open the file: an unexpected error occurred (unknown error).',
    );
  });
});
