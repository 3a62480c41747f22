import { CountersignDb, workspaceDbName } from '../../renderer/db/database';
import { bulkWrite } from '../workload/bulkWrite';
import {
  countsForScale,
  generateWorkload,
  prepareWorkloadKeys,
  REFERENCE_PASSPHRASE,
  type Scale,
  type WorkloadOp,
} from '../workload/generate';
import type { GenerateResult } from './api';

/** Builds the reference workspace in this origin's IndexedDB, where the app will find it. */
export async function generateReference(options: {
  scale: Scale;
  seed: string;
}): Promise<GenerateResult> {
  const counts = countsForScale(options.scale);
  // The app's own key-derivation cost, so signing in costs what it costs a person.
  const keys = await prepareWorkloadKeys(options.seed);
  const ops = generateWorkload({ counts, seed: options.seed, keys });
  const first = ops.next();
  if (first.done || first.value.kind !== 'createWorkspace') {
    throw new Error('The workload does not start with its workspace');
  }
  const createOp = first.value;
  const dbName = workspaceDbName(createOp.input.workspaceId);
  const db = new CountersignDb(dbName);
  function* all(): Generator<WorkloadOp> {
    yield createOp;
    yield* ops;
  }
  let lastReport = 0;
  try {
    const result = await bulkWrite(db, all(), {
      chunkSize: 5000,
      onProgress: (written) => {
        if (written - lastReport >= 50_000) {
          lastReport = written;
          console.log(`[bench] reference workspace: ${String(written)} audit events written`);
        }
      },
    });
    return {
      dbName,
      workspaceId: result.workspaceId,
      administratorName: createOp.input.administrator.name,
      passphrase: REFERENCE_PASSPHRASE,
      counts: {
        members: result.members,
        initiatives: result.initiatives,
        risks: result.risks,
        signoffs: result.signoffs,
        auditEvents: result.auditEvents,
      },
      headSeq: result.head.seq,
      ms: result.totalMs,
      waitMs: result.waitMs,
    };
  } catch (error) {
    db.close();
    await CountersignDb.delete(dbName);
    throw error;
  } finally {
    db.close();
  }
}
