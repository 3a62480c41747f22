import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../shared/crypto/sha256';
import { readPackProperty } from '../shared/pack/readPackProperty';

/** Runs the real command, as `npx countersign` does (the bin is cli/countersign.mjs). */
function countersign(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'countersign.mjs'), ...args],
    {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TZ: 'Europe/Brussels' },
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const folder = mkdtempSync(join(tmpdir(), 'countersign-cli-'));
const file = (name: string) => join(folder, name);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(() => {
  const sample = countersign('sample', '--out', file('sample.csbackup'));
  expect(sample.err).toBe('');
  expect(sample.code).toBe(0);
}, 120_000);

describe('countersign (command line)', () => {
  it('prints its usage', () => {
    const help = countersign('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain(
      'npx countersign pack --workspace <backup.csbackup> --initiative <id or title> --out <file.docx>',
    );
    expect(help.out).toContain('npx countersign sample --out <file.csbackup>');
    expect(countersign('pack', '--help').out).toContain('--sections');
    // Two cold starts of tsx: seconds each on a loaded machine.
  }, 60_000);

  it('writes the sample workspace as a backup with signed sign-offs and a valid chain', () => {
    // A backup is told from a bundle by its manifest; --workspace still names one outright.
    for (const args of [[file('sample.csbackup')], ['--workspace', file('sample.csbackup')]]) {
      const verify = countersign('verify', ...args);
      expect(verify.code).toBe(0);
      expect(verify.out).toMatch(/^Workspace Northwind Mutual — AI Governance \(/);
      expect(verify.out).toMatch(/ok {4}Audit chain: \d+ events verified from #1 to the head/);
      expect(verify.out).toMatch(/ok {4}Sign-offs and gate overrides: 16 signatures verified/);
      expect(verify.out).toMatch(/\n5 checks: 5 passed, 0 failed\nEverything verified\.\n/);
    }
  }, 60_000);

  it('packs an initiative by title and the portfolio, and verifies the pack against the backup', () => {
    const pack = countersign(
      'pack',
      '--workspace',
      file('sample.csbackup'),
      '--initiative',
      'Contract review assistant',
      '--out',
      file('contract.docx'),
    );
    expect(pack.err).toBe('');
    expect(pack.code).toBe(0);
    expect(pack.out).toContain('Compliance documentation pack: Contract review assistant');
    const property = readPackProperty(readFileSync(file('contract.docx')));
    expect(pack.out).toContain(property.contentHash);
    expect(property.spec.context.timeZone.name).toBe('Europe/Brussels');

    const portfolio = countersign(
      'pack',
      '--workspace',
      file('sample.csbackup'),
      '--portfolio',
      '--out',
      file('portfolio.docx'),
      '--sections',
      'inventory,funnel',
    );
    expect(portfolio.code).toBe(0);
    expect(portfolio.out).toContain('Portfolio compliance pack');

    // The Dashboard's filters, and a pack made with them verifies against the backup.
    const claims = countersign(
      'pack',
      '--workspace',
      file('sample.csbackup'),
      '--portfolio',
      '--business-unit',
      'claims',
      '--out',
      file('claims.docx'),
    );
    expect(claims.err).toBe('');
    expect(claims.code).toBe(0);
    expect(claims.out).toContain(
      'Portfolio compliance pack: Northwind Mutual — AI Governance: 1 initiative of the 5 in the workspace, filtered to Business unit: Claims',
    );
    const claimsProperty = readPackProperty(readFileSync(file('claims.docx')));
    expect(claimsProperty.spec.request).toMatchObject({ filter: { businessUnit: 'Claims' } });
    const claimsVerify = countersign(
      'verify',
      '--workspace',
      file('sample.csbackup'),
      '--pack',
      file('claims.docx'),
    );
    expect(claimsVerify.out).toContain(
      `Content hash rebuilt from the backup matches the pack: ${claimsProperty.contentHash}`,
    );
    const unknownUnit = countersign(
      'pack',
      '--workspace',
      file('sample.csbackup'),
      '--portfolio',
      '--business-unit',
      'Marketing',
      '--out',
      file('marketing.docx'),
    );
    expect(unknownUnit.code).toBe(1);
    expect(unknownUnit.err).toMatch(
      /No initiative is in business unit “Marketing”\. The business units are: .*Claims/,
    );

    const verify = countersign(
      'verify',
      '--workspace',
      file('sample.csbackup'),
      '--pack',
      file('contract.docx'),
    );
    expect(verify.code).toBe(0);
    expect(verify.out).toContain(
      `Content hash rebuilt from the backup matches the pack: ${property.contentHash}`,
    );
  }, 200_000);

  it('finds a pack whose recorded content does not match the workspace', () => {
    const files = unzipSync(readFileSync(file('contract.docx')));
    const custom = strFromU8(files['docProps/custom.xml']!);
    // Another marking than the one the pack was built with: the rebuilt model differs.
    files['docProps/custom.xml'] = strToU8(
      custom.replace(
        '&quot;marking&quot;:&quot;Confidential&quot;',
        '&quot;marking&quot;:&quot;Public&quot;',
      ),
    );
    writeFileSync(file('altered.docx'), zipSync(files));
    const verify = countersign(
      'verify',
      '--workspace',
      file('sample.csbackup'),
      '--pack',
      file('altered.docx'),
    );
    expect(verify.code).toBe(1);
    expect(verify.out).toMatch(
      /FAIL {2}Pack: Content hash rebuilt from the backup is [0-9a-f]{64}, not the/,
    );
  }, 60_000);

  it('refuses a missing file, an unknown initiative and a corrupt backup with a clear message', () => {
    const missing = countersign(
      'pack',
      '--workspace',
      file('nowhere.csbackup'),
      '--initiative',
      'x',
      '--out',
      file('a.docx'),
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nowhere.csbackup does not exist');

    const unknown = countersign(
      'pack',
      '--workspace',
      file('sample.csbackup'),
      '--initiative',
      'Quantum toaster',
      '--out',
      file('a.docx'),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain(
      'No initiative “Quantum toaster” in this workspace. Its initiatives are:',
    );
    expect(unknown.err).toContain('Contract review assistant');

    writeFileSync(file('cut.csbackup'), readFileSync(file('sample.csbackup')).subarray(0, 2000));
    const cut = countersign(
      'pack',
      '--workspace',
      file('cut.csbackup'),
      '--initiative',
      'x',
      '--out',
      file('a.docx'),
    );
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/cut\.csbackup: This backup is damaged or incomplete/);

    const files = unzipSync(readFileSync(file('sample.csbackup')));
    const events = JSON.parse(strFromU8(files['tables/auditEvents.json']!)) as {
      reason: string | null;
    }[];
    events[2]!.reason = 'Quietly rewritten';
    files['tables/auditEvents.json'] = strToU8(JSON.stringify(events));
    writeFileSync(file('edited.csbackup'), zipSync(files));
    const edited = countersign('verify', file('edited.csbackup'));
    expect(edited.code).toBe(1);
    expect(edited.out).toContain(
      'FAIL  Backup: This backup has been altered or damaged: tables/auditEvents.json does not match',
    );
    expect(edited.out).toContain('1 check: 0 passed, 1 failed\nVerification FAILED.');

    writeFileSync(file('text.csbackup'), 'not a zip at all');
    const text = countersign(
      'pack',
      '--workspace',
      file('text.csbackup'),
      '--portfolio',
      '--out',
      file('a.docx'),
    );
    expect(text.code).toBe(1);
    expect(text.err).toContain('This file is not a Countersign backup.');
  }, 90_000);

  it('names every signature that fails in a backup whose hashes were forged to match', () => {
    const files = unzipSync(readFileSync(file('sample.csbackup')));
    const signoffs = JSON.parse(strFromU8(files['tables/signoffs.json']!)) as {
      id: string;
      comment: string;
    }[];
    signoffs[0]!.comment = 'Approved without reading anything.';
    signoffs[1]!.comment = 'Also rewritten.';
    files['tables/signoffs.json'] = strToU8(JSON.stringify(signoffs));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      entries: { path: string; sha256: string; bytes: number }[];
    };
    const entry = manifest.entries.find((e) => e.path === 'tables/signoffs.json')!;
    entry.sha256 = sha256Hex(files['tables/signoffs.json']);
    entry.bytes = files['tables/signoffs.json'].byteLength;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    writeFileSync(file('forged.csbackup'), zipSync(files));

    const forged = countersign('verify', file('forged.csbackup'));
    expect(forged.code).toBe(1);
    for (const signoff of signoffs.slice(0, 2)) {
      expect(forged.out).toMatch(
        new RegExp(
          `FAIL {2}Sign-offs and gate overrides: gate-signoff ${signoff.id}: The sign-off by .+ does not verify\\.`,
        ),
      );
    }
    expect(forged.out).toMatch(/ok {4}Audit chain: \d+ events verified from #1 to the head/);
    expect(forged.out).not.toContain('FAIL  Backup:');
  }, 60_000);

  it('says what is wrong with the command line (exit code 2)', () => {
    const cases: [string[], RegExp][] = [
      [
        ['pack', '--workspace', 'x.csbackup', '--out', 'a.docx'],
        /Name the initiative with --initiative/,
      ],
      [['pack', '--workspace', 'x.csbackup', '--initiative', 'a'], /--out <file\.docx>/],
      [
        ['pack', '--workspace', 'x.csbackup', '--initiative', 'a', '--out', 'a.pdf'],
        /must end in \.docx/,
      ],
      [['pack', '--bogus'], /Unknown option --bogus/],
      [
        [
          'pack',
          '--workspace',
          'x',
          '--initiative',
          'a',
          '--out',
          'a.docx',
          '--sections',
          'gates,nonsense',
        ],
        /Unknown section nonsense/,
      ],
      [
        ['pack', '--workspace', 'x', '--portfolio', '--tier', 'risky', '--out', 'a.docx'],
        /--tier risky is not a tier\. Choose from: prohibited, high-risk/,
      ],
      [
        [
          'pack',
          '--workspace',
          'x',
          '--initiative',
          'a',
          '--business-unit',
          'Claims',
          '--out',
          'a.docx',
        ],
        /--business-unit narrows the portfolio pack/,
      ],
      [['frobnicate'], /Unknown command “frobnicate”/],
      [['verify'], /Name the file to verify/],
    ];
    for (const [args, message] of cases) {
      const result = countersign(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
    }
  }, 60_000);
});
