import { randomBytes } from '@noble/hashes/utils.js';
import content from '../../../../assets/sample-workspace.json';
import { hashCanonical } from '../../../../shared/crypto/sha256';
import { GATE_OVERRIDE_RECORD_KIND, overrideContent } from '../../../../shared/gates/gate';
import {
  acceptanceContentHash,
  RISK_ACCEPTANCE_RECORD_KIND,
} from '../../../../shared/risk/acceptance';
import { addCalendarMonths } from '../../../../shared/risk/dates';
import { EMPTY_DASHBOARD_FILTER } from '../../../../shared/dashboard/filter';
import type { PackSpec } from '../../../../shared/pack/spec';
import { INITIATIVE_SECTIONS, PORTFOLIO_SECTIONS } from '../../../../shared/pack/sections';
import { CountersignDb } from '../../../db/database';
import { acceptRisk } from '../../../db/commands/acceptRisk';
import { execute } from '../../../db/commands/defineCommand';
import { overrideGate } from '../../../db/commands/overrideGate';
import { updateRisk } from '../../../db/commands/updateRisk';
import { newId } from '../../../db/ids';
import { TEST_KDF_COST, TEST_PASSPHRASE } from '../../../test/credentials';
import { signRecord } from '../../../test/signRecord';
import { replaySample } from '../../workspace-setup/replaySample';

/** The sample workspace's story, replayed as of this moment. */
export const SAMPLE_NOW = new Date();
const HOUR_MS = 3_600_000;

export const OVERRIDE_JUSTIFICATION =
  'The board approved a six-week supervised pilot while the security finding is fixed; claims handlers check every routing.';

/**
 * The sample workspace, replayed through the real commands into a fresh
 * database, plus what the sample itself does not show: an administrator's
 * override of a gate and a signed acceptance of a residual risk.
 */
export async function sampleWorkspaceDb(): Promise<CountersignDb> {
  const db = new CountersignDb(`pack-sample-${newId()}`);
  await replaySample(db, content, SAMPLE_NOW, {
    passphrase: TEST_PASSPHRASE,
    random: randomBytes,
    cost: TEST_KDF_COST,
  });
  const later = (hours: number) => () => new Date(SAMPLE_NOW.getTime() + hours * HOUR_MS);
  const members = await db.members.toArray();
  const memberId = (name: string) => {
    const member = members.find((m) => m.name === name);
    if (!member) throw new Error(`The sample has no member called ${name}.`);
    return member.id;
  };
  const initiatives = await db.initiatives.toArray();
  const claims = initiatives.find((i) => i.title.startsWith('Motor and home claims'));
  if (!claims) throw new Error('The sample has no claims categoriser.');

  // An administrator lets the claims categoriser's pilot through despite a request for changes.
  const [gate] = await db.gates.where('initiativeId').equals(claims.id).toArray();
  if (!gate) throw new Error('The claims categoriser has no gate.');
  const admin = memberId('Helen Marsh');
  const signature = await signRecord(db, admin, {
    recordKind: GATE_OVERRIDE_RECORD_KIND,
    recordId: gate.id,
    contentHash: hashCanonical(overrideContent(gate, OVERRIDE_JUSTIFICATION)),
    meaning: 'responsibility',
  });
  await execute(
    db,
    overrideGate,
    { gateId: gate.id, justification: OVERRIDE_JUSTIFICATION, signature },
    { memberId: admin, now: later(1) },
  );

  // A high residual risk is accepted, with a control in place, and signed by compliance.
  const risks = await db.risks.where('initiativeId').equals(claims.id).toArray();
  const risk = risks.find((r) => r.title.startsWith('No operational owner'));
  if (!risk) throw new Error('The sample has no “No operational owner” risk.');
  const owner = memberId('Daniel Okafor');
  const {
    id: _id,
    initiativeId: _i,
    templateId: _t,
    lastReviewedAt: _l,
    acceptance: _a,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = risk;
  const accepted = await execute(
    db,
    updateRisk,
    {
      riskId: risk.id,
      risk: {
        ...fields,
        treatment: 'accept',
        controls: [
          {
            id: newId(),
            description: 'Claims team lead reviews every routed claim weekly',
            ownerId: owner,
            dueDate: null,
            status: 'in-place',
          },
          {
            id: newId(),
            description: 'Name an operational owner before production',
            ownerId: owner,
            dueDate: '2020-01-31',
            status: 'planned',
          },
        ],
      },
      reason: 'Accepted for the supervised pilot',
    },
    { memberId: owner, now: later(2) },
  );
  const compliance = memberId('Grace Adeyemi');
  const expiresOn = addCalendarMonths(SAMPLE_NOW.toISOString().slice(0, 10), 6);
  const acceptance = await signRecord(db, compliance, {
    recordKind: RISK_ACCEPTANCE_RECORD_KIND,
    recordId: accepted.id,
    contentHash: acceptanceContentHash({
      riskId: accepted.id,
      title: accepted.title,
      residual: accepted.residual,
      treatment: accepted.treatment,
      expiresOn,
    }),
    meaning: 'acceptance-of-risk',
  });
  await execute(
    db,
    acceptRisk,
    { riskId: accepted.id, expiresOn, signature: acceptance },
    { memberId: compliance, now: later(3) },
  );
  return db;
}

export const CONTEXT: PackSpec['context'] = {
  generatedAt: new Date(SAMPLE_NOW.getTime() + 4 * HOUR_MS).toISOString(),
  timeZone: { name: 'Europe/Brussels', offsetMinutes: 60 },
  preparedBy: { name: 'Ruth Kimani', title: 'Internal auditor', memberId: null },
  marking: 'Confidential',
  appVersion: '0.0.0-test',
};

export function initiativeSpec(
  initiativeId: string,
  overrides: Partial<Extract<PackSpec['request'], { kind: 'initiative' }>> = {},
  context: Partial<PackSpec['context']> = {},
): PackSpec {
  return {
    request: {
      kind: 'initiative',
      initiativeId,
      sections: [...INITIATIVE_SECTIONS],
      auditFrom: null,
      auditTo: null,
      ...overrides,
    },
    context: { ...CONTEXT, ...context },
  };
}

export function portfolioSpec(
  context: Partial<PackSpec['context']> = {},
  overrides: Partial<Extract<PackSpec['request'], { kind: 'portfolio' }>> = {},
): PackSpec {
  return {
    request: {
      kind: 'portfolio',
      initiativeIds: null,
      sections: [...PORTFOLIO_SECTIONS],
      filter: { ...EMPTY_DASHBOARD_FILTER },
      ...overrides,
    },
    context: { ...CONTEXT, ...context },
  };
}
