import {
  sampleContentSchema,
  type SampleContent,
  type SampleGate,
  type SampleInitiative,
  type SampleProfileChange,
  type SampleSignoff,
} from '../../../shared/sample/sampleContent';
import { profileOf, type InitiativeProfile } from '../../../shared/domain/initiative';
import { dateOnly } from '../../../shared/domain/calendar';
import { REVIEW_FUNCTION_LABELS } from '../../../shared/gates/functions';
import {
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signoffContentHash,
  type ChecklistAnswer,
  type SignoffDecision,
} from '../../../shared/gates/signoff';
import { GAPS, type Readiness } from '../../../shared/domain/readiness';
import type { CountersignDb } from '../../db/database';
import { addMember } from '../../db/commands/addMember';
import { addRisk } from '../../db/commands/addRisk';
import { certifySignature } from '../../db/commands/certifySignature';
import { changeStage } from '../../db/commands/changeStage';
import { classifyInitiative } from '../../db/commands/classifyInitiative';
import { closeCondition } from '../../db/commands/closeCondition';
import { createInitiative } from '../../db/commands/createInitiative';
import { createWorkspace } from '../../db/commands/createWorkspace';
import { execute } from '../../db/commands/defineCommand';
import { loadGate } from '../../db/commands/gateContext';
import { openGateReview } from '../../db/commands/openGateReview';
import { addEvidence } from '../../db/commands/addEvidence';
import { recordSignoff } from '../../db/commands/recordSignoff';
import { updateBusinessCase } from '../../db/commands/updateBusinessCase';
import { updateInitiativeProfile } from '../../db/commands/updateInitiativeProfile';
import { updateReadiness } from '../../db/commands/updateReadiness';
import { newId } from '../../db/ids';
import { setOwnPassphrase } from '../../db/commands/setOwnPassphrase';
import {
  CERTIFICATION_RECORD_KIND,
  certificationContentHash,
} from '../../../shared/auth/certification';
import { sealSecretKey, type RandomBytes } from '../../../shared/auth/credential';
import { currentKey } from '../../../shared/auth/memberKey';
import {
  isoWithOffset,
  signPayload,
  type ElectronicSignature,
  type SignatureMeaning,
} from '../../../shared/auth/signature';
import { toHex } from '../../../shared/auth/hex';
import { deriveKey, kdfParams, type KdfCost } from '../../../shared/auth/kdf';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '../session/randomBytes';
import { SAMPLE_PASSPHRASE } from './samplePassphrase';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sample signatures are dated in Central European Time (UTC+1), as a signer's clock would show. */
const SIGNING_OFFSET_MINUTES = 60;

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
  // The replay keeps each member's secret key, so it can sign as they would in the app.
  const secretKeys = new Map<string, Uint8Array>();
  const sealFor = (memberId: string) => {
    const secretKey = keys.random(32);
    secretKeys.set(memberId, secretKey);
    return sealSecretKey(derived, secretKey, memberId, kdf, keys.random);
  };
  /** A member's signature over a record, made as the signing dialog makes it. */
  const sign = async (
    memberId: string,
    record: {
      recordKind: string;
      recordId: string;
      contentHash: string;
      meaning: SignatureMeaning;
    },
    now: () => Date,
  ): Promise<ElectronicSignature> => {
    const signer = await db.members.get(memberId);
    const key = signer ? currentKey(signer.keys) : undefined;
    const secretKey = secretKeys.get(memberId);
    if (!signer || !key || !secretKey) throw new Error(`Sample member ${memberId} cannot sign.`);
    return signPayload(secretKey, {
      ...record,
      signerId: memberId,
      printedName: signer.name,
      keyFingerprint: key.fingerprint,
      signedAt: isoWithOffset(now(), SIGNING_OFFSET_MINUTES),
    });
  };
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
  /** Every member certifies their e-signature as soon as they hold a key, before any signing. */
  const certify = async (memberId: string, now: () => Date) => {
    const signature = await sign(
      memberId,
      {
        recordKind: CERTIFICATION_RECORD_KIND,
        recordId: memberId,
        contentHash: certificationContentHash(memberId, workspace.id),
        meaning: 'responsibility',
      },
      now,
    );
    await execute(db, certifySignature, { signature }, { memberId, now });
  };
  let order = 1;
  await certify(adminId, clockFor(content.workspace.createdDaysAgo, order++));
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
    await certify(created.id, clockFor(content.workspace.createdDaysAgo, order++));
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

  /** The sample's answers for one function: its overrides, every other item met. */
  const answersFor = (
    item: SampleInitiative,
    review: SampleGate,
    signoff: SampleSignoff,
    checklist: readonly { id: string; evidenceRequired: boolean }[],
    gateName: string,
  ): ChecklistAnswer[] => {
    const overrides = signoff.answers ?? {};
    const unknown = Object.keys(overrides).find((id) => !checklist.some((c) => c.id === id));
    if (unknown !== undefined) {
      throw new Error(
        `The sample answers “${unknown}” on the ${review.templateId} gate of ${item.key}, which ${signoff.function} does not check.`,
      );
    }
    const folder = `Governance library › ${item.title} › ${gateName} › ${REVIEW_FUNCTION_LABELS[signoff.function]}`;
    return checklist.map((checkItem) => {
      const override = overrides[checkItem.id];
      if (override) return { itemId: checkItem.id, ...override };
      return {
        itemId: checkItem.id,
        answer: 'met',
        note: '',
        evidence: checkItem.evidenceRequired ? `${folder} › ${checkItem.id}.pdf` : '',
      };
    });
  };

  /** Opens a gate review, then records each sign-off and closes conditions on their days. */
  const gateSteps = (item: SampleInitiative, review: SampleGate) => {
    let gateId: string | undefined;
    const openedGate = () => {
      if (!gateId) throw new Error(`The ${review.templateId} gate of ${item.key} is not open yet.`);
      return gateId;
    };
    at(review.openedDaysAgo, async (clock) => {
      const gate = await execute(
        db,
        openGateReview,
        { initiativeId: initiative(item.key), templateId: review.templateId, note: review.note },
        { memberId: member(review.openedByKey), now: clock },
      );
      gateId = gate.id;
    });
    const files = new Map<string, { id: string; sha256: string }>();
    for (const file of review.evidence ?? []) {
      at(file.daysAgo, async (clock) => {
        const added = await execute(
          db,
          addEvidence,
          {
            initiativeId: initiative(item.key),
            target: { kind: 'gate', gateId: openedGate() },
            file: { name: file.name, data: new TextEncoder().encode(file.text) },
            description: file.description,
          },
          { memberId: member(file.byKey), now: clock },
        );
        files.set(file.key, { id: added.id, sha256: added.sha256 });
      });
    }
    const cited = (keys: readonly string[] = []) =>
      keys.map((key) => {
        const file = files.get(key);
        if (!file) throw new Error(`The evidence “${key}” of ${item.key} is not attached yet.`);
        return file;
      });
    for (const signoff of review.signoffs) {
      // Ids are chosen up front: the signature binds the sign-off's, closures name both.
      const signoffId = newId();
      const conditions = (signoff.conditions ?? []).map((condition) => ({
        condition,
        id: newId(),
      }));
      at(signoff.daysAgo, async (clock) => {
        const reviewerId = member(signoff.byKey);
        // What the reviewer sees at this moment: the requirements and the state they sign.
        const { gate, evaluation } = await loadGate(db, openedGate(), clock());
        const requirement = evaluation.requirements.find((r) => r.function === signoff.function);
        if (!requirement) {
          throw new Error(
            `The ${review.templateId} gate of ${item.key} needs no ${signoff.function} sign-off.`,
          );
        }
        const decision: SignoffDecision = {
          function: signoff.function,
          decision: signoff.decision,
          answers: answersFor(item, review, signoff, requirement.items, gate.template.name),
          comment: signoff.comment,
          conditions: conditions.map(({ condition, id }) => ({
            id,
            text: condition.text,
            ownerId: member(condition.ownerKey),
            dueOn: dateOnly(new Date(clock().getTime() + condition.dueInDays * DAY_MS)),
          })),
          evidence: cited(signoff.cites),
        };
        const reviewedStateHash = evaluation.currentStateHash;
        const signature = await sign(
          reviewerId,
          {
            recordKind: SIGNOFF_RECORD_KIND,
            recordId: signoffId,
            contentHash: signoffContentHash({
              ...decision,
              gateId: gate.id,
              initiativeId: gate.initiativeId,
              templateId: gate.template.id,
              templateVersion: gate.template.version,
              reviewedStateHash,
            }),
            meaning: meaningOf(decision.decision),
          },
          clock,
        );
        await execute(
          db,
          recordSignoff,
          { signoffId, gateId: gate.id, decision, reviewedStateHash, signature },
          { memberId: reviewerId, now: clock },
        );
      });
      for (const { condition, id } of conditions) {
        const { closed } = condition;
        if (!closed) continue;
        at(closed.daysAgo, async (clock) => {
          await execute(
            db,
            closeCondition,
            { signoffId, conditionId: id, note: closed.note },
            { memberId: member(closed.byKey), now: clock },
          );
        });
      }
    }
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
    // Listed before the stage changes: a gate passed on the day of a stage change comes first.
    for (const review of item.gates ?? []) gateSteps(item, review);
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
