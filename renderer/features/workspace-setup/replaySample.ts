import {
  sampleContentSchema,
  type SampleContent,
  type SampleInitiative,
  type SampleProfileChange,
} from '../../../shared/sample/sampleContent';
import { profileOf, type InitiativeProfile } from '../../../shared/domain/initiative';
import { GAPS, type Readiness } from '../../../shared/domain/readiness';
import type { CountersignDb } from '../../db/database';
import { addMember } from '../../db/commands/addMember';
import { addRisk } from '../../db/commands/addRisk';
import { changeStage } from '../../db/commands/changeStage';
import { classifyInitiative } from '../../db/commands/classifyInitiative';
import { createInitiative } from '../../db/commands/createInitiative';
import { createWorkspace } from '../../db/commands/createWorkspace';
import { execute } from '../../db/commands/defineCommand';
import { updateBusinessCase } from '../../db/commands/updateBusinessCase';
import { updateInitiativeProfile } from '../../db/commands/updateInitiativeProfile';
import { updateReadiness } from '../../db/commands/updateReadiness';
import { newId } from '../../db/ids';
import { setOwnPassphrase } from '../../db/commands/setOwnPassphrase';
import { sealSecretKey, type RandomBytes } from '../../../shared/auth/credential';
import { toHex } from '../../../shared/auth/hex';
import { deriveKey, kdfParams, type KdfCost } from '../../../shared/auth/kdf';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '../session/randomBytes';
import { SAMPLE_PASSPHRASE } from './samplePassphrase';

const DAY_MS = 24 * 60 * 60 * 1000;

type Step = { daysAgo: number; order: number; run: (now: () => Date) => Promise<void> };

/** The stored profile with the sample's recorded fields laid over it (aiSystem field by field). */
function withProfileFields(
  current: InitiativeProfile,
  fields: SampleProfileChange['changes'],
): InitiativeProfile {
  const { aiSystem, ...rest } = fields;
  return { ...current, ...rest, aiSystem: { ...current.aiSystem, ...aiSystem } };
}

/**
 * Builds the sample workspace by replaying its content through the real
 * commands on a simulated clock: every record has a genuine audit event, and
 * the chain verifies like any other workspace's.
 */
export async function replaySample(
  db: CountersignDb,
  rawContent: unknown,
  now = new Date(),
  keys: { passphrase: string; random: RandomBytes; cost?: KdfCost } = {
    passphrase: SAMPLE_PASSPHRASE,
    random: randomBytes,
  },
) {
  const content: SampleContent = sampleContentSchema.parse(rawContent);
  // One derivation serves every sample member: they share the demo passphrase,
  // so separate salts would only multiply the wait without protecting anything.
  const kdf = kdfParams(toHex(keys.random(16)), keys.cost);
  const derived = await deriveKey(keys.passphrase, kdf);
  const sealFor = (memberId: string) =>
    sealSecretKey(derived, keys.random(32), memberId, kdf, keys.random);
  const temporaryPassphrase = { version: 1 as const, kdf, check: toHex(sha256(derived)) };
  const [admin, ...others] = content.members;
  if (!admin) throw new Error('The sample workspace has no members.');
  // Days are replayed from 09:00 UTC, one minute per step, so the order is stable.
  const clockFor = (daysAgo: number, order: number) => () =>
    new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9, order) -
        daysAgo * DAY_MS,
    );

  const memberIds = new Map<string, string>();
  const adminId = newId();
  memberIds.set(admin.key, adminId);
  const { workspace } = await createWorkspace(
    db,
    {
      workspaceId: newId(),
      name: content.workspace.name,
      marking: content.workspace.marking,
      sample: true,
      administrator: {
        memberId: adminId,
        name: admin.name,
        email: admin.email,
        title: admin.title,
        otherRoles: admin.roles.filter((role) => role !== 'administrator'),
        credential: sealFor(adminId),
      },
    },
    clockFor(content.workspace.createdDaysAgo, 0),
  );
  let order = 1;
  for (const member of others) {
    const created = await execute(
      db,
      addMember,
      {
        name: member.name,
        email: member.email,
        title: member.title,
        roles: member.roles,
        temporaryPassphrase,
      },
      { memberId: adminId, now: clockFor(content.workspace.createdDaysAgo, order++) },
    );
    // Each member then signs in and chooses (the demo) passphrase, creating their key.
    await execute(
      db,
      setOwnPassphrase,
      { memberId: created.id, credential: sealFor(created.id) },
      { memberId: created.id, now: clockFor(content.workspace.createdDaysAgo, order++) },
    );
    memberIds.set(member.key, created.id);
  }
  const member = (key: string) => {
    const id = memberIds.get(key);
    if (!id) throw new Error(`The sample refers to an unknown member “${key}”.`);
    return id;
  };

  const initiativeIds = new Map<string, string>();
  const steps: Step[] = [];
  // Steps on the same day keep the order in which they are listed here.
  const at = (daysAgo: number, run: Step['run']) => {
    steps.push({ daysAgo, order: steps.length, run });
  };
  /** The full stored profile, so each partial sample record can be merged into it. */
  const storedProfile = async (key: string) => {
    const stored = await db.initiatives.get(initiative(key));
    if (!stored) throw new Error(`The sample initiative “${key}” was not stored.`);
    return profileOf(stored);
  };

  const initiativeSteps = (item: SampleInitiative) => {
    at(item.createdDaysAgo, async (clock) => {
      const created = await execute(
        db,
        createInitiative,
        {
          title: item.title,
          summary: item.summary,
          purpose: item.purpose,
          businessUnit: item.businessUnit,
          ownerId: member(item.ownerKey),
          sponsor: item.sponsor,
          aiSystemType: item.aiSystemType,
          tags: item.tags,
        },
        { memberId: member(item.createdByKey), now: clock },
      );
      initiativeIds.set(item.key, created.id);
    });
    for (const change of item.stageChanges) {
      at(change.daysAgo, async (clock) => {
        await execute(
          db,
          changeStage,
          { initiativeId: initiative(item.key), stage: change.stage, reason: change.reason },
          { memberId: member(change.byKey), now: clock },
        );
      });
    }
    if (item.profile) {
      const { daysAgo, byKey, ...fields } = item.profile;
      // First recording fills empty fields, which needs no reason.
      at(daysAgo, async (clock) => {
        await execute(
          db,
          updateInitiativeProfile,
          {
            initiativeId: initiative(item.key),
            profile: withProfileFields(await storedProfile(item.key), fields),
          },
          { memberId: member(byKey), now: clock },
        );
      });
    }
    for (const change of item.profileChanges ?? []) {
      at(change.daysAgo, async (clock) => {
        await execute(
          db,
          updateInitiativeProfile,
          {
            initiativeId: initiative(item.key),
            profile: withProfileFields(await storedProfile(item.key), change.changes),
            reason: change.reason,
          },
          { memberId: member(change.byKey), now: clock },
        );
      });
    }
    const { classification, businessCase, readiness } = item;
    if (classification) {
      at(classification.daysAgo, async (clock) => {
        await execute(
          db,
          classifyInitiative,
          { initiativeId: initiative(item.key), answers: classification.answers },
          { memberId: member(classification.byKey), now: clock },
        );
      });
    }
    if (businessCase) {
      at(businessCase.daysAgo, async (clock) => {
        await execute(
          db,
          updateBusinessCase,
          {
            initiativeId: initiative(item.key),
            businessCase: { kpis: businessCase.kpis, cost: businessCase.cost },
          },
          { memberId: member(businessCase.byKey), now: clock },
        );
      });
    }
    if (readiness) {
      at(readiness.daysAgo, async (clock) => {
        const assessed = Object.fromEntries(
          GAPS.map((gap) => {
            const { status, notes, ownerKey } = readiness.gaps[gap];
            return [gap, { status, notes, ownerId: ownerKey === null ? null : member(ownerKey) }];
          }),
        ) as Readiness;
        await execute(
          db,
          updateReadiness,
          { initiativeId: initiative(item.key), readiness: assessed },
          { memberId: member(readiness.byKey), now: clock },
        );
      });
    }
  };
  content.initiatives.forEach(initiativeSteps);
  for (const risk of content.risks) {
    at(risk.daysAgo, async (clock) => {
      await execute(
        db,
        addRisk,
        {
          initiativeId: initiative(risk.initiativeKey),
          title: risk.title,
          description: risk.description,
          category: risk.category,
          ownerId: member(risk.ownerKey),
          inherent: risk.inherent,
          residual: risk.residual,
          treatment: risk.treatment,
        },
        { memberId: member(risk.byKey), now: clock },
      );
    });
  }
  function initiative(key: string) {
    const id = initiativeIds.get(key);
    if (!id) throw new Error(`The sample refers to initiative “${key}” before it exists.`);
    return id;
  }

  steps.sort((a, b) => b.daysAgo - a.daysAgo || a.order - b.order);
  let minute = 0;
  let day = Number.NaN;
  for (const step of steps) {
    minute = step.daysAgo === day ? minute + 1 : 0;
    day = step.daysAgo;
    await step.run(clockFor(step.daysAgo, 30 + minute));
  }
  return workspace;
}
