import type { AuditEvent } from '../../shared/audit/auditEvent';
import type { CredentialEnvelope, TemporaryPassphrase } from '../../shared/auth/credential';
import type { Evidence } from '../../shared/evidence/record';
import type { InitiativeSummary } from '../../shared/dashboard/summary/record';
import type { Gate } from '../../shared/gates/gate';
import type { Signoff } from '../../shared/gates/signoff';
import type { Initiative } from '../../shared/domain/initiative';
import type { Member } from '../../shared/domain/member';
import type { Risk } from '../../shared/risk/record';
import type { Workspace } from '../../shared/domain/workspace';

/** Row types of each table. */
export type WorkspaceRecord = Workspace;
export type MemberRecord = Member;
export type InitiativeRecord = Initiative;
export type RiskRecord = Risk;
export type GateRecord = Gate;
export type SignoffRecord = Signoff;
export type EvidenceRecord = Evidence;
/**
 * The bytes of one evidence file, under its evidence id. Bytes rather than a
 * Blob: they clone the same in every IndexedDB (the CLI's and tests' included),
 * and Chromium stores large values out of line either way.
 */
export interface EvidenceFileRecord {
  id: string;
  data: Uint8Array;
}
export type AuditEventRecord = AuditEvent;
/** Derived: the Dashboard's summary of one initiative (`initiativeSummaries`, never backed up). */
export type InitiativeSummaryRecord = InitiativeSummary;

/** A member's sign-in secret: their sealed signing key, or a temporary passphrase to replace. */
export type CredentialRecord =
  | { memberId: string; kind: 'signing-key'; envelope: CredentialEnvelope; setAt: string }
  | {
      memberId: string;
      kind: 'temporary';
      temporary: TemporaryPassphrase;
      setAt: string;
      setBy: string;
    };
