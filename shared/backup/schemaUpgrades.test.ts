import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_TEMPLATES } from '../gates/defaultTemplates';
import type { BackupTable } from './format';
import { SCHEMA_UPGRADES, upgradeBackupTables } from './schemaUpgrades';

const empty = (): Record<BackupTable, unknown> => ({
  workspace: [],
  members: [],
  credentials: [],
  initiatives: [],
  gates: [],
  signoffs: [],
  risks: [],
  evidence: [],
  auditEvents: [],
});

describe('backup schema upgrades', () => {
  it('has a step for every schema version before the current one', () => {
    expect(Object.keys(SCHEMA_UPGRADES).map(Number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('brings version 1 members and settings to version 2 without overwriting what is there', () => {
    const tables = {
      ...empty(),
      members: [
        { id: 'm', name: 'A' },
        { id: 'n', keys: ['kept'], certification: null },
      ],
      workspace: [{ id: 'w', settings: { marking: 'Internal' } }],
    };
    const upgraded = upgradeBackupTables(tables, 1, 2);
    expect(upgraded).toMatchObject({
      members: [
        { id: 'm', keys: [], certification: null },
        { id: 'n', keys: ['kept'] },
      ],
      workspace: [{ settings: { marking: 'Internal', signingReauth: 'every-signature' } }],
    });
  });

  it('brings version 2 initiatives to version 3 and leaves audit events untouched', () => {
    const events = [{ seq: 1, after: { title: 'as hashed' } }];
    const upgraded = upgradeBackupTables(
      { ...empty(), initiatives: [{ id: 'i', title: 'Old' }], auditEvents: events },
      2,
      3,
    );
    expect(upgraded).toMatchObject({
      initiatives: [
        {
          id: 'i',
          title: 'Old',
          dataCategories: [],
          classification: null,
          businessCase: { kpis: [] },
        },
      ],
    });
    expect((upgraded as Record<string, unknown>).auditEvents).toBe(events);
  });

  it('gives version 3 workspaces the default gate templates and approval validity', () => {
    const upgraded = upgradeBackupTables(
      { ...empty(), workspace: [{ id: 'w', settings: { marking: 'Internal' } }] },
      3,
      4,
    );
    const [workspace] = (upgraded as { workspace: Record<string, unknown>[] }).workspace;
    expect(workspace?.settings).toEqual({ marking: 'Internal', approvalValidityMonths: 12 });
    expect(workspace?.gateTemplates).toEqual(DEFAULT_GATE_TEMPLATES);
  });

  it('chains steps and says which one is missing', () => {
    expect(upgradeBackupTables(empty(), 1, 3)).not.toHaveProperty('missing');
    expect(upgradeBackupTables(empty(), 0, 3)).toEqual({ missing: 0 });
  });

  it('leaves rows that are not objects for validation to refuse', () => {
    expect(upgradeBackupTables({ ...empty(), initiatives: ['not a row'] }, 2, 3)).toMatchObject({
      initiatives: ['not a row'],
    });
  });

  it('brings version 5 settings and sign-offs to version 6: evidence limits, citations with hashes', () => {
    const tables = {
      ...empty(),
      workspace: [{ id: 'w', settings: { marking: 'Internal', evidenceMaxMegabytes: 10 } }],
      signoffs: [
        { id: 's', decision: 'approve', evidenceIds: [] },
        { id: 't', decision: 'approve', evidenceIds: ['e'] },
      ],
    };
    const upgraded = upgradeBackupTables(tables, 5, 6) as Record<string, unknown[]>;
    expect(upgraded.workspace).toMatchObject([
      {
        settings: {
          marking: 'Internal',
          evidenceMaxMegabytes: 10,
          evidenceTypes: expect.arrayContaining(['pdf']) as unknown,
        },
      },
    ]);
    expect(upgraded.signoffs![0]).toEqual({ id: 's', decision: 'approve', evidence: [] });
    // A citation without its hash cannot be upgraded: left as it was, for validation to refuse.
    expect(upgraded.signoffs![1]).toEqual({ id: 't', decision: 'approve', evidenceIds: ['e'] });
  });
});
