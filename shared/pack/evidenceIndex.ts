import { formatSize } from '../backup/backupError';
import type { Initiative } from '../domain/initiative';
import { describeTarget, evidenceStatusText, targetNames } from '../evidence/describeTarget';
import { REVIEW_FUNCTION_LABELS } from '../gates/functions';
import type { PackScope } from './common';
import type { InitiativeGates } from './gateRecord';
import { counted } from './format';
import type { EvidenceIndex } from './model';

/**
 * The evidence index: every file held for the initiative (withdrawn and
 * replaced versions included, with their hashes), the files current
 * sign-offs cite with the hash each reviewer signed, and the locations
 * reviewers typed in checklist answers.
 */
export function evidenceIndex(
  scope: PackScope,
  initiative: Initiative,
  gates: InitiativeGates,
): EvidenceIndex {
  const rows = scope.source.evidence
    .filter((e) => e.initiativeId === initiative.id)
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  const byId = new Map(rows.map((e) => [e.id, e]));
  const names = targetNames(
    scope.source.risks.filter((r) => r.initiativeId === initiative.id),
    scope.source.gates.filter((g) => g.initiativeId === initiative.id),
  );
  const records = rows.map((e) => ({
    id: e.id,
    name: e.name,
    version: e.version,
    attachedTo: describeTarget(e.target, names),
    mediaType: e.mediaType,
    size: formatSize(e.bytes),
    sha256: e.sha256,
    added: `${scope.memberName(e.addedBy)}, ${scope.instant(e.addedAt)}`,
    status: evidenceStatusText(e, (id) => byId.get(id)?.version),
  }));
  const current = gates.evaluations.flatMap((e) =>
    e.signoffs.filter((v) => v.current).map((v) => ({ gate: e.gate, signoff: v.signoff })),
  );
  const citedBy = (s: { signature: { printedName: string }; recordedAt: string }) =>
    `${s.signature.printedName}, ${scope.instant(s.recordedAt)}`;
  const files = current.flatMap(({ gate, signoff }) =>
    signoff.evidence.map((c) => {
      const held = byId.get(c.id);
      return {
        gate: gate.template.name,
        function: REVIEW_FUNCTION_LABELS[signoff.function],
        file: held ? `${held.name} (version ${String(held.version)})` : c.id,
        sha256: c.sha256,
        check: !held
          ? 'Not held in this workspace'
          : held.sha256 === c.sha256
            ? 'Matches the recorded hash'
            : 'DIFFERS from the recorded hash',
        citedBy: citedBy(signoff),
      };
    }),
  );
  const cited = current.flatMap(({ gate, signoff }) => {
    const items = new Map(
      gate.template.functions.flatMap((fn) => fn.items.map((item) => [item.id, item.text])),
    );
    return signoff.answers
      .filter((a) => a.evidence.trim() !== '')
      .map((a) => ({
        gate: gate.template.name,
        function: REVIEW_FUNCTION_LABELS[signoff.function],
        item: items.get(a.itemId) ?? a.itemId,
        evidence: a.evidence,
        citedBy: citedBy(signoff),
      }));
  });
  const currentFiles = rows.filter((e) => e.withdrawal === null && e.replacedBy === null).length;
  return {
    statement: `Countersign holds ${counted(rows.length, 'evidence file')} for this initiative (${counted(currentFiles, 'current file')}), each identified by the SHA-256 of its bytes; withdrawn files and earlier versions stay listed with their hashes. ${
      files.length === 0
        ? 'No current sign-off cites an evidence file.'
        : `Current sign-offs cite ${counted(files.length, 'file')}; each citation's SHA-256 is inside the reviewer's signature, so a file swapped afterwards no longer matches.`
    } ${
      cited.length === 0
        ? 'No checklist answer names an evidence location.'
        : `Checklist answers also name ${counted(cited.length, 'evidence location')}, typed by the reviewer.`
    } The audit bundle of this initiative carries the files themselves.`,
    records,
    files,
    cited,
  };
}
