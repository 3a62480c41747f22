import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, parseArgs } from '../args';
import { appVersion } from '../context';
import { writeOutputFile } from '../files';

export const SAMPLE_HELP = `countersign sample: write the sample workspace as a backup file

  countersign sample --out <file.csbackup>

The sample is the one the app opens with "Open sample workspace": it is built by
replaying its content through the app's own commands, so every sign-off is signed
and the audit chain verifies. Every member's passphrase is "northwind sample workspace".
Open it in the app with Backups > Restore from a file, or make packs from it:

  countersign pack --workspace <file.csbackup> --initiative "Contract review assistant" --out pack.docx
`;

export async function sampleCommand(
  argv: readonly string[],
  out: (text: string) => void,
): Promise<number> {
  const args = parseArgs(argv, { values: ['out'], flags: ['help'] });
  if (args.flags.has('help')) {
    out(SAMPLE_HELP);
    return 0;
  }
  const outPath = args.values.get('out');
  if (!outPath) throw new UsageError('Give the file to write with --out <file.csbackup>.');
  if (!outPath.toLowerCase().endsWith('.csbackup')) {
    throw new UsageError('A workspace backup ends in .csbackup: --out must name one.');
  }
  if (existsSync(resolve(outPath))) {
    // Replaced like any output, but said so.
    out(`Replacing ${outPath}.\n`);
  }
  await import('../fakeIndexedDb');
  const [{ default: content }, { CountersignDb }, { newId }, { replaySample }, { createBackup }] =
    await Promise.all([
      import('../../assets/sample-workspace.json', { with: { type: 'json' } }),
      import('../../renderer/db/database'),
      import('../../renderer/db/ids'),
      import('../../renderer/features/workspace-setup/replaySample'),
      import('../../renderer/db/backup/createBackup'),
    ]);
  const db = new CountersignDb(`countersign-sample-${newId()}`);
  try {
    await replaySample(db, content);
    const backup = await createBackup(db, appVersion());
    const written = writeOutputFile(outPath, backup.bytes);
    const workspace = await db.workspace.toCollection().first();
    const events = await db.auditEvents.count();
    out(
      [
        `Wrote ${written}`,
        `  ${workspace?.name ?? 'Sample workspace'}: ${String(await db.initiatives.count())} initiatives, ${String(await db.signoffs.count())} signed sign-offs, ${String(events)} audit events`,
        `  Audit chain head hash: ${backup.auditHeadHash ?? 'none'}`,
        '',
      ].join('\n'),
    );
  } finally {
    await db.delete();
  }
  return 0;
}
