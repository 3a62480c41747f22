import { afterEach, describe, expect, it } from 'vitest';
import { PERMISSIONS, rolesGrant } from '../../../shared/domain/permissions';
import { ROLES } from '../../../shared/domain/roles';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/domain/workspace';
import { EMPTY_BUSINESS_CASE } from '../../../shared/domain/businessCase';
import { profileOf } from '../../../shared/domain/initiative';
import { EMPTY_READINESS } from '../../../shared/domain/readiness';
import { testCredential, testTemporaryPassphrase } from '../../test/credentials';
import { signCertification } from '../../test/signCertification';
import { makeTestWorkspace, snapshot } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { newId } from '../ids';
import { CommandError } from './commandError';
import { createInitiative } from './createInitiative';
import { execute, type Command } from './defineCommand';
import { resetPassphrase } from './resetPassphrase';
import { hashCanonical } from '../../../shared/crypto/sha256';
import { functionsFor } from '../../../shared/gates/functions';
import { GATE_OVERRIDE_RECORD_KIND, overrideContent } from '../../../shared/gates/gate';
import { certify, completeDecision, signoff, signoffInput } from '../../test/gateSteps';
import { signRecord } from '../../test/signRecord';
import { openGateReview } from './openGateReview';
import { addRisk } from './addRisk';
import { updateWorkspaceSettings } from './updateWorkspaceSettings';
import {
  RISK_ACCEPTANCE_RECORD_KIND,
  acceptanceContentHash,
} from '../../../shared/risk/acceptance';
import { saveGateTemplate } from './saveGateTemplate';
import { withdrawGateReview } from './withdrawGateReview';
import { addEvidence } from './addEvidence';
import { pdfFile } from '../../test/evidenceFiles';

/**
 * Every command, called directly as every role: allowed roles succeed, the
 * rest are refused and change nothing. A command missing from this table
 * fails the first test, so new commands cannot skip the matrix.
 */
type Ctx = Awaited<ReturnType<typeof setup>>;
interface Attempt {
  /** Runs before the attempt, as the administrator (e.g. to put the actor in a state the command needs). */
  prepare?: (ctx: Ctx, actorId: string) => Promise<void>;
  input: (ctx: Ctx, actorId: string) => unknown;
}

const modules = import.meta.glob<Record<string, unknown>>('./*.ts', { eager: true });
const COMMANDS = Object.values(modules)
  .flatMap((exports) => Object.values(exports))
  .filter(
    (value): value is Command<never, unknown> =>
      typeof value === 'object' &&
      value !== null &&
      (value as { kind?: unknown }).kind === 'command',
  );

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  const ws = await makeTestWorkspace();
  db = ws.db;
  const pm = ws.byRole['program-manager'];
  const initiative = await execute(
    ws.db,
    createInitiative,
    { title: 'Triage', businessUnit: 'Support', ownerId: pm, aiSystemType: 'other' },
    { memberId: pm },
  );
  return { ...ws, initiative };
}

const riskInput = (ctx: Ctx) => ({
  initiativeId: ctx.initiative.id,
  title: 'Drift',
  category: 'maintenance-and-drift',
  ownerId: ctx.byRole['program-manager'],
  inherent: { likelihood: 3, impact: 3 },
  residual: { likelihood: 2, impact: 2 },
  treatment: 'mitigate',
});

/** A template every reviewer function signs, opened from "idea" so the setup initiative fits. */
async function openMatrixGate(ctx: Ctx): Promise<string> {
  const workspace = (await ctx.db.workspace.toCollection().first())!;
  const base = workspace.gateTemplates.find((t) => t.id === 'go-live')!;
  await execute(
    ctx.db,
    saveGateTemplate,
    {
      template: {
        ...base,
        id: 'matrix-gate',
        name: 'Matrix gate',
        fromStages: ['idea'],
        toStage: 'proof-of-concept',
        functions: base.functions.map((f) => ({ ...f, requiredForTiers: null })),
      },
      basedOnVersion: 0,
      reason: '',
    },
    { memberId: ctx.administrator.id },
  );
  const gate = await execute(
    ctx.db,
    openGateReview,
    { initiativeId: ctx.initiative.id, templateId: 'matrix-gate' },
    { memberId: ctx.administrator.id },
  );
  return gate.id;
}

/** Ids made by `prepare`, for `input` to use, by acting member. */
const prepared = new Map<
  string,
  { gateId: string; signoffId?: string; conditionId?: string; riskId?: string }
>();
/** Commands that append more than one event: a new evidence version writes one under each file. */
const EVENTS_WRITTEN: Partial<Record<string, number>> = { 'evidence.version': 2 };

const evidenceFor = new Map<string, string>();
async function attachAsAdministrator(ctx: Ctx): Promise<string> {
  const evidence = await execute(
    ctx.db,
    addEvidence,
    {
      initiativeId: ctx.initiative.id,
      target: { kind: 'initiative' },
      file: pdfFile(),
      description: '',
    },
    { memberId: ctx.administrator.id },
  );
  return evidence.id;
}

const preparedFor = (actorId: string) => {
  const value = prepared.get(actorId);
  if (!value) throw new Error('prepare did not run');
  return value;
};

/** A risk added by the administrator, for commands that act on one. */
async function prepareRisk(ctx: Ctx, actorId: string, extra: Record<string, unknown> = {}) {
  const risk = await execute(
    ctx.db,
    addRisk,
    { ...riskInput(ctx), ...extra },
    { memberId: ctx.administrator.id },
  );
  prepared.set(actorId, { gateId: '', riskId: risk.id });
  return risk;
}

const ATTEMPTS: Record<string, Attempt> = {
  'risk.update': {
    prepare: async (ctx, actorId) => {
      await prepareRisk(ctx, actorId);
    },
    input: async (ctx, actorId) => {
      const risk = (await ctx.db.risks.get(preparedFor(actorId).riskId!))!;
      const {
        id: _i,
        initiativeId: _n,
        templateId: _t,
        lastReviewedAt: _l,
        acceptance: _a,
        createdAt: _c,
        updatedAt: _u,
        ...editable
      } = risk;
      return { riskId: risk.id, risk: { ...editable, description: 'Sharper wording' }, reason: '' };
    },
  },
  'risk.review': {
    prepare: async (ctx, actorId) => {
      await prepareRisk(ctx, actorId);
    },
    input: (_ctx, actorId) => ({
      riskId: preparedFor(actorId).riskId,
      outcome: 'still-valid',
      note: '',
    }),
  },
  'risk.accept': {
    prepare: async (ctx, actorId) => {
      // The workspace names the actor's role as the one that accepts risk.
      const workspace = (await ctx.db.workspace.toCollection().first())!;
      const actor = (await ctx.db.members.get(actorId))!;
      await execute(
        ctx.db,
        updateWorkspaceSettings,
        {
          name: workspace.name,
          settings: { ...workspace.settings, acceptanceRole: actor.roles[0] },
        },
        { memberId: ctx.administrator.id },
      );
      await prepareRisk(ctx, actorId, {
        treatment: 'accept',
        residual: { likelihood: 4, impact: 4 },
      });
      await certify(ctx.db, actorId, ctx.workspace.id);
    },
    input: async (ctx, actorId) => {
      const risk = (await ctx.db.risks.get(preparedFor(actorId).riskId!))!;
      const expiresOn = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
      return {
        riskId: risk.id,
        expiresOn,
        signature: await signRecord(ctx.db, actorId, {
          recordKind: RISK_ACCEPTANCE_RECORD_KIND,
          recordId: risk.id,
          contentHash: acceptanceContentHash({
            riskId: risk.id,
            title: risk.title,
            residual: risk.residual,
            treatment: risk.treatment,
            expiresOn,
          }),
          meaning: 'acceptance-of-risk',
        }),
      };
    },
  },
  'gate.template.save': {
    input: async (ctx) => {
      const workspace = (await ctx.db.workspace.toCollection().first())!;
      const template = workspace.gateTemplates.find((t) => t.id === 'enter-pilot')!;
      return { template: { ...template, description: 'Edited' }, basedOnVersion: 1, reason: '' };
    },
  },
  'gate.open': {
    prepare: async (ctx, actorId) => {
      prepared.set(actorId, { gateId: await openMatrixGate(ctx) });
      await execute(
        ctx.db,
        withdrawGateReview,
        { gateId: preparedFor(actorId).gateId, reason: 'Reopen' },
        { memberId: ctx.administrator.id },
      );
    },
    input: (ctx) => ({ initiativeId: ctx.initiative.id, templateId: 'matrix-gate' }),
  },
  'gate.withdraw': {
    prepare: async (ctx, actorId) => {
      prepared.set(actorId, { gateId: await openMatrixGate(ctx) });
    },
    input: (_ctx, actorId) => ({ gateId: preparedFor(actorId).gateId, reason: 'Not needed' }),
  },
  'gate.signoff': {
    prepare: async (ctx, actorId) => {
      prepared.set(actorId, { gateId: await openMatrixGate(ctx) });
      await certify(ctx.db, actorId, ctx.workspace.id);
    },
    input: async (ctx, actorId) => {
      const member = (await ctx.db.members.get(actorId))!;
      const fn = functionsFor(member.roles)[0] ?? 'legal';
      const { gateId } = preparedFor(actorId);
      return signoffInput(ctx.db, actorId, gateId, await completeDecision(ctx.db, gateId, fn));
    },
  },
  'gate.override': {
    prepare: async (ctx, actorId) => {
      prepared.set(actorId, { gateId: await openMatrixGate(ctx) });
      await certify(ctx.db, actorId, ctx.workspace.id);
    },
    input: async (ctx, actorId) => {
      const gate = (await ctx.db.gates.get(preparedFor(actorId).gateId))!;
      const justification = 'Mandated start';
      return {
        gateId: gate.id,
        justification,
        signature: await signRecord(ctx.db, actorId, {
          recordKind: GATE_OVERRIDE_RECORD_KIND,
          recordId: gate.id,
          contentHash: hashCanonical(overrideContent(gate, justification)),
          meaning: 'responsibility',
        }),
      };
    },
  },
  'condition.close': {
    prepare: async (ctx, actorId) => {
      const gateId = await openMatrixGate(ctx);
      const legal = ctx.byRole['legal-reviewer'];
      await certify(ctx.db, legal, ctx.workspace.id);
      const conditionId = newId();
      const signed = await signoff(
        ctx.db,
        legal,
        gateId,
        await completeDecision(ctx.db, gateId, 'legal', 'approve-with-conditions', {
          conditions: [
            // Auditors cannot own a condition; theirs is refused by permission anyway.
            {
              id: conditionId,
              text: 'Sign the DPA',
              ownerId: actorId === ctx.byRole.auditor ? ctx.byRole['program-manager'] : actorId,
              dueOn: '2999-01-01',
            },
          ],
        }),
      );
      prepared.set(actorId, { gateId, signoffId: signed.id, conditionId });
    },
    input: (_ctx, actorId) => ({
      signoffId: preparedFor(actorId).signoffId,
      conditionId: preparedFor(actorId).conditionId,
      note: 'Signed',
    }),
  },
  'member.create': {
    input: (ctx) => ({
      name: 'New',
      email: `new-${newId()}@example.test`,
      roles: ['auditor'],
      temporaryPassphrase: ctx.temporaryPassphrase,
    }),
  },
  'member.update': {
    input: (ctx) => ({
      memberId: ctx.byRole.auditor,
      name: 'Renamed Auditor',
      email: 'auditor@example.test',
      roles: ['auditor'],
    }),
  },
  'member.setStatus': {
    input: (ctx, actorId) => ({
      memberId:
        actorId === ctx.byRole['legal-reviewer']
          ? ctx.byRole['security-reviewer']
          : ctx.byRole['legal-reviewer'],
      status: 'deactivated',
      reason: 'Left',
    }),
  },
  'member.resetPassphrase': {
    input: (ctx) => ({
      memberId: ctx.byRole.auditor,
      temporaryPassphrase: ctx.temporaryPassphrase,
      reason: 'Forgotten',
    }),
  },
  'member.setPassphrase': {
    prepare: async (ctx, actorId) => {
      await execute(
        ctx.db,
        resetPassphrase,
        { memberId: actorId, temporaryPassphrase: await testTemporaryPassphrase(), reason: 'Test' },
        { memberId: ctx.administrator.id },
      );
    },
    input: async (_ctx, actorId) => ({
      memberId: actorId,
      credential: await testCredential(actorId),
    }),
  },
  'member.certifySignature': {
    input: async (ctx, actorId) => ({
      signature: await signCertification(ctx.db, actorId, ctx.workspace.id),
    }),
  },
  'session.signIn': { input: () => ({ outcome: 'signed-in' }) },
  'workspace.configure': {
    input: () => ({
      name: 'Renamed workspace',
      settings: { ...DEFAULT_WORKSPACE_SETTINGS, inactivityLockMinutes: 5 },
    }),
  },
  'initiative.create': {
    input: (ctx) => ({
      title: 'New',
      businessUnit: 'Ops',
      ownerId: ctx.byRole['program-manager'],
      aiSystemType: 'other',
    }),
  },
  'initiative.import': {
    input: (ctx) => ({
      fileName: 'inventory.csv',
      initiatives: [
        {
          title: 'Imported',
          businessUnit: 'Ops',
          ownerId: ctx.byRole['program-manager'],
          aiSystemType: 'other',
        },
      ],
    }),
  },
  'initiative.changeStage': {
    input: (ctx) => ({
      initiativeId: ctx.initiative.id,
      stage: 'proof-of-concept',
      reason: 'Approved',
    }),
  },
  'risk.create': { input: riskInput },
  'evidence.add': {
    input: (ctx) => ({
      initiativeId: ctx.initiative.id,
      target: { kind: 'initiative' },
      file: pdfFile(),
      description: '',
    }),
  },
  'evidence.version': {
    prepare: async (ctx, actorId) => {
      evidenceFor.set(actorId, await attachAsAdministrator(ctx));
    },
    input: (_ctx, actorId) => ({
      evidenceId: evidenceFor.get(actorId),
      file: pdfFile('DPIA.pdf', 'second version'),
      description: '',
    }),
  },
  'evidence.withdraw': {
    prepare: async (ctx, actorId) => {
      // Withdrawal is the adder's (or a PM's or administrator's): whoever may attach, attaches.
      const member = (await ctx.db.members.get(actorId))!;
      const adder = rolesGrant(member.roles, 'evidence.manage') ? actorId : ctx.administrator.id;
      const evidence = await execute(
        ctx.db,
        addEvidence,
        {
          initiativeId: ctx.initiative.id,
          target: { kind: 'initiative' },
          file: pdfFile(),
          description: '',
        },
        { memberId: adder },
      );
      evidenceFor.set(actorId, evidence.id);
    },
    input: (_ctx, actorId) => ({ evidenceId: evidenceFor.get(actorId), reason: 'Wrong file' }),
  },
  'initiative.update': {
    input: (ctx) => ({
      initiativeId: ctx.initiative.id,
      profile: { ...profileOf(ctx.initiative), purpose: 'Route tickets to the right queue' },
      reason: 'Purpose clarified',
    }),
  },
  'initiative.classify': {
    input: (ctx) => ({
      initiativeId: ctx.initiative.id,
      answers: {
        role: 'deployer',
        prohibitedPractices: [],
        annexIProduct: false,
        annexIIIAreas: ['employment'],
        annexIIIDerogation: 'none',
        profiling: false,
        transparency: [],
      },
    }),
  },
  'initiative.updateBusinessCase': {
    input: (ctx) => ({
      initiativeId: ctx.initiative.id,
      businessCase: {
        ...EMPTY_BUSINESS_CASE,
        cost: { ...EMPTY_BUSINESS_CASE.cost, pocMonthlyCost: 500 },
      },
    }),
  },
  'initiative.updateReadiness': {
    input: (ctx) => ({
      initiativeId: ctx.initiative.id,
      readiness: {
        ...EMPTY_READINESS,
        evaluation: { status: 'in-progress', notes: 'Metrics agreed', ownerId: null },
      },
    }),
  },
};

describe('permission matrix', () => {
  it('covers every command', () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(Object.keys(ATTEMPTS).sort());
  });

  it('gives auditors no permission beyond their own sign-in', () => {
    const granted = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((p) =>
      rolesGrant(['auditor'], p),
    );
    expect(granted).toEqual(['account.self']);
  });

  for (const command of COMMANDS) {
    for (const role of ROLES) {
      const allowed = rolesGrant([role], command.permission);
      it(`${command.name}: ${role} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const ctx = await setup();
        const actorId = ctx.byRole[role];
        const attempt = ATTEMPTS[command.name]!;
        await attempt.prepare?.(ctx, actorId);
        const input = await attempt.input(ctx, actorId);
        const before = await snapshot(ctx.db);
        const eventsBefore = await ctx.db.auditEvents.count();
        const outcome = await execute(ctx.db, command, input, { memberId: actorId }).then(
          () => null,
          (e: unknown) => e,
        );
        if (allowed) {
          expect(outcome).toBeNull();
          expect(await ctx.db.auditEvents.count()).toBe(
            eventsBefore + (EVENTS_WRITTEN[command.name] ?? 1),
          );
        } else {
          expect(outcome).toBeInstanceOf(CommandError);
          expect((outcome as CommandError).code).toBe('forbidden');
          expect(await snapshot(ctx.db)).toBe(before);
        }
      });
    }
  }
});
