import { BackupError, formatSize } from '../shared/backup/backupError';
import { DEFAULT_BACKUP_LIMITS } from '../shared/backup/format';
import { readBackup, type ValidatedBackup } from '../shared/backup/readBackup';
import type { DashboardFilter } from '../shared/dashboard/filter';
import type { Initiative } from '../shared/domain/initiative';
import type { Member } from '../shared/domain/member';
import { RISK_TIERS } from '../shared/euAiAct/tier';
import { CURRENT_SCHEMA_VERSION } from '../renderer/db/schema/versions';
import { CliError } from './args';
import { readInputFile } from './files';

/**
 * Reads and fully validates a workspace backup (.csbackup): the same checks
 * as a restore in the app, the audit chain and every signature included.
 */
export function readWorkspace(path: string): ValidatedBackup {
  const bytes = readInputFile(path, 'workspace backup');
  if (bytes.byteLength > DEFAULT_BACKUP_LIMITS.maxFileBytes) {
    throw new CliError(
      `${path} is ${formatSize(bytes.byteLength)}, larger than a backup may be (${formatSize(DEFAULT_BACKUP_LIMITS.maxFileBytes)}).`,
    );
  }
  try {
    return readBackup(bytes, { schemaVersion: CURRENT_SCHEMA_VERSION });
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(`${path}: ${error.message}`);
    throw new CliError(
      `${path} could not be read as a Countersign backup: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** An initiative by id, or by title (exact, then case-insensitive, then unique prefix). */
export function findInitiative(initiatives: readonly Initiative[], query: string): Initiative {
  const byId = initiatives.find((i) => i.id === query);
  if (byId) return byId;
  const folded = query.trim().toLowerCase();
  const exact = initiatives.filter((i) => i.title === query.trim());
  const same =
    exact.length > 0 ? exact : initiatives.filter((i) => i.title.toLowerCase() === folded);
  const matches =
    same.length > 0 ? same : initiatives.filter((i) => i.title.toLowerCase().startsWith(folded));
  if (matches.length === 1 && matches[0]) return matches[0];
  const list = (items: readonly Initiative[]) =>
    items
      .slice(0, 20)
      .map((i) => `  ${i.id}  ${i.title}`)
      .join('\n');
  if (matches.length > 1) {
    throw new CliError(
      `“${query}” matches ${String(matches.length)} initiatives; give the id of the one you mean:\n${list(matches)}`,
    );
  }
  throw new CliError(
    initiatives.length === 0
      ? `No initiative “${query}”: this workspace has no initiatives.`
      : `No initiative “${query}” in this workspace. Its initiatives are:\n${list(initiatives)}${initiatives.length > 20 ? `\n  … and ${String(initiatives.length - 20)} more` : ''}`,
  );
}

/** Whether a `--tier` value is one of the Dashboard's tier filters. */
export function isFilterTier(value: string): value is Exclude<DashboardFilter['tier'], ''> {
  return value === 'unclassified' || (RISK_TIERS as readonly string[]).includes(value);
}

/** A business unit some initiative has, matched without regard to case; '' when not given. */
export function findBusinessUnit(
  initiatives: readonly Pick<Initiative, 'businessUnit'>[],
  query: string | undefined,
): string {
  if (query === undefined) return '';
  const units = [...new Set(initiatives.map((i) => i.businessUnit))].sort((a, b) =>
    a.localeCompare(b),
  );
  const folded = query.trim().toLowerCase();
  const unit =
    units.find((u) => u === query.trim()) ?? units.find((u) => u.toLowerCase() === folded);
  if (unit !== undefined) return unit;
  throw new CliError(
    units.length === 0
      ? `No initiative is in business unit “${query}”: this workspace has no initiatives.`
      : `No initiative is in business unit “${query}”. The business units are: ${units.join(', ')}.`,
  );
}

/** A member by id, or by name (exact, then case-insensitive); '' when not given. */
export function findOwner(
  members: readonly Pick<Member, 'id' | 'name'>[],
  query: string | undefined,
): string {
  if (query === undefined) return '';
  const byId = members.find((m) => m.id === query);
  if (byId) return byId.id;
  const folded = query.trim().toLowerCase();
  const exact = members.filter((m) => m.name === query.trim());
  const matches = exact.length > 0 ? exact : members.filter((m) => m.name.toLowerCase() === folded);
  if (matches.length === 1 && matches[0]) return matches[0].id;
  const list = (items: readonly Pick<Member, 'id' | 'name'>[]) =>
    items.map((m) => `  ${m.id}  ${m.name}`).join('\n');
  throw new CliError(
    matches.length > 1
      ? `“${query}” names ${String(matches.length)} members; give the id of the one you mean:\n${list(matches)}`
      : `No member “${query}” in this workspace. Its members are:\n${list(members)}`,
  );
}
