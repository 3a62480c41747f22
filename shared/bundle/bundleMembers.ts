import type { z } from 'zod';
import { memberSchema, type Member } from '../domain/member';
import type { Evidence } from '../evidence/record';
import type { Gate } from '../gates/gate';
import type { Signoff } from '../gates/signoff';
import type { Initiative } from '../domain/initiative';
import type { Risk } from '../risk/record';

/**
 * A member as a bundle carries them: what an auditor needs to read names and
 * check signatures. No e-mail address, and never a credential.
 */
export const bundleMemberSchema = memberSchema.pick({
  id: true,
  name: true,
  roles: true,
  status: true,
  keys: true,
  certification: true,
});
export type BundleMember = z.infer<typeof bundleMemberSchema>;

export function toBundleMember(member: Member): BundleMember {
  const { id, name, roles, status, keys, certification } = member;
  return { id, name, roles, status, keys, certification };
}

export interface BundleRecords {
  initiative: Initiative;
  gates: readonly Gate[];
  signoffs: readonly Signoff[];
  risks: readonly Risk[];
  evidence: readonly Evidence[];
}

/** Every member a record names: owners, reviewers, signers, whoever added or withdrew something. */
export function referencedMemberIds(records: BundleRecords): Set<string> {
  const ids = new Set<string>([records.initiative.ownerId]);
  for (const gate of records.gates) {
    ids.add(gate.openedBy);
    if (gate.withdrawal) ids.add(gate.withdrawal.by);
    if (gate.override) ids.add(gate.override.by).add(gate.override.signature.signerId);
  }
  for (const signoff of records.signoffs) {
    ids.add(signoff.reviewerId).add(signoff.signature.signerId);
    for (const condition of signoff.conditions) ids.add(condition.ownerId);
    for (const closure of Object.values(signoff.closures)) ids.add(closure.closedBy);
  }
  for (const risk of records.risks) {
    ids.add(risk.ownerId);
    for (const control of risk.controls) ids.add(control.ownerId);
    if (risk.acceptance) ids.add(risk.acceptance.signature.signerId);
  }
  for (const evidence of records.evidence) {
    ids.add(evidence.addedBy);
    if (evidence.withdrawal) ids.add(evidence.withdrawal.by);
  }
  return ids;
}
