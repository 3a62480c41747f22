import type { AuditEvent } from '../../shared/audit/auditEvent';
import type { InitiativeSummary } from '../../shared/dashboard/summary/record';
import type { Initiative } from '../../shared/domain/initiative';
import { MAX_IMPORT_ROWS } from '../../shared/import/table';
import { CountersignDb } from '../../renderer/db/database';
import { execute } from '../../renderer/db/commands/defineCommand';
import { importInitiatives as importCommand } from '../../renderer/db/commands/importInitiatives';
import { bulkWrite } from '../workload/bulkWrite';
import {
  generateWorkload,
  importRows,
  prepareWorkloadKeys,
  setupEventCount,
  workloadMembers,
  type InitiativeInput,
  type WorkloadKeys,
} from '../workload/generate';
import type { ImportRound } from './api';

/**
 * Scenario 5, one round in fresh databases. Timed, each from start to commit:
 * - the app's import command (`renderer/db/commands/importInitiatives.ts`)
 *   through `execute()`, in as many imports as its row limit requires;
 * - native IndexedDB puts of the very records the command wrote, in the same
 *   number of strict transactions, into an empty database with the same stores
 *   and indexes, and into one with no secondary indexes.
 * `prepareImportRound` does the untimed set-up, so that a profile of
 * `runImportRound` shows only the measured work.
 */
interface Written {
  batches: { initiatives: Initiative[]; events: AuditEvent[]; summaries: InitiativeSummary[] }[];
}

interface Prepared {
  options: { records: number; rawFirst: boolean };
  commandDb: CountersignDb;
  rawDb: CountersignDb;
  bareName: string;
  rows: InitiativeInput[];
  adminId: string;
  /** For raw-first rounds: the records of an untimed import of the same rows elsewhere. */
  early: Written | null;
}

let rounds = 0;
let keys: WorkloadKeys | null = null;
const prepared = new Map<number, Prepared>();

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

function openBare(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('initiatives', { keyPath: 'id' });
      request.result.createObjectStore('auditEvents', { keyPath: 'seq' });
      request.result.createObjectStore('initiativeSummaries', { keyPath: 'initiativeId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

async function workspaceWithMembers(db: CountersignDb, seed: string, members: number) {
  // Members' keys at a cheap cost: nobody signs in to these databases.
  const memberKeys = (keys ??= await prepareWorkloadKeys(seed, { N: 2 ** 10, r: 8, p: 1 }));
  const none = { initiatives: 0, risks: 0, signoffs: 0 };
  const people = workloadMembers({ members, ...none, auditEvents: 0 }, seed);
  const counts = { members, ...none, auditEvents: setupEventCount(people) };
  await bulkWrite(db, generateWorkload({ counts, seed, keys: memberKeys }));
  const admin = people[0];
  if (!admin) throw new Error('no members');
  return { adminId: admin.id, ownerIds: people.map((p) => p.id) };
}

/** The app's import, file by file as its row limit requires; returns what it wrote. */
async function importViaCommand(
  db: CountersignDb,
  rows: readonly InitiativeInput[],
  adminId: string,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += MAX_IMPORT_ROWS) {
    await execute(
      db,
      importCommand,
      {
        fileName: `inventory-part-${String(i / MAX_IMPORT_ROWS + 1)}.xlsx`,
        initiatives: rows.slice(i, i + MAX_IMPORT_ROWS),
      },
      { memberId: adminId },
    );
  }
  return performance.now() - started;
}

/** Reads back, untimed, the records an import wrote after `afterSeq`, in its batches. */
async function writtenSince(db: CountersignDb, afterSeq: number): Promise<Written> {
  const events = await db.auditEvents.where('seq').above(afterSeq).toArray();
  const byId = new Map((await db.initiatives.toArray()).map((i) => [i.id, i]));
  const batches: Written['batches'] = [];
  for (let i = 0; i < events.length; i += MAX_IMPORT_ROWS) {
    const slice = events.slice(i, i + MAX_IMPORT_ROWS);
    const summaries = await db.initiativeSummaries.bulkGet(slice.map((e) => e.entityId));
    batches.push({
      events: slice,
      initiatives: slice.map((e) => {
        const initiative = byId.get(e.entityId);
        if (!initiative) throw new Error(`Imported initiative ${e.entityId} is missing`);
        return initiative;
      }),
      summaries: summaries.map((row, j) => {
        if (!row) throw new Error(`The summary of ${slice[j]?.entityId ?? '?'} is missing`);
        return row;
      }),
    });
  }
  return { batches };
}

async function headSeq(db: CountersignDb): Promise<number> {
  return (await db.auditEvents.orderBy('seq').last())?.seq ?? 0;
}

export async function prepareImportRound(options: {
  records: number;
  seed: string;
  members: number;
  rawFirst: boolean;
}): Promise<number> {
  rounds += 1;
  const id = rounds;
  const seed = `${options.seed}:import-workspace`;
  const commandDb = new CountersignDb(`countersign-bench-import-${String(id)}`);
  const rawDb = new CountersignDb(`countersign-bench-raw-${String(id)}`);
  const { adminId, ownerIds } = await workspaceWithMembers(commandDb, seed, options.members);
  await rawDb.open();
  const rows = importRows(options.records, `${options.seed}:${String(id)}`, ownerIds);
  let early: Written | null = null;
  if (options.rawFirst) {
    const scratch = new CountersignDb(`countersign-bench-scratch-${String(id)}`);
    try {
      await workspaceWithMembers(scratch, seed, options.members);
      const before = await headSeq(scratch);
      await importViaCommand(scratch, rows, adminId);
      early = await writtenSince(scratch, before);
    } finally {
      scratch.close();
      await CountersignDb.delete(scratch.name);
    }
  }
  prepared.set(id, {
    options,
    commandDb,
    rawDb,
    bareName: `countersign-bench-bare-${String(id)}`,
    rows,
    adminId,
    early,
  });
  return id;
}

/**
 * Native puts of what an import wrote, a strict transaction per import: the
 * initiatives, their audit events and, unless left out, their summaries (the
 * derived rows the command layer writes in the same transaction).
 */
async function rawPuts(idb: IDBDatabase, written: Written, withSummaries = true): Promise<number> {
  const started = performance.now();
  for (const batch of written.batches) {
    const stores = [
      'initiatives',
      'auditEvents',
      ...(withSummaries ? ['initiativeSummaries'] : []),
    ];
    const tx = idb.transaction(stores, 'readwrite', { durability: 'strict' });
    const initiatives = tx.objectStore('initiatives');
    const events = tx.objectStore('auditEvents');
    for (const record of batch.initiatives) initiatives.put(record);
    for (const record of batch.events) events.put(record);
    if (withSummaries) {
      const summaries = tx.objectStore('initiativeSummaries');
      for (const record of batch.summaries) summaries.put(record);
    }
    await committed(tx);
  }
  return performance.now() - started;
}

export async function runImportRound(id: number): Promise<ImportRound> {
  const round = prepared.get(id);
  if (!round) throw new Error(`No prepared import round ${String(id)}`);
  prepared.delete(id);
  const { commandDb, rawDb, rows, adminId, options } = round;
  let bare: IDBDatabase | null = null;
  try {
    let rawMs = 0;
    if (round.early) rawMs = await rawPuts(rawDb.backendDB(), round.early);
    const before = await headSeq(commandDb);
    const importMs = await importViaCommand(commandDb, rows, adminId);
    const written = await writtenSince(commandDb, before);
    if (!round.early) rawMs = await rawPuts(rawDb.backendDB(), written);
    // The baseline before summaries existed: the same initiatives and events, no derived rows.
    const withoutSummaries = new CountersignDb(`${rawDb.name}-records-only`);
    let rawWithoutSummariesMs = 0;
    try {
      await withoutSummaries.open();
      rawWithoutSummariesMs = await rawPuts(withoutSummaries.backendDB(), written, false);
    } finally {
      withoutSummaries.close();
      await CountersignDb.delete(withoutSummaries.name);
    }

    bare = await openBare(round.bareName);
    const rawNoIndexMs = await rawPuts(bare, written);

    let recordBytes = 0;
    let transactions = 0;
    for (const batch of written.batches) {
      transactions += 1;
      for (const r of batch.initiatives) recordBytes += JSON.stringify(r).length;
      for (const r of batch.events) recordBytes += JSON.stringify(r).length;
      for (const r of batch.summaries) recordBytes += JSON.stringify(r).length;
    }
    return {
      records: options.records,
      imports: transactions,
      importMs,
      rawMs,
      rawWithoutSummariesMs,
      rawNoIndexMs,
      recordBytes,
    };
  } finally {
    bare?.close();
    for (const db of [commandDb, rawDb]) {
      db.close();
      await CountersignDb.delete(db.name);
    }
    await CountersignDb.delete(round.bareName);
  }
}
