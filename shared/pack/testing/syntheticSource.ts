import { ed25519 } from '@noble/curves/ed25519.js';
import { sealEvent, GENESIS_HASH, type AuditEvent, type JsonValue } from '../../audit/auditEvent';
import { verifyChain } from '../../audit/verifyChain';
import { keyFingerprint } from '../../auth/credential';
import { toHex } from '../../auth/hex';
import { signPayload } from '../../auth/signature';
import { EMPTY_BUSINESS_CASE } from '../../domain/businessCase';
import type { Initiative } from '../../domain/initiative';
import type { Member } from '../../domain/member';
import { RISK_CATEGORIES } from '../../domain/risk';
import { EMPTY_READINESS } from '../../domain/readiness';
import { DEFAULT_WORKSPACE_SETTINGS, type Workspace } from '../../domain/workspace';
import { DEFAULT_GATE_TEMPLATES } from '../../gates/defaultTemplates';
import { FUNCTION_ROLES } from '../../gates/functions';
import type { Gate } from '../../gates/gate';
import { resolveRequirements } from '../../gates/requirements';
import { reviewedState, reviewedStateHash } from '../../gates/reviewedState';
import {
  SIGNOFF_RECORD_KIND,
  meaningOf,
  signoffContentHash,
  type Signoff,
} from '../../gates/signoff';
import { stageChangesOf, type PackSource } from '../../pack/source';
import type { Risk } from '../../risk/record';

/**
 * A synthetic workspace with one busy initiative: the pack budget's workload
 * (DESIGN §6: 200 risks and 5,000 audit events), with genuinely signed
 * sign-offs and a chain that verifies. Deterministic for a given seed.
 */
export function syntheticPackSource(
  options: {
    risks?: number;
    events?: number;
    /**
     * Adds a small portfolio around the busy initiative, so every panel of the
     * portfolio pack has something to show: a stalled pilot whose cost at
     * scale is flagged, a stalled proof of concept whose gate waits on
     * reviews and has an overdue condition, overdue risk reviews, and the
     * stage changes that took them there.
     */
    portfolio?: boolean;
  } = {},
): PackSource {
  const riskCount = options.risks ?? 200;
  const eventCount = options.events ?? 5000;
  let n = 0;
  const id = () => {
    n += 1;
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
  const at = (minute: number) => new Date(Date.UTC(2025, 0, 1) + minute * 60_000).toISOString();
  const workspace: Workspace = {
    id: id(),
    name: 'Synthetic workspace',
    createdAt: at(0),
    sample: false,
    settings: DEFAULT_WORKSPACE_SETTINGS,
    gateTemplates: [...DEFAULT_GATE_TEMPLATES],
  };
  const secrets = new Map<string, Uint8Array>();
  const roles = [
    'administrator',
    'legal-reviewer',
    'compliance-reviewer',
    'security-reviewer',
    'operations-reviewer',
    'data-privacy-reviewer',
    'business-owner-reviewer',
  ] as const;
  const members: Member[] = roles.map((role, index) => {
    const memberId = id();
    const secret = new Uint8Array(32).fill(index + 1);
    secrets.set(memberId, secret);
    const publicKey = toHex(ed25519.getPublicKey(secret));
    return {
      id: memberId,
      name: `Member ${String(index + 1)} (${role})`,
      email: `member${String(index + 1)}@example.test`,
      title: '',
      roles: [role],
      status: 'active',
      createdAt: at(0),
      keys: [
        {
          publicKey,
          fingerprint: keyFingerprint(publicKey),
          createdAt: at(0),
          retiredAt: null,
          retiredReason: null,
        },
      ],
      certification: null,
    };
  });
  const [owner] = members;
  if (!owner) throw new Error('No members were made.');
  const initiative: Initiative = {
    id: id(),
    title: 'Synthetic busy initiative',
    summary: 'A synthetic initiative for the pack budget.',
    purpose: 'Triage incoming claims for a human handler.',
    businessUnit: 'Claims',
    ownerId: owner.id,
    sponsor: 'Chief Operating Officer',
    aiSystemType: 'classical-ml',
    tags: [],
    aiSystem: { model: 'gbm-claims', provider: 'In-house', version: '3.2', hosting: 'on-premises' },
    dataCategories: ['personal'],
    peopleAffected: 'Policyholders making claims',
    humanOversight: 'human-in-the-loop',
    integrationPoints: [{ system: 'CRM', direction: 'reads' }],
    stage: 'production',
    stageEnteredAt: at(10),
    createdAt: at(1),
    updatedAt: at(1),
    classification: null,
    businessCase: EMPTY_BUSINESS_CASE,
    readiness: EMPTY_READINESS,
  };
  const risks: Risk[] = Array.from({ length: riskCount }, (_, i) => ({
    id: id(),
    initiativeId: initiative.id,
    title: `Synthetic risk ${String(i + 1)}: the model misroutes an unusual claim`,
    description: 'A claim unlike the training data is sent to the wrong queue and waits.',
    category: RISK_CATEGORIES[i % RISK_CATEGORIES.length] ?? 'evaluation',
    ownerId: owner.id,
    cause: 'Training data under-represents rare claim types.',
    consequence: 'A customer waits longer than the service level.',
    inherent: { likelihood: (i % 5) + 1, impact: ((i * 3) % 5) + 1 },
    residual: { likelihood: (i % 3) + 1, impact: ((i * 7) % 5) + 1 },
    treatment: 'mitigate',
    controls: [
      {
        id: id(),
        description: 'A handler reviews every low-confidence routing',
        ownerId: owner.id,
        dueDate: null,
        status: 'in-place',
      },
      {
        id: id(),
        description: 'Monthly review of misrouted claims',
        ownerId: owner.id,
        dueDate: '2025-06-30',
        status: 'planned',
      },
    ],
    linkedItems: [],
    templateId: null,
    lastReviewedAt: at(20),
    acceptance: null,
    createdAt: at(20),
    updatedAt: at(20),
  }));
  const gates: Gate[] = [];
  const signoffs: Signoff[] = [];
  const sign = (input: {
    gate: Gate;
    initiative: Initiative;
    risks: readonly Risk[];
    function: ReturnType<typeof resolveRequirements>[number]['function'];
    items: ReturnType<typeof resolveRequirements>[number]['items'];
    decision: 'approve' | 'approve-with-conditions';
    conditions?: Signoff['conditions'];
    minute: number;
  }) => {
    const reviewer = members.find((m) => m.roles.includes(FUNCTION_ROLES[input.function]));
    if (!reviewer) return;
    const state = reviewedState(input.initiative, input.risks);
    const signoffId = id();
    const decision = {
      function: input.function,
      decision: input.decision,
      answers: input.items.map((item) => ({
        itemId: item.id,
        answer: 'met' as const,
        note: '',
        evidence: item.evidenceRequired ? `${item.id}.pdf` : '',
      })),
      comment: '',
      conditions: input.conditions ?? [],
      evidence: [],
    };
    const content = {
      ...decision,
      gateId: input.gate.id,
      initiativeId: input.initiative.id,
      templateId: input.gate.template.id,
      templateVersion: input.gate.template.version,
      reviewedStateHash: reviewedStateHash(state),
    };
    const [key] = reviewer.keys;
    const secret = secrets.get(reviewer.id);
    if (!key || !secret) throw new Error(`${reviewer.name} has no key.`);
    signoffs.push({
      ...content,
      id: signoffId,
      reviewerId: reviewer.id,
      reviewedState: state,
      signature: signPayload(secret, {
        recordKind: SIGNOFF_RECORD_KIND,
        recordId: signoffId,
        contentHash: signoffContentHash(content),
        meaning: meaningOf(decision.decision),
        signerId: reviewer.id,
        printedName: reviewer.name,
        keyFingerprint: key.fingerprint,
        signedAt: `${at(input.minute).slice(0, 23)}+00:00`,
      }),
      recordedAt: at(input.minute + signoffs.length),
      closures: {},
    });
  };
  DEFAULT_GATE_TEMPLATES.slice(0, 2).forEach((template, g) => {
    const gate: Gate = {
      id: id(),
      initiativeId: initiative.id,
      template,
      openedBy: owner.id,
      openedAt: at(100 + g),
      note: '',
      withdrawal: null,
      override: null,
      usedAt: null,
    };
    gates.push(gate);
    for (const requirement of resolveRequirements(template, null)) {
      sign({
        gate,
        initiative,
        risks,
        function: requirement.function,
        items: requirement.items,
        decision: 'approve',
        minute: 200,
      });
    }
  });
  const initiatives: Initiative[] = [initiative];
  const allRisks: Risk[] = [...risks];
  const stageMoves: { initiative: Initiative; from: Initiative['stage']; enteredAt: string }[] = [];
  if (options.portfolio) {
    const [, financeOwner = owner, legalOwner = owner] = members;
    const pilot: Initiative = {
      ...initiative,
      id: id(),
      title: 'Synthetic pilot: invoice matching',
      businessUnit: 'Finance',
      ownerId: financeOwner.id,
      stage: 'pilot',
      stageEnteredAt: at(500),
      readiness: {
        ...EMPTY_READINESS,
        'data-quality': { status: 'ready', notes: '', ownerId: null },
        integration: { status: 'in-progress', notes: '', ownerId: null },
      },
      businessCase: {
        kpis: [],
        cost: {
          currency: 'EUR',
          pocMonthlyCost: 1000,
          unitCost: 5,
          unitBasis: 'per-1000-requests',
          productionMonthlyVolume: 10_000_000,
        },
      },
    };
    const poc: Initiative = {
      ...initiative,
      id: id(),
      title: 'Synthetic proof of concept: document search',
      businessUnit: 'Legal',
      ownerId: legalOwner.id,
      stage: 'proof-of-concept',
      stageEnteredAt: at(600),
    };
    initiatives.push(pilot, poc);
    stageMoves.push(
      { initiative: { ...pilot, stage: 'proof-of-concept' }, from: 'idea', enteredAt: at(2) },
      { initiative: pilot, from: 'proof-of-concept', enteredAt: at(300) },
      { initiative: poc, from: 'idea', enteredAt: at(3) },
    );
    const pilotRisks: Risk[] = RISK_CATEGORIES.slice(0, 3).map((category, i) => ({
      ...(risks[0] as Risk),
      id: id(),
      initiativeId: pilot.id,
      title: `Synthetic pilot risk ${String(i + 1)}: a supplier invoice is matched to the wrong order`,
      category,
      inherent: { likelihood: 4, impact: 4 },
      residual: { likelihood: 3 + (i % 2), impact: 3 },
      controls: [],
      lastReviewedAt: at(30),
    }));
    allRisks.push(...pilotRisks);
    const [enterPilot] = DEFAULT_GATE_TEMPLATES;
    if (!enterPilot) throw new Error('No gate templates.');
    const gate: Gate = {
      id: id(),
      initiativeId: poc.id,
      template: enterPilot,
      openedBy: poc.ownerId,
      openedAt: at(700),
      note: '',
      withdrawal: null,
      override: null,
      usedAt: null,
    };
    gates.push(gate);
    const [first] = resolveRequirements(enterPilot, null);
    if (first) {
      sign({
        gate,
        initiative: poc,
        risks: [],
        function: first.function,
        items: first.items,
        decision: 'approve-with-conditions',
        conditions: [
          {
            id: id(),
            text: 'Record where the search index keeps privileged documents',
            ownerId: poc.ownerId,
            dueOn: '2025-03-01',
          },
        ],
        minute: 800,
      });
    }
  }
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  const snapshot = JSON.parse(JSON.stringify(initiative)) as JsonValue;
  for (let seq = 1; seq <= eventCount; seq += 1) {
    const risk = risks[seq % risks.length];
    if (!risk) throw new Error('No risks were made.');
    const aboutRisk = seq % 2 === 0;
    const event = sealEvent({
      seq,
      at: at(1000 + seq),
      actor: owner.id,
      action: aboutRisk ? 'risk.review' : 'initiative.update',
      entity: aboutRisk ? 'risk' : 'initiative',
      entityId: aboutRisk ? risk.id : initiative.id,
      before: aboutRisk ? (JSON.parse(JSON.stringify(risk)) as JsonValue) : snapshot,
      after: aboutRisk ? (JSON.parse(JSON.stringify(risk)) as JsonValue) : snapshot,
      reason: seq % 10 === 0 ? 'Quarterly review' : null,
      prevHash,
    });
    prevHash = event.hash;
    events.push(event);
  }
  for (const move of stageMoves) {
    const seq = events.length + 1;
    const before = { ...move.initiative, stage: move.from, stageEnteredAt: move.enteredAt };
    const event = sealEvent({
      seq,
      at: move.initiative.stageEnteredAt,
      actor: owner.id,
      action: 'initiative.changeStage',
      entity: 'initiative',
      entityId: move.initiative.id,
      before: JSON.parse(JSON.stringify(before)) as JsonValue,
      after: JSON.parse(JSON.stringify(move.initiative)) as JsonValue,
      reason: 'Synthetic stage change',
      prevHash,
    });
    prevHash = event.hash;
    events.push(event);
  }
  const last = events.at(-1);
  return {
    workspace,
    members,
    initiatives,
    gates,
    signoffs,
    risks: allRisks,
    evidence: [],
    events,
    stageChanges: stageChangesOf(events),
    chain: verifyChain(events),
    head: last ? { seq: last.seq, hash: last.hash } : null,
  };
}
