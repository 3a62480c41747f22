import type { AuditEvent } from '../../shared/audit/auditEvent';
import type { CredentialEnvelope, TemporaryPassphrase } from '../../shared/auth/credential';
import type { Gate } from '../../shared/gates/gate';
import type { Signoff } from '../../shared/gates/signoff';
import type { Initiative } from '../../shared/domain/initiative';
import type { Member } from '../../shared/domain/member';
import type { Risk } from '../../shared/risk/record';
import type { Workspace } from '../../shared/domain/workspace';

/**
 * Row types of each table. Evidence gets its full shape with the issue that
 * introduces it; the tables exist from version 1 so later versions only add
 * indexes.
 */
export type WorkspaceRecord = Workspace;
export type MemberRecord = Member;
export type InitiativeRecord = Initiative;
export type RiskRecord = Risk;
export type GateRecord = Gate;
export type SignoffRecord = Signoff;
export interface EvidenceRecord {
  id: string;
  initiativeId: string;
  sha256: string;
}
export type AuditEventRecord = AuditEvent;

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
