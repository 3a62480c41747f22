import { describe, expect, it } from 'vitest';
import {
  autoBackupHead,
  backupOverdue,
  DEFAULT_REMINDER_DAYS,
  lastBackupAt,
  recordAutoBackupHead,
  recordBackup,
  reminderDays,
  setReminderDays,
} from './backupPreferences';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}

const id = '6d2c1c7e-6a43-4c55-9f0e-7d3f3f1b2a10';

describe('backup preferences', () => {
  it('remembers the last backup per workspace', () => {
    const storage = memoryStorage();
    expect(lastBackupAt(id, storage)).toBeNull();
    recordBackup(id, '2026-03-01T09:00:00.000Z', storage);
    expect(lastBackupAt(id, storage)).toEqual(new Date('2026-03-01T09:00:00.000Z'));
    expect(lastBackupAt('other', storage)).toBeNull();
  });

  it('ignores a stored time that is not a date', () => {
    const storage = memoryStorage();
    recordBackup(id, 'yesterday', storage);
    expect(lastBackupAt(id, storage)).toBeNull();
  });

  it('keeps the reminder period to the offered choices', () => {
    const storage = memoryStorage();
    expect(reminderDays(storage)).toBe(DEFAULT_REMINDER_DAYS);
    setReminderDays(14, storage);
    expect(reminderDays(storage)).toBe(14);
    setReminderDays(5, storage);
    expect(reminderDays(storage)).toBe(DEFAULT_REMINDER_DAYS);
  });

  it('is overdue when never backed up or older than the period', () => {
    const now = new Date('2026-03-10T09:00:00.000Z');
    expect(backupOverdue(null, 7, now)).toBe(true);
    expect(backupOverdue(new Date('2026-03-04T09:00:00.000Z'), 7, now)).toBe(false);
    expect(backupOverdue(new Date('2026-03-02T09:00:00.000Z'), 7, now)).toBe(true);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    recordAutoBackupHead(id, 'abc', broken);
    expect(autoBackupHead(id, broken)).toBeNull();
  });
});
