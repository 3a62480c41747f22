import { detectArchive } from '../../shared/bundle/detectArchive';
import { DEFAULT_BUNDLE_LIMITS } from '../../shared/bundle/limits';
import { formatReport, terminalSafe, type VerificationCheck } from '../../shared/bundle/report';
import { verifyBundle } from '../../shared/bundle/verifyBundle';
import { UsageError, parseArgs } from '../args';
import { verifyBackup } from '../backupChecks';
import { readInputFile } from '../files';
import { checkPack } from '../packCheck';

export const VERIFY_HELP = `countersign verify: check an audit bundle or a workspace backup, offline

  countersign verify <bundle.zip | backup.csbackup> [--pack <pack.docx>]
  countersign verify --workspace <backup.csbackup> [--pack <pack.docx>]

Which kind of file it is, is read from the format its manifest names. Nothing is
unpacked to disk, and nothing is sent anywhere.

An audit bundle (Export audit bundle in the app) is refused unread if the archive is
unsafe (not a zip, a zip bomb, a name with "..", an absolute path or a backslash,
duplicate names). Otherwise it checks: the manifest and the exporter's signature over
it; every file against the SHA-256 in the manifest, and no file it does not list; the
records; every evidence file against its record; the audit events (hashes, order,
links, the list the manifest signed, and the whole chain from #1 to the head when the
bundle holds it); every sign-off, gate override, risk acceptance and certification
signature against the members' keys; and every evidence file a sign-off cites.

A workspace backup is checked as a restore checks it: every entry against the SHA-256
in its manifest, every row, the audit chain from event #1 to its head, and every
member certification, sign-off, gate-override and risk acceptance signature.

With --pack (backups only), also checks a pack made by Countersign: its audit chain
head must be an event of the verified chain with the same hash, and, when the backup
was taken at that head, the pack model is rebuilt from the backup with the options
stored in the pack and its SHA-256 must equal the content hash the pack prints.

Prints one line per check (ok, FAIL or note) and a summary.
Exit code 0 when everything verifies, 1 when anything does not, 2 for a wrong command line.
`;

export function verifyCommand(argv: readonly string[], out: (text: string) => void): number {
  const args = parseArgs(argv, { values: ['workspace', 'pack'], flags: ['help'] });
  if (args.flags.has('help')) {
    out(VERIFY_HELP);
    return 0;
  }
  const workspacePath = args.values.get('workspace');
  if (args.command !== null && workspacePath !== undefined) {
    throw new UsageError('Give the file to verify once: as <file> or with --workspace, not both.');
  }
  const path = args.command ?? workspacePath;
  if (path === undefined) {
    throw new UsageError(
      'Name the file to verify: countersign verify <bundle.zip | backup.csbackup>.',
    );
  }
  const packPath = args.values.get('pack');
  const bytes = readInputFile(path, 'file', DEFAULT_BUNDLE_LIMITS.maxArchiveBytes);
  const kind = workspacePath !== undefined ? 'backup' : detectArchive(bytes);
  if (kind !== 'backup' && packPath !== undefined) {
    throw new UsageError(
      '--pack checks a pack against a workspace backup; an audit bundle’s pack is checked through its signed manifest.',
    );
  }

  const lines: string[] = [];
  let checks: readonly VerificationCheck[];
  if (kind === 'backup') {
    const verification = verifyBackup(bytes);
    lines.push(verification.heading ?? `Workspace backup ${path}`);
    if (packPath !== undefined) {
      const packBytes = readInputFile(packPath, 'pack');
      if (verification.backup)
        checkPack(packPath, packBytes, verification.backup, verification.checks);
      else {
        verification.checks.note(
          'pack',
          'Pack',
          `${packPath} was not checked, because the backup did not verify.`,
        );
      }
    }
    checks = verification.checks.checks;
  } else {
    const report = verifyBundle(bytes);
    const { bundle } = report;
    lines.push(
      bundle
        ? `Audit bundle of “${bundle.initiative.title}” (${bundle.initiative.id}) from workspace ${bundle.workspace.name}, exported by ${bundle.exportedBy.name} on ${bundle.createdAt} with Countersign ${bundle.appVersion}${bundle.marking ? `; marked ${bundle.marking}` : ''}`
        : kind === 'unknown'
          ? `${path} is not recognised as a Countersign audit bundle or workspace backup; checked as an audit bundle:`
          : `Audit bundle ${path}`,
    );
    checks = report.checks;
  }
  const ok = !checks.some((check) => check.status === 'fail');
  lines.push(...formatReport({ checks }), ok ? 'Everything verified.' : 'Verification FAILED.', '');
  out(lines.map(terminalSafe).join('\n'));
  return ok ? 0 : 1;
}
