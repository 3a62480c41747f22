import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidencePath } from '../shared/bundle/entryNames';
import { fixtureBundle, tamper } from '../shared/bundle/testing/bundleBytes';
import { bundleFixture } from '../shared/bundle/testing/fixture';
import { renameEntry } from '../shared/bundle/testing/rawZip';
import { run } from './main';

const folder = mkdtempSync(join(tmpdir(), 'countersign-bundle-cli-'));
const file = (name: string) => join(folder, name);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const fixture = bundleFixture();
const dpiaPath = evidencePath(fixture.evidence[0]!);

beforeAll(async () => {
  const clean = await fixtureBundle('initiative', fixture);
  writeFileSync(file('clean.zip'), clean);
  writeFileSync(
    file('changed.zip'),
    tamper(clean, (files) => {
      files[dpiaPath]![100]! ^= 1;
    }),
  );
  writeFileSync(file('not-a-zip.zip'), 'just some text');
  writeFileSync(file('bomb.zip'), zipSync({ 'bomb.bin': new Uint8Array(4 * 1024 * 1024) }));
  const pair = zipSync({ 'a.txt': strToU8('one'), 'b.txt': strToU8('two') });
  writeFileSync(file('duplicate.zip'), renameEntry(pair, 'b.txt', 'a.txt'));
});

/** The command in this process: what `npx countersign` runs, without a cold start per case. */
async function verify(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(['verify', ...args], {
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

describe('countersign verify <bundle>', () => {
  it('verifies a clean bundle through the real command (exit 0)', () => {
    const result = spawnSync(
      process.execPath,
      [join(import.meta.dirname, 'countersign.mjs'), 'verify', file('clean.zip')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      `Audit bundle of “Claims triage assistant” (${fixture.initiative.id}) from workspace Fixture workspace, exported by Ada Admin on 2026-01-05T12:20:00.000Z with Countersign 0.1.0-test; marked Confidential`,
    );
    expect(lines).toContain(
      '  ok    Files: Every file the manifest lists (12) is present, with the size and SHA-256 it records.',
    );
    expect(lines.filter((l) => l.startsWith('  ok  ') || l.startsWith('  note'))).toHaveLength(15);
    expect(lines.slice(-3)).toEqual([
      '15 checks: 13 passed, 0 failed, 2 notes',
      'Everything verified.',
      '',
    ]);
  }, 60_000);

  it('names the changed file and exits 1', async () => {
    const result = await verify(file('changed.zip'));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `  FAIL  Files: ${dpiaPath} does not match the SHA-256 the manifest records: it was changed after export.`,
    );
    expect(result.out).toMatch(
      /\n15 checks: 11 passed, 2 failed, 2 notes\nVerification FAILED\.\n/,
    );
  });

  it.each([
    ['not-a-zip.zip', 'it is not a zip file, so it is not a Countersign audit bundle.'],
    ['bomb.zip', 'this is how a “zip bomb” exhausts memory'],
    ['duplicate.zip', 'it holds two entries named "a.txt"'],
  ])('refuses the unsafe archive %s with one line, and exits 1', async (name, message) => {
    const result = await verify(file(name));
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'is not recognised as a Countersign audit bundle or workspace backup',
    );
    expect(result.out).toContain('  FAIL  Archive: This file was refused');
    expect(result.out).toContain(message);
    expect(result.out).toContain('1 check: 0 passed, 1 failed');
    // Nothing was unpacked next to it.
    expect(readdirSync(folder).sort()).toEqual(
      ['bomb.zip', 'changed.zip', 'clean.zip', 'duplicate.zip', 'not-a-zip.zip'].sort(),
    );
  });

  it('says what is wrong with the command line (exit code 2)', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Name the file to verify: countersign verify <bundle\.zip \| backup\.csbackup>/],
      [
        [file('clean.zip'), '--workspace', file('clean.zip')],
        /as <file> or with --workspace, not both/,
      ],
      [[file('clean.zip'), '--pack', 'x.docx'], /--pack checks a pack against a workspace backup/],
      [[file('clean.zip'), file('changed.zip')], /Unexpected argument/],
    ];
    for (const [args, message] of cases) {
      const result = await verify(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
    }
    const missing = await verify(file('nowhere.zip'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nowhere.zip does not exist');
  });

  it('prints its help', async () => {
    const result = await verify('--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'countersign verify <bundle.zip | backup.csbackup> [--pack <pack.docx>]',
    );
  });
});
