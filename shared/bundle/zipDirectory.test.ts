import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectArchive } from './detectArchive';
import { DEFAULT_BUNDLE_LIMITS } from './limits';
import { fixtureBundle } from './testing/bundleBytes';
import { declareSize, renameEntry, zipWithName } from './testing/rawZip';
import { verifyBundle } from './verifyBundle';

let clean: Uint8Array;
beforeAll(async () => {
  clean = await fixtureBundle();
});

/** The bundle is refused as a whole, with one failed check that says why. */
function refusal(bytes: Uint8Array, limits = DEFAULT_BUNDLE_LIMITS): string {
  const report = verifyBundle(bytes, limits);
  expect(report.refused).toBe(true);
  expect(report.ok).toBe(false);
  expect(report.bundle).toBeNull();
  expect(report.checks).toHaveLength(1);
  const [check] = report.checks;
  expect(check).toMatchObject({ id: 'archive', status: 'fail' });
  return check!.detail;
}

describe('archive safety: refused before anything is decompressed', () => {
  it('refuses what is not a zip', () => {
    expect(refusal(strToU8('not a zip at all, just some text'))).toBe(
      'This file was refused without unpacking anything: it is not a zip file, so it is not a Countersign audit bundle.',
    );
    expect(refusal(new Uint8Array(0))).toMatch(/it is not a zip file/);
  });

  it('refuses a bundle cut short while copying', () => {
    expect(refusal(clean.subarray(0, clean.byteLength - 100))).toMatch(
      /it is not a complete zip file \(perhaps it was cut short while copying\)/,
    );
  });

  it('refuses a zip bomb over the compression ratio', () => {
    const bomb = zipSync({ 'bomb.bin': new Uint8Array(4 * 1024 * 1024) });
    expect(refusal(bomb)).toMatch(
      /^This file was refused without unpacking anything: the entry "bomb\.bin" would expand from [\d.]+ KB to 4 MB, over 200 times its size: this is how a “zip bomb” exhausts memory\.$/,
    );
  });

  it('refuses an entry that inflates past the size it declares (declared sizes can lie)', () => {
    const text = strToU8(JSON.stringify({ padding: ' '.repeat(200_000) }));
    const lying = declareSize(zipSync({ 'manifest.json': text }), 'manifest.json', 1000);
    expect(refusal(lying)).toBe(
      'This file was refused: the entry "manifest.json" expands to more than the 1000 bytes it declares, as a “zip bomb” does. Nothing was unpacked to disk.',
    );
  });

  it.each([
    ['../x', /the entry "\.\.\/x" would be written outside the folder it is unpacked into/],
    ['a/../../x', /the entry "a\/\.\.\/\.\.\/x" would be written outside the folder/],
    ['/abs', /the entry "\/abs" would be written outside the folder/],
    ['C:\\x', /the entry "C:\\\\x" would be written outside the folder/],
    ['\\\\server\\x', /the entry "\\\\\\\\server\\\\x" has a backslash in its name/],
    ['a\u0000.pdf', /has control characters in its name/],
    ['a//b', /has an empty or “\.” folder in its path/],
    ['evidence/CON', /has a name other systems read differently/],
    ['evidence/a:b.pdf', /has a name other systems read differently/],
    ['evidence/report.pdf.', /has a name other systems read differently/],
  ])('refuses the entry name %j', (name, message) => {
    expect(refusal(zipWithName(name))).toMatch(message);
  });

  it('refuses two entries with the same name, which unzip tools silently collapse', () => {
    const zip = zipSync({ 'a.txt': strToU8('first'), 'b.txt': strToU8('second') });
    expect(refusal(renameEntry(zip, 'b.txt', 'a.txt'))).toBe(
      'This file was refused without unpacking anything: it holds two entries named "a.txt"; an unzip tool would keep one and silently drop the other.',
    );
    expect(refusal(renameEntry(zip, 'b.txt', 'A.txt'))).toMatch(
      /entries named "a\.txt" and "A\.txt", which would overwrite each other when unpacked on Windows or macOS/,
    );
  });

  it('refuses a real bundle with a records file given twice', () => {
    const withTwo = renameEntry(clean, 'records/risks.json', 'records/gates.json');
    expect(refusal(withTwo)).toMatch(/it holds two entries named "records\/gates\.json"/);
  });

  it('refuses archives over the size, entry-count and entry-size limits', () => {
    expect(refusal(clean, { ...DEFAULT_BUNDLE_LIMITS, maxArchiveBytes: 1000 })).toMatch(
      /^This file was refused without unpacking anything: it is [\d.]+ KB, larger than the 1000 bytes a bundle may be\.$/,
    );
    expect(refusal(clean, { ...DEFAULT_BUNDLE_LIMITS, maxEntries: 5 })).toMatch(
      /it holds 14 entries, more than the 5 a bundle may hold/,
    );
    expect(refusal(clean, { ...DEFAULT_BUNDLE_LIMITS, maxEntryBytes: 100_000 })).toMatch(
      /the entry "evidence\/.*\/DPIA \(final\)\.pdf" unpacks to [\d.]+ KB, more than the 97\.7 KB limit for one file/,
    );
    expect(refusal(clean, { ...DEFAULT_BUNDLE_LIMITS, maxTotalBytes: 100_000 })).toMatch(
      /its entries unpack to more than the 97\.7 KB limit for a bundle/,
    );
  });
});

describe('detectArchive', () => {
  it('tells a bundle from a backup by the format its manifest names', () => {
    expect(detectArchive(clean)).toBe('audit-bundle');
    const backup = zipSync({
      'manifest.json': strToU8(JSON.stringify({ format: 'countersign-backup', formatVersion: 1 })),
    });
    expect(detectArchive(backup)).toBe('backup');
    expect(detectArchive(zipSync({ 'manifest.json': strToU8('{}') }))).toBe('unknown');
    expect(detectArchive(strToU8('text'))).toBe('unknown');
    expect(detectArchive(zipWithName('../x'))).toBe('unknown');
  });
});
