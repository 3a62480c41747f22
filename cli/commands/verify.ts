import { buildPackModel } from '../../shared/pack/buildModel';
import { checkAcceptance } from '../../shared/pack/acceptanceCheck';
import { packSourceFromRows } from '../../shared/pack/fromBackup';
import { readPackProperty } from '../../shared/pack/readPackProperty';
import { CliError, UsageError, parseArgs } from '../args';
import { readInputFile } from '../files';
import { readWorkspace } from '../workspace';

export const VERIFY_HELP = `countersign verify: check a workspace backup, and a pack against it

  countersign verify --workspace <backup.csbackup> [--pack <pack.docx>]

Checks the backup as a restore does: every entry against the SHA-256 in its manifest,
every row, the audit chain from event #1 to its head, and every member certification,
sign-off and gate-override signature; then every risk acceptance signature.

With --pack, also checks a pack made by Countersign: its audit chain head must be an
event of the verified chain with the same hash, and, when the backup was taken at that
head, the pack model is rebuilt from the backup with the options stored in the pack and
its SHA-256 must equal the content hash the pack prints.

Exit code 0 when everything verifies, 1 when anything does not.
`;

export function verifyCommand(argv: readonly string[], out: (text: string) => void): number {
  const args = parseArgs(argv, { values: ['workspace', 'pack'], flags: ['help'] });
  if (args.flags.has('help')) {
    out(VERIFY_HELP);
    return 0;
  }
  const workspacePath = args.values.get('workspace');
  if (!workspacePath) throw new UsageError('Give the workspace backup with --workspace <file>.');
  const packPath = args.values.get('pack');
  const packBytes = packPath === undefined ? null : readInputFile(packPath, 'pack');

  // readBackup refuses the file at the first problem, with the reason.
  const { rows, summary } = readWorkspace(workspacePath);
  const lines: string[] = [];
  const failures: string[] = [];
  const pass = (text: string) => lines.push(`  ok    ${text}`);
  const fail = (text: string) => {
    failures.push(text);
    lines.push(`  FAIL  ${text}`);
  };
  lines.push(`Workspace ${summary.workspaceName} (${summary.workspaceId})`);
  lines.push(
    `  Backup written ${summary.createdAt} by Countersign ${summary.appVersion}, data format ${String(summary.schemaVersion)}`,
  );
  pass('Every entry matches the SHA-256 in the manifest and every row is valid.');
  pass(
    summary.auditHead
      ? `Audit chain: ${String(summary.chainLength)} events verified from #1 to the head #${String(summary.auditHead.seq)}, hash ${summary.auditHead.hash}.`
      : 'Audit chain: empty.',
  );
  pass(`Member certifications: ${String(summary.certificationsVerified)} signatures verified.`);
  pass(
    `Sign-offs and gate overrides: ${String(summary.gateSignaturesVerified)} signatures verified.`,
  );
  const members = new Map(rows.members.map((m) => [m.id, m]));
  let acceptances = 0;
  for (const risk of rows.risks) {
    const check = risk.acceptance
      ? checkAcceptance(risk, members.get(risk.acceptance.signature.signerId))
      : null;
    if (check === null) continue;
    if (check.ok) acceptances += 1;
    else fail(`The acceptance of the risk “${risk.title}” does not verify: ${check.message}`);
  }
  pass(`Risk acceptances: ${String(acceptances)} signatures verified.`);

  if (packBytes !== null && packPath !== undefined) {
    let property;
    try {
      property = readPackProperty(packBytes);
    } catch (error) {
      throw new CliError(
        `${packPath} cannot be checked: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
    lines.push(`Pack ${packPath}`);
    const head = property.chainHead;
    const workspaceId = rows.workspace[0]?.id;
    if (head === null) {
      fail('The pack records no audit chain head.');
    } else {
      const event = rows.auditEvents.find((e) => e.seq === head.seq);
      if (!event)
        fail(
          `The pack’s chain head, event #${String(head.seq)}, is not in this backup’s chain (it ends at #${String(summary.auditHead?.seq ?? 0)}).`,
        );
      else if (event.hash !== head.hash)
        fail(
          `Event #${String(head.seq)} in this backup has a different hash from the one the pack records: they are not the same workspace history.`,
        );
      else
        pass(
          `The pack’s chain head #${String(head.seq)} is an event of the verified chain, with the same hash.`,
        );
      if (event && event.hash === head.hash && summary.auditHead?.seq === head.seq) {
        const source = packSourceFromRows(rows);
        if (source.workspace.id !== workspaceId) fail('The backup holds another workspace.');
        let rebuilt: string | null = null;
        try {
          rebuilt = buildPackModel(source, property.spec).contentHash;
        } catch (error) {
          fail(
            `The pack model could not be rebuilt: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        if (rebuilt !== null) {
          if (rebuilt === property.contentHash)
            pass(`Content hash rebuilt from the backup matches the pack: ${rebuilt}.`);
          else
            fail(
              `Content hash rebuilt from the backup is ${rebuilt}, not the ${property.contentHash} the pack records: the pack does not say what the workspace holds, or was made by another version of Countersign (${property.spec.context.appVersion}).`,
            );
        }
      } else if (event && event.hash === head.hash) {
        lines.push(
          `  note  The backup goes on to event #${String(summary.auditHead?.seq ?? 0)}, past the pack’s head #${String(head.seq)}: the content hash can only be rebuilt from a backup taken at #${String(head.seq)}.`,
        );
      }
    }
  }
  const ok = failures.length === 0;
  lines.push(ok ? 'Everything verified.' : 'Verification FAILED.', '');
  out(lines.join('\n'));
  return ok ? 0 : 1;
}
