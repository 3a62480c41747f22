import type { ValidatedBackup } from '../shared/backup/readBackup';
import type { CheckList } from '../shared/bundle/report';
import { buildPackModel } from '../shared/pack/buildModel';
import { packSourceFromRows } from '../shared/pack/fromBackup';
import { readPackProperty } from '../shared/pack/readPackProperty';

const LABEL = 'Pack';

/**
 * A pack made by Countersign against a verified backup: its chain head must
 * be an event of the backup's chain with the same hash and, when the backup
 * was taken at that head, the pack model rebuilt from the backup (with the
 * options stored in the pack) must hash to the content hash the pack prints.
 */
export function checkPack(
  packPath: string,
  packBytes: Uint8Array,
  { rows, summary }: ValidatedBackup,
  checks: CheckList,
): void {
  let property;
  try {
    property = readPackProperty(packBytes);
  } catch (error) {
    checks.fail(
      'pack',
      LABEL,
      `${packPath} cannot be checked: ${error instanceof Error ? error.message : String(error)}.`,
    );
    return;
  }
  const head = property.chainHead;
  if (head === null) {
    checks.fail('pack-head', LABEL, `${packPath} records no audit chain head.`);
    return;
  }
  const event = rows.auditEvents.find((e) => e.seq === head.seq);
  if (!event) {
    checks.fail(
      'pack-head',
      LABEL,
      `The pack’s chain head, event #${String(head.seq)}, is not in this backup’s chain (it ends at #${String(summary.auditHead?.seq ?? 0)}).`,
    );
    return;
  }
  if (event.hash !== head.hash) {
    checks.fail(
      'pack-head',
      LABEL,
      `Event #${String(head.seq)} in this backup has a different hash from the one the pack records: they are not the same workspace history.`,
    );
    return;
  }
  checks.pass(
    'pack-head',
    LABEL,
    `The pack’s chain head #${String(head.seq)} is an event of the verified chain, with the same hash.`,
  );
  if (summary.auditHead?.seq !== head.seq) {
    checks.note(
      'pack-content',
      LABEL,
      `The backup goes on to event #${String(summary.auditHead?.seq ?? 0)}, past the pack’s head #${String(head.seq)}: the content hash can only be rebuilt from a backup taken at #${String(head.seq)}.`,
    );
    return;
  }
  const source = packSourceFromRows(rows);
  if (source.workspace.id !== rows.workspace[0]?.id) {
    checks.fail('pack-workspace', LABEL, 'The backup holds another workspace.');
  }
  let rebuilt: string;
  try {
    rebuilt = buildPackModel(source, property.spec).contentHash;
  } catch (error) {
    checks.fail(
      'pack-content',
      LABEL,
      `The pack model could not be rebuilt: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  if (rebuilt === property.contentHash) {
    checks.pass(
      'pack-content',
      LABEL,
      `Content hash rebuilt from the backup matches the pack: ${rebuilt}.`,
    );
  } else {
    checks.fail(
      'pack-content',
      LABEL,
      `Content hash rebuilt from the backup is ${rebuilt}, not the ${property.contentHash} the pack records: the pack does not say what the workspace holds, or was made by another version of Countersign (${property.spec.context.appVersion}).`,
    );
  }
}
