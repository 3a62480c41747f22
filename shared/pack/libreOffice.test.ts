import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePack } from './generatePack';
import { readPackSource } from '../../renderer/features/packs/readPackSource';
import {
  initiativeSpec,
  portfolioSpec,
  sampleWorkspaceDb,
} from '../../renderer/features/packs/testing/samplePack';

/** LibreOffice, as `.ci/run` installs it (libreoffice-writer-nogui). */
const soffice = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
].find((p) => existsSync(p));
const folder = mkdtempSync(join(tmpdir(), 'countersign-pack-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(!soffice)('a real consumer: LibreOffice converts the packs to PDF', () => {
  it('converts the initiative pack and the portfolio pack without error', async () => {
    const db = await sampleWorkspaceDb();
    try {
      const contract = (await db.initiatives.toArray()).find(
        (i) => i.title === 'Contract review assistant',
      )!;
      const packs = [
        await generatePack(
          await readPackSource(db, { initiativeId: contract.id }),
          initiativeSpec(contract.id),
        ),
        await generatePack(await readPackSource(db, { initiativeId: null }), portfolioSpec()),
      ];
      const files = packs.map((pack, i) => {
        const file = join(folder, `pack-${String(i)}.docx`);
        writeFileSync(file, pack.bytes);
        return file;
      });
      // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
      const profile = pathToFileURL(join(folder, 'profile')).href;
      const result = spawnSync(
        soffice!,
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
        // Many pages: the document was laid out, not refused as empty.
        const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages.length).toBeGreaterThan(5);
      }
    } finally {
      await db.delete();
    }
  }, 180_000);
});

if (!soffice) {
  describe('a real consumer: LibreOffice', () => {
    it.skip('is not installed here (.ci/run installs libreoffice-writer-nogui): the PDF conversion check is skipped', () =>
      undefined);
  });
}
