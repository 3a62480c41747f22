import type { ParsedRecords } from './bundleRecords';
import type { BundleManifest } from './format';
import { count, type CheckList } from './report';

/** Every record is the manifest's initiative or one of its own; every sign-off belongs to a gate in the bundle. */
export function checkRecordsBelong(
  manifest: BundleManifest,
  records: ParsedRecords,
  checks: CheckList,
): void {
  const label = 'Records';
  const { id, title } = manifest.initiative;
  const failuresBefore = checks.failureCount;
  const fail = (recordId: string, detail: string) => {
    checks.fail(`record:${recordId}`, label, detail, 'record');
  };
  if (records.initiative.id !== id || records.initiative.title !== title) {
    fail(
      records.initiative.id,
      `records/initiative.json holds “${records.initiative.title}” (${records.initiative.id}), not the initiative the manifest names, “${title}” (${id}).`,
    );
  }
  const tables = [
    ['gates', 'gate', records.gates],
    ['signoffs', 'sign-off', records.signoffs],
    ['risks', 'risk', records.risks],
    ['evidence', 'evidence record', records.evidence],
  ] as const;
  for (const [file, kind, rows] of tables) {
    const seen = new Set<string>();
    for (const row of rows) {
      if (row.initiativeId !== id) {
        fail(
          row.id,
          `records/${file}.json holds the ${kind} ${row.id} of another initiative (${row.initiativeId}).`,
        );
      }
      if (seen.has(row.id)) fail(row.id, `records/${file}.json holds the ${kind} ${row.id} twice.`);
      seen.add(row.id);
    }
  }
  const gates = new Set(records.gates.map((gate) => gate.id));
  for (const signoff of records.signoffs) {
    if (!gates.has(signoff.gateId)) {
      fail(
        signoff.id,
        `The sign-off ${signoff.id} is for the gate ${signoff.gateId}, which is not in records/gates.json.`,
      );
    }
  }
  if (checks.failureCount === failuresBefore) {
    checks.pass(
      'records',
      label,
      `Every record is the initiative “${title}” or one of its ${count(records.gates.length, 'gate')}, ${count(records.signoffs.length, 'sign-off')}, ${count(records.risks.length, 'risk')} and ${count(records.evidence.length, 'evidence record')}.`,
    );
  }
}
