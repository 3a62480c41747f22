import {
  CERTIFICATION_RECORD_KIND,
  certificationContentHash,
} from '../../shared/auth/certification';
import type { ElectronicSignature } from '../../shared/auth/signature';
import type { CountersignDb } from '../db/database';
import { TEST_PASSPHRASE } from './credentials';
import { signRecord } from './signRecord';

/** A member's signed certification, made the way the signing dialog makes it. */
export function signCertification(
  db: CountersignDb,
  memberId: string,
  workspaceId: string,
  passphrase = TEST_PASSPHRASE,
): Promise<ElectronicSignature> {
  return signRecord(
    db,
    memberId,
    {
      recordKind: CERTIFICATION_RECORD_KIND,
      recordId: memberId,
      contentHash: certificationContentHash(memberId, workspaceId),
      meaning: 'responsibility',
    },
    passphrase,
  );
}
