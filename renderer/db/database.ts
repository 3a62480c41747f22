import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema/versions';
import type {
  AuditEventRecord,
  CredentialRecord,
  EvidenceFileRecord,
  EvidenceRecord,
  GateRecord,
  InitiativeRecord,
  InitiativeSummaryRecord,
  MemberRecord,
  RiskRecord,
  SignoffRecord,
  WorkspaceRecord,
} from './records';

/** Every workspace lives in its own IndexedDB database named with this prefix. */
export const WORKSPACE_DB_PREFIX = 'countersign-ws-';

export class CountersignDb extends Dexie {
  declare workspace: Table<WorkspaceRecord, string>;
  declare members: Table<MemberRecord, string>;
  declare initiatives: Table<InitiativeRecord, string>;
  declare gates: Table<GateRecord, string>;
  declare signoffs: Table<SignoffRecord, string>;
  declare risks: Table<RiskRecord, string>;
  declare evidence: Table<EvidenceRecord, string>;
  declare evidenceFiles: Table<EvidenceFileRecord, string>;
  declare auditEvents: Table<AuditEventRecord, number>;
  declare credentials: Table<CredentialRecord, string>;
  declare initiativeSummaries: Table<InitiativeSummaryRecord, string>;

  constructor(
    name: string,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    // Strict durability: a command reported as committed is on disk, not in an OS cache.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export function workspaceDbName(workspaceId: string): string {
  return `${WORKSPACE_DB_PREFIX}${workspaceId}`;
}
