import type { Table } from 'dexie';
import type { z } from 'zod';
import { PERMISSION_LABELS, rolesGrant, type Permission } from '../../../shared/domain/permissions';
import type { Member } from '../../../shared/domain/member';
import type { CountersignDb } from '../database';
import { summaryScope, summaryTablesOf } from '../summaries/derivedTables';
import { refreshSummaries } from '../summaries/refreshSummaries';
import { AuditWriter } from './auditWriter';
import { CommandError, invalidInput, toCommandError } from './commandError';

/** Who runs a command, and when. `now` is injectable for the sample replay and tests. */
export interface CommandActor {
  memberId: string;
  now?: () => Date;
}

export interface CommandRun<Input> {
  db: CountersignDb;
  input: Input;
  /** The acting member, loaded and authorised inside the transaction. */
  actor: Member;
  /** Commit time of this command, ISO 8601 UTC; every event of the command shares it. */
  at: string;
  audit: AuditWriter;
}

export interface CommandSpec<Schema extends z.ZodType, Output> {
  /** The audit action and the name shown in errors, e.g. `initiative.create`. */
  name: string;
  /** Completes "Could not …" in error messages, e.g. "register the initiative". */
  label: string;
  input: Schema;
  permission: Permission;
  /** Tables written besides `members` (read) and `auditEvents` (appended). */
  tables: (db: CountersignDb) => Table[];
  run: (run: CommandRun<z.output<Schema>>) => Promise<Output>;
}

export type Command<Schema extends z.ZodType, Output> = CommandSpec<Schema, Output> & {
  readonly kind: 'command';
};

export function defineCommand<Schema extends z.ZodType, Output>(
  spec: CommandSpec<Schema, Output>,
): Command<Schema, Output> {
  return { ...spec, kind: 'command' };
}

/**
 * The only way anything is written. Validates the untrusted input, then in one
 * transaction: loads the actor, checks the permission, runs the change,
 * appends its audit event(s) and rebuilds the summaries of the initiatives
 * those events name. Any failure rolls the whole transaction back.
 */
export async function execute<Schema extends z.ZodType, Output>(
  db: CountersignDb,
  command: Command<Schema, Output>,
  rawInput: unknown,
  who: CommandActor,
): Promise<Output> {
  const parsed = command.input.safeParse(rawInput);
  if (!parsed.success) throw invalidInput(parsed.error);
  const input = parsed.data;
  const at = (who.now ?? (() => new Date()))().toISOString();
  try {
    return await db.transaction('rw', transactionScope(db, command), async () => {
      const actor = await authorise(db, who.memberId, command.permission);
      const audit = new AuditWriter(db, actor.id, at);
      const output = await command.run({ db, input, actor, at, audit });
      // Derived summaries follow in the same transaction, so they commit or roll back with the change.
      await refreshSummaries(summaryTablesOf(db), audit.written);
      return output;
    });
  } catch (error) {
    throw toCommandError(error, command.label);
  }
}

/** The command's tables, plus those every command reads or writes: members, the chain, summaries. */
function transactionScope(db: CountersignDb, command: { tables: (db: CountersignDb) => Table[] }) {
  const tables = [...command.tables(db), db.members, db.auditEvents, ...summaryScope(db)];
  return [...new Map(tables.map((table) => [table.name, table])).values()];
}

async function authorise(
  db: CountersignDb,
  memberId: string,
  permission: Permission,
): Promise<Member> {
  const actor = await db.members.get(memberId);
  if (!actor) {
    throw new CommandError('forbidden', 'You are not signed in as a member of this workspace.');
  }
  if (actor.status !== 'active') {
    throw new CommandError('forbidden', `${actor.name} is deactivated and cannot make changes.`);
  }
  if (!rolesGrant(actor.roles, permission)) {
    throw new CommandError(
      'forbidden',
      `${actor.name} does not have permission to ${PERMISSION_LABELS[permission]}.`,
    );
  }
  return actor;
}
