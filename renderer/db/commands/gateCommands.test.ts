import { afterEach, describe, expect, it } from 'vitest';
import { hashCanonical } from '../../../shared/crypto/sha256';
import { profileOf } from '../../../shared/domain/initiative';
import { GATE_OVERRIDE_RECORD_KIND, overrideContent } from '../../../shared/gates/gate';
import { reviewQueue } from '../../../shared/gates/reviewQueue';
import { verifyGateSignatures } from '../../../shared/gates/verifyGateSignatures';
import { expectRefused } from '../../test/expectRefused';
import { certify, completeDecision, signoff } from '../../test/gateSteps';
import { signRecord } from '../../test/signRecord';
import { testTemporaryPassphrase, testCredential } from '../../test/credentials';
import { makeTestWorkspace } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { newId } from '../ids';
import { addMember } from './addMember';
import { changeStage } from './changeStage';
import { closeCondition } from './closeCondition';
import { createInitiative } from './createInitiative';
import { execute } from './defineCommand';
import { evaluateInitiativeGates, loadGate } from './gateContext';
import { openGateReview } from './openGateReview';
import { overrideGate } from './overrideGate';
import { saveGateTemplate } from './saveGateTemplate';
import { setOwnPassphrase } from './setOwnPassphrase';
import { updateInitiativeProfile } from './updateInitiativeProfile';
import { withdrawGateReview } from './withdrawGateReview';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const PILOT_FUNCTIONS = ['legal', 'compliance', 'security', 'operations'] as const;
const REVIEWER_ROLE = {
  legal: 'legal-reviewer',
  compliance: 'compliance-reviewer',
  security: 'security-reviewer',
  operations: 'operations-reviewer',
} as const;

async function setup() {
  const ws = await makeTestWorkspace();
  db = ws.db;
  const pm = ws.byRole['program-manager'];
  const initiative = await execute(
    ws.db,
    createInitiative,
    {
      title: 'Claims triage',
      businessUnit: 'Claims',
      ownerId: pm,
      sponsor: 'Sasha Sponsor',
      aiSystemType: 'classical-ml',
    },
    { memberId: pm },
  );
  await execute(
    ws.db,
    changeStage,
    { initiativeId: initiative.id, stage: 'proof-of-concept', reason: 'Approved for a POC' },
    { memberId: pm },
  );
  for (const role of Object.values(REVIEWER_ROLE)) {
    await certify(ws.db, ws.byRole[role], ws.workspace.id);
  }
  await certify(ws.db, ws.administrator.id, ws.workspace.id);
  const open = () =>
    execute(
      ws.db,
      openGateReview,
      { initiativeId: initiative.id, templateId: 'enter-pilot' },
      { memberId: pm },
    );
  return { ...ws, pm, initiative, open };
}

/** A further member, certified, with the given roles. */
async function addReviewer(ctx: Awaited<ReturnType<typeof setup>>, name: string, roles: string[]) {
  const member = await execute(
    ctx.db,
    addMember,
    {
      name,
      email: `${newId()}@example.test`,
      roles,
      temporaryPassphrase: await testTemporaryPassphrase(),
    },
    { memberId: ctx.administrator.id },
  );
  await execute(
    ctx.db,
    setOwnPassphrase,
    { memberId: member.id, credential: await testCredential(member.id) },
    { memberId: member.id },
  );
  await certify(ctx.db, member.id, ctx.workspace.id);
  return member.id;
}

async function status(ctx: { db: CountersignDb }, gateId: string) {
  return (await loadGate(ctx.db, gateId, new Date())).evaluation.outcome;
}

describe('gate review walk', () => {
  it('passes when every function approves and conditions close, then lets the stage move once', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          changeStage,
          { initiativeId: ctx.initiative.id, stage: 'pilot', reason: 'Go' },
          { memberId: ctx.pm },
        ),
      /needs the “Enter pilot” gate to pass first; it is in review/,
      'conflict',
    );

    const dueOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const conditionId = newId();
    for (const fn of PILOT_FUNCTIONS) {
      const decision =
        fn === 'compliance'
          ? await completeDecision(ctx.db, gate.id, fn, 'approve-with-conditions', {
              conditions: [
                { id: conditionId, text: 'Publish the model card', ownerId: ctx.pm, dueOn },
              ],
            })
          : await completeDecision(ctx.db, gate.id, fn);
      const recorded = await signoff(ctx.db, ctx.byRole[REVIEWER_ROLE[fn]], gate.id, decision);
      expect(recorded.signature.meaning).toBe('approval');
    }
    let outcome = await status(ctx, gate.id);
    expect(outcome.status).toBe('in-review');
    expect(outcome.functions.find((f) => f.function === 'compliance')?.summary).toBe(
      'Compliance: 0 of 1 approval; 1 approval waits on open conditions',
    );

    const compliance = (await ctx.db.signoffs.where('gateId').equals(gate.id).toArray()).find(
      (s) => s.function === 'compliance',
    )!;
    // Only the owner (or an administrator) closes a condition.
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          closeCondition,
          { signoffId: compliance.id, conditionId, note: '' },
          {
            memberId: ctx.byRole['legal-reviewer'],
          },
        ),
      /Only the owner of “Publish the model card”/,
      'forbidden',
    );
    const closed = await execute(
      ctx.db,
      closeCondition,
      { signoffId: compliance.id, conditionId, note: 'Published on the wiki' },
      { memberId: ctx.pm },
    );
    expect(closed.closures[conditionId]).toMatchObject({
      closedBy: ctx.pm,
      note: 'Published on the wiki',
    });
    outcome = await status(ctx, gate.id);
    expect(outcome.status).toBe('passed');

    await execute(
      ctx.db,
      changeStage,
      { initiativeId: ctx.initiative.id, stage: 'pilot', reason: 'Gate passed' },
      { memberId: ctx.pm },
    );
    expect((await ctx.db.gates.get(gate.id))?.usedAt).not.toBeNull();
    const actions = (await ctx.db.auditEvents.toArray()).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['initiative.changeStage', 'gate.use']);
    // Later gate events name the template copy (held in full by gate.open) instead of repeating it.
    const use = await ctx.db.auditEvents.orderBy('seq').last();
    expect((use?.after as { template: unknown }).template).toEqual({
      id: 'enter-pilot',
      version: 1,
      name: 'Enter pilot',
    });

    // The gate is spent: back to POC and forward again needs a new review.
    await execute(
      ctx.db,
      changeStage,
      { initiativeId: ctx.initiative.id, stage: 'proof-of-concept', reason: 'Pilot paused' },
      { memberId: ctx.pm },
    );
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          changeStage,
          { initiativeId: ctx.initiative.id, stage: 'pilot', reason: 'Again' },
          { memberId: ctx.pm },
        ),
      /needs a passed gate review/,
    );
  });

  it('makes sign-offs stale when a material field changes, says what changed, and asks again', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    for (const fn of PILOT_FUNCTIONS) {
      await signoff(
        ctx.db,
        ctx.byRole[REVIEWER_ROLE[fn]],
        gate.id,
        await completeDecision(ctx.db, gate.id, fn),
      );
    }
    expect((await status(ctx, gate.id)).status).toBe('passed');

    const initiative = (await ctx.db.initiatives.get(ctx.initiative.id))!;
    await execute(
      ctx.db,
      updateInitiativeProfile,
      {
        initiativeId: initiative.id,
        profile: { ...profileOf(initiative), purpose: 'Decide claims automatically' },
      },
      { memberId: ctx.pm },
    );
    const { evaluation } = await loadGate(ctx.db, gate.id, new Date());
    expect(evaluation.outcome.status).toBe('in-review');
    expect(evaluation.outcome.staleSignoffIds).toHaveLength(4);
    const legal = evaluation.signoffs.find((v) => v.signoff.function === 'legal')!;
    expect(legal.changes).toEqual([
      {
        field: 'purpose',
        label: 'Intended purpose',
        before: 'nothing recorded',
        after: 'Decide claims automatically',
      },
    ]);

    const legalReviewer = (await ctx.db.members.get(ctx.byRole['legal-reviewer']))!;
    const queue = reviewQueue({
      member: legalReviewer,
      gates: [{ evaluation, initiative: (await ctx.db.initiatives.get(ctx.initiative.id))! }],
      now: new Date(),
      targetWorkingDays: 10,
    });
    expect(queue).toMatchObject([{ function: 'legal', reason: 'stale', gateName: 'Enter pilot' }]);

    // Re-approving adds a new sign-off; the stale one stays in history.
    await signoff(
      ctx.db,
      legalReviewer.id,
      gate.id,
      await completeDecision(ctx.db, gate.id, 'legal'),
    );
    const after = await loadGate(ctx.db, gate.id, new Date());
    expect(after.evaluation.signoffs).toHaveLength(5);
    expect(after.evaluation.outcome.staleSignoffIds).toHaveLength(3);
  });

  it('stops counting an approval whose signer has since become the owner', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    for (const fn of PILOT_FUNCTIONS) {
      await signoff(
        ctx.db,
        ctx.byRole[REVIEWER_ROLE[fn]],
        gate.id,
        await completeDecision(ctx.db, gate.id, fn),
      );
    }
    expect((await status(ctx, gate.id)).status).toBe('passed');
    const initiative = (await ctx.db.initiatives.get(ctx.initiative.id))!;
    await execute(
      ctx.db,
      updateInitiativeProfile,
      {
        initiativeId: initiative.id,
        profile: { ...profileOf(initiative), ownerId: ctx.byRole['legal-reviewer'] },
      },
      { memberId: ctx.pm },
    );
    const outcome = await status(ctx, gate.id);
    expect(outcome.status).toBe('in-review');
    expect(outcome.functions.find((f) => f.function === 'legal')?.summary).toMatch(
      /now owns or sponsors the initiative/,
    );
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          changeStage,
          { initiativeId: ctx.initiative.id, stage: 'pilot', reason: 'Go' },
          { memberId: ctx.pm },
        ),
      /it is in review/,
    );
  });

  it('is blocked by a rejection and shows changes requested', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    await signoff(
      ctx.db,
      ctx.byRole['legal-reviewer'],
      gate.id,
      await completeDecision(ctx.db, gate.id, 'legal', 'request-changes'),
    );
    expect((await status(ctx, gate.id)).status).toBe('changes-requested');
    const rejected = await signoff(
      ctx.db,
      ctx.byRole['security-reviewer'],
      gate.id,
      await completeDecision(ctx.db, gate.id, 'security', 'reject'),
    );
    expect(rejected.signature.meaning).toBe('review');
    expect((await status(ctx, gate.id)).status).toBe('blocked');
  });
});

describe('segregation of duties', () => {
  it('refuses the owner, the sponsor and the opener, and changes nothing', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    // The sponsor is recorded by name, not as a member.
    const sponsor = await addReviewer(ctx, 'sasha  SPONSOR', ['operations-reviewer']);
    await expectRefused(
      ctx.db,
      async () =>
        signoff(ctx.db, sponsor, gate.id, await completeDecision(ctx.db, gate.id, 'operations')),
      /sponsors “Claims triage” and cannot sign/,
      'forbidden',
    );
    const ownerReviewer = await addReviewer(ctx, 'Olu Owner', ['security-reviewer']);
    const initiative = (await ctx.db.initiatives.get(ctx.initiative.id))!;
    await execute(
      ctx.db,
      updateInitiativeProfile,
      {
        initiativeId: initiative.id,
        profile: { ...profileOf(initiative), ownerId: ownerReviewer },
      },
      { memberId: ctx.pm },
    );
    await expectRefused(
      ctx.db,
      async () =>
        signoff(
          ctx.db,
          ownerReviewer,
          gate.id,
          await completeDecision(ctx.db, gate.id, 'security'),
        ),
      /Olu Owner owns “Claims triage”/,
      'forbidden',
    );
    const opener = await addReviewer(ctx, 'Pat Opener', ['program-manager', 'legal-reviewer']);
    await execute(
      ctx.db,
      withdrawGateReview,
      { gateId: gate.id, reason: 'Reopen' },
      { memberId: ctx.pm },
    );
    const second = await execute(
      ctx.db,
      openGateReview,
      { initiativeId: ctx.initiative.id, templateId: 'enter-pilot' },
      { memberId: opener },
    );
    await expectRefused(
      ctx.db,
      async () =>
        signoff(ctx.db, opener, second.id, await completeDecision(ctx.db, second.id, 'legal')),
      /opened this review and cannot also sign it/,
    );
  });

  it('refuses one person signing two functions, unless the template relaxes it', async () => {
    const ctx = await setup();
    const both = await addReviewer(ctx, 'Bo Both', ['legal-reviewer', 'security-reviewer']);
    const gate = await ctx.open();
    await signoff(ctx.db, both, gate.id, await completeDecision(ctx.db, gate.id, 'legal'));
    await expectRefused(
      ctx.db,
      async () =>
        signoff(ctx.db, both, gate.id, await completeDecision(ctx.db, gate.id, 'security')),
      /already signed for Legal on this gate/,
    );

    const workspace = (await ctx.db.workspace.toCollection().first())!;
    const template = workspace.gateTemplates.find((t) => t.id === 'enter-pilot')!;
    await execute(
      ctx.db,
      saveGateTemplate,
      {
        template: { ...template, allowOneSignerForSeveralFunctions: true },
        basedOnVersion: 1,
        reason: 'Small team: one person covers legal and security',
      },
      { memberId: ctx.administrator.id },
    );
    const event = await ctx.db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({
      action: 'gate.template.save',
      reason: 'Small team: one person covers legal and security',
    });
    // The open gate keeps version 1 and its rule; a new gate uses version 2.
    await expectRefused(
      ctx.db,
      async () =>
        signoff(ctx.db, both, gate.id, await completeDecision(ctx.db, gate.id, 'security')),
      /already signed for Legal/,
    );
    await execute(
      ctx.db,
      withdrawGateReview,
      { gateId: gate.id, reason: 'Use the new template' },
      { memberId: ctx.pm },
    );
    const relaxed = await ctx.open();
    expect(relaxed.template.version).toBe(2);
    await signoff(ctx.db, both, relaxed.id, await completeDecision(ctx.db, relaxed.id, 'legal'));
    await signoff(ctx.db, both, relaxed.id, await completeDecision(ctx.db, relaxed.id, 'security'));
  });
});

describe('templates', () => {
  it('keeps opened gates on the version they started from', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    const workspace = (await ctx.db.workspace.toCollection().first())!;
    const template = workspace.gateTemplates.find((t) => t.id === 'enter-pilot')!;
    const stricter = {
      ...template,
      functions: template.functions.map((f) => (f.function === 'legal' ? { ...f, quorum: 3 } : f)),
    };
    await execute(
      ctx.db,
      saveGateTemplate,
      { template: stricter, basedOnVersion: 1, reason: '' },
      { memberId: ctx.administrator.id },
    );
    const kept = await loadGate(ctx.db, gate.id, new Date());
    expect(kept.gate.template.version).toBe(1);
    expect(kept.evaluation.requirements.find((r) => r.function === 'legal')?.quorum).toBe(1);
    const stored = (await ctx.db.workspace.toCollection().first())!.gateTemplates.find(
      (t) => t.id === 'enter-pilot',
    );
    expect(stored?.version).toBe(2);

    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          saveGateTemplate,
          { template: stricter, basedOnVersion: 1, reason: '' },
          { memberId: ctx.administrator.id },
        ),
      /was changed by someone else \(now version 2\)/,
      'conflict',
    );
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          saveGateTemplate,
          { template: stricter, basedOnVersion: 2, reason: '' },
          { memberId: ctx.pm },
        ),
      /does not have permission to change workspace settings/,
      'forbidden',
    );
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          saveGateTemplate,
          { template: { ...stricter, functions: [] }, basedOnVersion: 2, reason: '' },
          { memberId: ctx.administrator.id },
        ),
      /at least one function/,
      'invalid',
    );
  });

  it('applies the stricter high-risk quorum of the template', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    const initiative = (await ctx.db.initiatives.get(ctx.initiative.id))!;
    const [evaluation] = await evaluateInitiativeGates(
      ctx.db,
      { ...initiative, classification: { tier: 'high-risk' } as never },
      new Date(),
      [gate],
    );
    expect(evaluation?.requirements.find((r) => r.function === 'security')?.quorum).toBe(2);
  });
});

describe('refusals change nothing', () => {
  it('refuses bad sign-offs with a clear message', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    const security = ctx.byRole['security-reviewer'];
    const approve = await completeDecision(ctx.db, gate.id, 'security');
    await expectRefused(
      ctx.db,
      () => signoff(ctx.db, security, gate.id, approve, { signatureFor: newId() }),
      /signature was made for a different record/,
      'invalid',
    );
    await expectRefused(
      ctx.db,
      () => signoff(ctx.db, security, gate.id, { ...approve, answers: approve.answers.slice(1) }),
      /before approving/,
      'invalid',
    );
    await expectRefused(
      ctx.db,
      () => signoff(ctx.db, security, gate.id, { ...approve, function: 'operations' }),
      /does not hold the Operations reviewer role/,
      'forbidden',
    );
    const uncertified = await addReviewer(ctx, 'Una Certified', ['security-reviewer']);
    await ctx.db.members.update(uncertified, { certification: null });
    await expectRefused(
      ctx.db,
      () => signoff(ctx.db, uncertified, gate.id, approve),
      /has not yet certified their electronic signature/,
      'forbidden',
    );
    await expectRefused(
      ctx.db,
      () => signoff(ctx.db, ctx.byRole.auditor, gate.id, approve),
      /does not have permission to sign gate reviews/,
      'forbidden',
    );
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          openGateReview,
          { initiativeId: ctx.initiative.id, templateId: 'go-live' },
          { memberId: ctx.pm },
        ),
      /“Go live” is opened from Pilot; Claims triage is in Proof of concept/,
    );
    await expectRefused(ctx.db, () => ctx.open(), /already open on Claims triage/);
    const withAuditorCondition = await completeDecision(
      ctx.db,
      gate.id,
      'security',
      'approve-with-conditions',
      {
        conditions: [
          { id: newId(), text: 'Rotate keys', ownerId: ctx.byRole.auditor, dueOn: '2999-01-01' },
        ],
      },
    );
    await expectRefused(
      ctx.db,
      () => signoff(ctx.db, security, gate.id, withAuditorCondition),
      /cannot close conditions \(auditors are read-only\)/,
      'invalid',
    );
  });

  it('refuses a sign-off over a state the reviewer did not see', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    const { evaluation } = await loadGate(ctx.db, gate.id, new Date());
    const initiative = (await ctx.db.initiatives.get(ctx.initiative.id))!;
    await execute(
      ctx.db,
      updateInitiativeProfile,
      {
        initiativeId: initiative.id,
        profile: { ...profileOf(initiative), purpose: 'Changed meanwhile' },
      },
      { memberId: ctx.pm },
    );
    const decision = await completeDecision(ctx.db, gate.id, 'legal');
    const { recordSignoff } = await import('./recordSignoff');
    const { signoffContentHash, SIGNOFF_RECORD_KIND } =
      await import('../../../shared/gates/signoff');
    const signoffId = newId();
    const content = {
      ...decision,
      gateId: gate.id,
      initiativeId: gate.initiativeId,
      templateId: gate.template.id,
      templateVersion: 1,
      reviewedStateHash: evaluation.currentStateHash,
    };
    const signature = await signRecord(ctx.db, ctx.byRole['legal-reviewer'], {
      recordKind: SIGNOFF_RECORD_KIND,
      recordId: signoffId,
      contentHash: signoffContentHash(content),
      meaning: 'approval',
    });
    await expectRefused(
      ctx.db,
      () =>
        execute(
          ctx.db,
          recordSignoff,
          {
            signoffId,
            gateId: gate.id,
            decision,
            reviewedStateHash: evaluation.currentStateHash,
            signature,
          },
          { memberId: ctx.byRole['legal-reviewer'] },
        ),
      /changed while you were reviewing it/,
      'conflict',
    );
  });
});

describe('stored signatures', () => {
  it('verify as recorded, and an edited decision or justification no longer does', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    await signoff(
      ctx.db,
      ctx.byRole['legal-reviewer'],
      gate.id,
      await completeDecision(ctx.db, gate.id, 'legal'),
    );
    const justification = 'Board decision';
    const signature = await signRecord(ctx.db, ctx.administrator.id, {
      recordKind: GATE_OVERRIDE_RECORD_KIND,
      recordId: gate.id,
      contentHash: hashCanonical(overrideContent(gate, justification)),
      meaning: 'responsibility',
    });
    await execute(
      ctx.db,
      overrideGate,
      { gateId: gate.id, justification, signature },
      { memberId: ctx.administrator.id },
    );
    const [gates, signoffs, members] = await Promise.all([
      ctx.db.gates.toArray(),
      ctx.db.signoffs.toArray(),
      ctx.db.members.toArray(),
    ]);
    expect(verifyGateSignatures(gates, signoffs, members)).toEqual({ verified: 2, failures: [] });

    const edited = signoffs.map((s) => ({ ...s, comment: 'Approved without reservation' }));
    const forged = gates.map((g) => ({
      ...g,
      override: g.override && { ...g.override, justification: 'Other' },
    }));
    const result = verifyGateSignatures(forged, edited, members);
    expect(result.verified).toBe(0);
    expect(result.failures.map((f) => f.kind)).toEqual(['signoff', 'override']);
    expect(result.failures[0]?.message).toMatch(
      /The sign-off by Member legal-reviewer does not verify/,
    );
    expect(result.failures[1]?.message).toMatch(
      /The override of “Enter pilot” by Ada Admin does not verify/,
    );
  });
});

describe('administrator override', () => {
  it('lets the stage move with a signed justification, flagged on the gate', async () => {
    const ctx = await setup();
    const gate = await ctx.open();
    const justification = 'Regulator-mandated pilot start; reviews complete next week.';
    const sign = (recordId: string, text: string) =>
      signRecord(ctx.db, ctx.administrator.id, {
        recordKind: GATE_OVERRIDE_RECORD_KIND,
        recordId,
        contentHash: hashCanonical(overrideContent(gate, text)),
        meaning: 'responsibility',
      });
    await expectRefused(
      ctx.db,
      async () =>
        execute(
          ctx.db,
          overrideGate,
          { gateId: gate.id, justification, signature: await sign(gate.id, 'Another text') },
          { memberId: ctx.administrator.id },
        ),
      /different record, or a different version/,
    );
    await expectRefused(
      ctx.db,
      async () =>
        execute(
          ctx.db,
          overrideGate,
          { gateId: gate.id, justification, signature: await sign(gate.id, justification) },
          { memberId: ctx.pm },
        ),
      /does not have permission to override a gate/,
    );
    await execute(
      ctx.db,
      overrideGate,
      { gateId: gate.id, justification, signature: await sign(gate.id, justification) },
      { memberId: ctx.administrator.id },
    );
    const outcome = await status(ctx, gate.id);
    expect(outcome.status).toBe('overridden');
    expect(outcome.underlying).toBe('in-review');
    await execute(
      ctx.db,
      changeStage,
      { initiativeId: ctx.initiative.id, stage: 'pilot', reason: 'Override' },
      { memberId: ctx.pm },
    );
    expect((await ctx.db.initiatives.get(ctx.initiative.id))?.stage).toBe('pilot');
  });
});
