import type { Transaction } from 'dexie';

/** Rewrites every row of a table with `upgrade` inside a schema upgrade. */
export async function replaceRows(
  tx: Transaction,
  table: string,
  upgrade: (row: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  await tx
    .table(table)
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
      ref.value = upgrade(row);
    });
}
