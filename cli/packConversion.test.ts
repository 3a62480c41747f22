import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_DASHBOARD_FILTER } from '../shared/dashboard/filter';
import { generatePack } from '../shared/pack/generatePack';
import { INITIATIVE_SECTIONS, PORTFOLIO_SECTIONS } from '../shared/pack/sections';
import type { PackSpec } from '../shared/pack/spec';
import { syntheticPackSource } from '../shared/pack/testing/syntheticSource';

/** LibreOffice, as `.ci/run` installs it (libreoffice-writer-nogui). */
const soffice = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
].find((p) => existsSync(p));
const folder = mkdtempSync(join(tmpdir(), 'countersign-pack-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const CONTEXT: PackSpec['context'] = {
  generatedAt: '2026-11-22T12:00:00.000Z',
  timeZone: { name: 'Europe/Brussels', offsetMinutes: 60 },
  preparedBy: { name: 'Ruth Kimani', title: 'Internal auditor', memberId: null },
  marking: 'Confidential',
  appVersion: '0.0.0-test',
};

/** Where LibreOffice is missing the conversion cannot run; the title says so. */
const SOFFICE_MISSING_REASON =
  'skipped: LibreOffice is not installed here (.ci/run installs libreoffice-writer-nogui)';

describe.skipIf(!soffice)(
  `a real consumer: LibreOffice converts the packs to PDF${soffice ? '' : ` (${SOFFICE_MISSING_REASON})`}`,
  () => {
    it('converts the initiative pack and the portfolio pack (whole and filtered) without error', async () => {
      // A busy initiative: every section has content and the tables run over many pages. Around
      // it, a small portfolio, so every Dashboard panel in the portfolio pack has rows.
      const source = syntheticPackSource({ risks: 40, events: 600, portfolio: true });
      const initiativeId = source.initiatives[0]?.id ?? '';
      const specs: PackSpec[] = [
        {
          request: {
            kind: 'initiative',
            initiativeId,
            sections: [...INITIATIVE_SECTIONS],
            auditFrom: null,
            auditTo: null,
          },
          context: CONTEXT,
        },
        {
          request: {
            kind: 'portfolio',
            initiativeIds: null,
            sections: [...PORTFOLIO_SECTIONS],
            filter: EMPTY_DASHBOARD_FILTER,
          },
          context: CONTEXT,
        },
        {
          request: {
            kind: 'portfolio',
            initiativeIds: null,
            sections: [...PORTFOLIO_SECTIONS],
            filter: { ...EMPTY_DASHBOARD_FILTER, businessUnit: 'Finance' },
          },
          context: CONTEXT,
        },
      ];
      const files: string[] = [];
      for (const [i, spec] of specs.entries()) {
        const file = join(folder, `pack-${String(i)}.docx`);
        writeFileSync(file, (await generatePack(source, spec)).bytes);
        files.push(file);
      }
      // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
      const profile = pathToFileURL(join(folder, 'profile')).href;
      const result = spawnSync(
        soffice ?? 'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          ...files,
        ],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(result.error, result.stderr).toBeUndefined();
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      for (const file of files) {
        const pdf = file.replace(/\.docx$/, '.pdf');
        expect(existsSync(pdf), `${pdf}: ${result.stdout}\n${result.stderr}`).toBe(true);
        const bytes = readFileSync(pdf);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // Several pages: the document was laid out, not refused as empty.
        const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages.length).toBeGreaterThan(3);
      }
    }, 180_000);
  },
);
