import { describe, expect, it } from 'vitest';
import { backupsToDelete, type DatedBackup } from './retention';

/** Local-time dates, so the rule's calendar days are the test's calendar days. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute);
const backup = (date: Date): DatedBackup => ({ name: date.toISOString(), createdAt: date });

describe('backup retention', () => {
  const now = at(31, 18);

  it('keeps the three newest from today', () => {
    const today = [9, 10, 11, 12, 13].map((h) => backup(at(31, h)));
    expect(backupsToDelete(today, now).sort()).toEqual([today[0]!.name, today[1]!.name].sort());
  });

  it('keeps the newest of each of the 30 days before today', () => {
    const yesterday = [backup(at(30, 9)), backup(at(30, 17)), backup(at(30, 12))];
    expect(backupsToDelete(yesterday, now).sort()).toEqual(
      [yesterday[0]!.name, yesterday[2]!.name].sort(),
    );
  });

  it('deletes backups older than 30 days before today', () => {
    const thirtyDaysAgo = backup(new Date(2026, 2, 1, 12));
    const thirtyOneDaysAgo = backup(new Date(2026, 1, 28, 12));
    expect(backupsToDelete([thirtyDaysAgo, thirtyOneDaysAgo], now)).toEqual([
      thirtyOneDaysAgo.name,
    ]);
  });

  it('keeps at most 3 + 30 backups however many there are', () => {
    const many: DatedBackup[] = [];
    for (let day = 0; day < 60; day += 1) {
      for (let hour = 0; hour < 24; hour += 4) many.push(backup(new Date(2026, 2, 31 - day, hour)));
    }
    expect(many.length - backupsToDelete(many, now).length).toBe(33);
  });

  it('counts backups dated in the future as today’s rather than deleting them', () => {
    const future = [backup(at(31, 19)), backup(new Date(2026, 3, 2, 9))];
    expect(backupsToDelete(future, now)).toEqual([]);
  });
});
