import { ed25519 } from '@noble/curves/ed25519.js';
import { strToU8 } from 'fflate';
import { GENESIS_HASH, sealEvent, type AuditEvent, type JsonValue } from '../../audit/auditEvent';
import { CERTIFICATION_RECORD_KIND, certificationContentHash } from '../../auth/certification';
import { keyFingerprint } from '../../auth/credential';
import { toHex } from '../../auth/hex';
import { signPayload, type ElectronicSignature, type SignaturePayload } from '../../auth/signature';
import { hashCanonical, sha256Hex } from '../../crypto/sha256';
import { EMPTY_BUSINESS_CASE } from '../../domain/businessCase';
import type { Initiative } from '../../domain/initiative';
import type { Member } from '../../domain/member';
import { EMPTY_READINESS } from '../../domain/readiness';
import type { Evidence } from '../../evidence/record';
import { DEFAULT_GATE_TEMPLATES } from '../../gates/defaultTemplates';
import { GATE_OVERRIDE_RECORD_KIND, overrideContent, type Gate } from '../../gates/gate';
import { resolveRequirements } from '../../gates/requirements';
import { reviewedState, reviewedStateHash } from '../../gates/reviewedState';
import { SIGNOFF_RECORD_KIND, signoffContentHash, type Signoff } from '../../gates/signoff';
import { initiativeRecordIds, isInitiativeEvent } from '../../pack/source';
import { RISK_ACCEPTANCE_RECORD_KIND, acceptanceContentHash } from '../../risk/acceptance';
import type { Risk } from '../../risk/record';
import { MANIFEST_RECORD_KIND } from '../format';
import type { BundleContent, EvidenceFileSource, WriteBundleOptions } from '../writeBundle';

/**
 * A small workspace with everything a bundle carries, genuinely signed with
 * test keys: certified members, an initiative with two gates (one signed off
 * citing evidence, one overridden), an accepted risk, evidence in several
 * versions (one withdrawn), and an audit chain interleaved with another
 * initiative's events. Deterministic.
 */
export interface BundleFixture {
  workspace: { id: string; name: string };
  members: Member[];
  /** Each member's secret key, by member id (tests only). */
  secrets: Map<string, Uint8Array>;
  initiative: Initiative;
  otherInitiative: Initiative;
  gates: Gate[];
  signoffs: Signoff[];
  risks: Risk[];
  evidence: Evidence[];
  /** Stored bytes of each evidence file, by evidence id. */
  files: Map<string, Uint8Array>;
  /** The whole workspace chain. */
  events: AuditEvent[];
  exporter: Member;
  pack: { name: string; bytes: Uint8Array };
}

export const FIXTURE_BUNDLE_ID = '0b6a3c1e-5d2f-4a7b-9c8d-112233445566';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9) + minute * 60_000).toISOString();
/** Signing time with the signer's zone, as the signing dialog writes it. */
const signedAt = (minute: number) => `${at(minute).slice(0, 23)}+00:00`;

export function bundleFixture(): BundleFixture {
  let n = 0;
  const id = () => {
    n += 1;
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
  const workspace = { id: id(), name: 'Fixture workspace' };
  const secrets = new Map<string, Uint8Array>();
  const people = [
    ['Ada Admin', 'administrator'],
    ['Lee Legal', 'legal-reviewer'],
    ['Cam Compliance', 'compliance-reviewer'],
    ['Pat Programme', 'program-manager'],
  ] as const;
  const members: Member[] = people.map(([name, role], index) => {
    const memberId = id();
    const secret = new Uint8Array(32).fill(index + 11);
    secrets.set(memberId, secret);
    const publicKey = toHex(ed25519.getPublicKey(secret));
    const fingerprint = keyFingerprint(publicKey);
    const member: Member = {
      id: memberId,
      name,
      email: `${name.split(' ')[0]?.toLowerCase() ?? 'x'}@example.test`,
      title: '',
      roles: [role],
      status: 'active',
      createdAt: at(0),
      keys: [{ publicKey, fingerprint, createdAt: at(0), retiredAt: null, retiredReason: null }],
      certification: null,
    };
    member.certification = sign(secret, member, {
      recordKind: CERTIFICATION_RECORD_KIND,
      recordId: memberId,
      contentHash: certificationContentHash(memberId, workspace.id),
      meaning: 'responsibility',
      signedAt: signedAt(1),
    });
    return member;
  });
  const [admin, legal, compliance, manager] = members as [Member, Member, Member, Member];
  const secretOf = (member: Member) => secrets.get(member.id) ?? new Uint8Array(32);

  const initiative: Initiative = {
    id: id(),
    title: 'Claims triage assistant',
    summary: 'Routes incoming claims to the right handler.',
    purpose: 'Triage claims for a human handler.',
    businessUnit: 'Claims',
    ownerId: manager.id,
    sponsor: 'Chief Operating Officer',
    aiSystemType: 'classical-ml',
    tags: [],
    aiSystem: { model: 'gbm-claims', provider: 'In-house', version: '3.2', hosting: 'on-premises' },
    dataCategories: ['personal'],
    peopleAffected: 'Policyholders',
    humanOversight: 'human-in-the-loop',
    integrationPoints: [],
    stage: 'proof-of-concept',
    stageEnteredAt: at(2),
    createdAt: at(2),
    updatedAt: at(2),
    classification: null,
    businessCase: EMPTY_BUSINESS_CASE,
    readiness: EMPTY_READINESS,
  };
  const otherInitiative: Initiative = {
    ...initiative,
    id: id(),
    title: 'Invoice matching',
    businessUnit: 'Finance',
  };

  const files = new Map<string, Uint8Array>();
  const addEvidence = (
    name: string,
    mediaType: string,
    bytes: Uint8Array,
    extra: Partial<Evidence> = {},
  ): Evidence => {
    const row: Evidence = {
      id: id(),
      initiativeId: initiative.id,
      target: { kind: 'initiative' },
      name,
      description: '',
      mediaType,
      bytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
      addedBy: manager.id,
      addedAt: at(10),
      version: 1,
      replaces: null,
      replacedBy: null,
      withdrawal: null,
      ...extra,
    };
    files.set(row.id, bytes);
    return row;
  };
  // Large enough to arrive in several chunks.
  const dpiaBytes = strToU8(`%PDF-1.7\n${'Data protection impact assessment. '.repeat(6000)}`);
  const dpia = addEvidence('DPIA (final).pdf', 'application/pdf', dpiaBytes);
  const planV1 = addEvidence('Test plan.md', 'text/markdown', strToU8('# Test plan\nDraft.\n'));
  const planV2 = addEvidence('Test plan.md', 'text/markdown', strToU8('# Test plan\nFinal.\n'), {
    version: 2,
    replaces: planV1.id,
  });
  planV1.replacedBy = planV2.id;
  const withdrawn = addEvidence('Old contract.txt', 'text/plain', strToU8('Superseded terms.'), {
    withdrawal: { by: manager.id, at: at(20), reason: 'Signed in error' },
  });
  const evidence = [dpia, planV1, planV2, withdrawn];

  const risk: Risk = {
    id: id(),
    initiativeId: initiative.id,
    title: 'A rare claim is misrouted',
    description: 'A claim unlike the training data waits in the wrong queue.',
    category: 'evaluation',
    ownerId: manager.id,
    cause: '',
    consequence: '',
    inherent: { likelihood: 4, impact: 4 },
    residual: { likelihood: 4, impact: 3 },
    treatment: 'accept',
    controls: [
      {
        id: id(),
        description: 'A handler reviews low-confidence routings',
        ownerId: manager.id,
        dueDate: null,
        status: 'in-place',
      },
    ],
    linkedItems: [],
    templateId: null,
    lastReviewedAt: at(5),
    acceptance: null,
    createdAt: at(5),
    updatedAt: at(5),
  };
  const expiresOn = '2027-01-05';
  risk.acceptance = {
    signature: sign(secretOf(compliance), compliance, {
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
      signedAt: signedAt(30),
    }),
    expiresOn,
    acceptedAt: at(30),
    residual: risk.residual,
  };
  const risks = [risk];

  const [enterPilot, goLive] = DEFAULT_GATE_TEMPLATES;
  if (!enterPilot || !goLive) throw new Error('No gate templates.');
  const gate = (template: typeof enterPilot, minute: number): Gate => ({
    id: id(),
    initiativeId: initiative.id,
    template,
    openedBy: manager.id,
    openedAt: at(minute),
    note: '',
    withdrawal: null,
    override: null,
    usedAt: null,
  });
  const pilotGate = gate(enterPilot, 40);
  const liveGate = gate(goLive, 41);
  const justification = 'The pilot is limited to one branch while the review completes.';
  liveGate.override = {
    by: admin.id,
    at: at(60),
    justification,
    signature: sign(secretOf(admin), admin, {
      recordKind: GATE_OVERRIDE_RECORD_KIND,
      recordId: liveGate.id,
      contentHash: hashCanonical(overrideContent(liveGate, justification)),
      meaning: 'responsibility',
      signedAt: signedAt(60),
    }),
  };
  const gates = [pilotGate, liveGate];

  const [requirement] = resolveRequirements(enterPilot, null);
  if (!requirement) throw new Error('The template has no requirements.');
  const state = reviewedState(initiative, risks);
  const signoffId = id();
  const content = {
    function: requirement.function,
    decision: 'approve' as const,
    answers: requirement.items.map((item) => ({
      itemId: item.id,
      answer: 'met' as const,
      note: '',
      evidence: '',
    })),
    comment: 'Reviewed against the DPIA and the final test plan.',
    conditions: [],
    evidence: [
      { id: dpia.id, sha256: dpia.sha256 },
      { id: planV2.id, sha256: planV2.sha256 },
    ],
    gateId: pilotGate.id,
    initiativeId: initiative.id,
    templateId: enterPilot.id,
    templateVersion: enterPilot.version,
    reviewedStateHash: reviewedStateHash(state),
  };
  const signoffs: Signoff[] = [
    {
      ...content,
      id: signoffId,
      reviewerId: legal.id,
      reviewedState: state,
      signature: sign(secretOf(legal), legal, {
        recordKind: SIGNOFF_RECORD_KIND,
        recordId: signoffId,
        contentHash: signoffContentHash(content),
        meaning: 'approval',
        signedAt: signedAt(50),
      }),
      recordedAt: at(50),
      closures: {},
    },
  ];

  const snapshot = (value: unknown) => JSON.parse(JSON.stringify(value)) as JsonValue;
  const events: AuditEvent[] = [];
  const record = (
    actor: Member,
    action: string,
    entity: AuditEvent['entity'],
    entityId: string,
    after: unknown,
  ) => {
    const last = events.at(-1);
    events.push(
      sealEvent({
        seq: events.length + 1,
        at: at(100 + events.length),
        actor: actor.id,
        action,
        entity,
        entityId,
        before: null,
        after: snapshot(after),
        reason: null,
        prevHash: last?.hash ?? GENESIS_HASH,
      }),
    );
  };
  for (const member of members) record(admin, 'member.create', 'member', member.id, member);
  record(manager, 'initiative.create', 'initiative', initiative.id, initiative);
  record(manager, 'initiative.create', 'initiative', otherInitiative.id, otherInitiative);
  for (const g of gates) record(manager, 'gate.open', 'gate', g.id, g);
  for (const row of evidence) record(manager, 'evidence.add', 'evidence', row.id, row);
  record(manager, 'initiative.update', 'initiative', otherInitiative.id, otherInitiative);
  record(manager, 'risk.create', 'risk', risk.id, risk);
  record(legal, 'signoff.record', 'signoff', signoffId, signoffs[0]);
  record(manager, 'initiative.update', 'initiative', otherInitiative.id, otherInitiative);
  record(compliance, 'risk.accept', 'risk', risk.id, risk);
  record(admin, 'gate.override', 'gate', liveGate.id, liveGate);

  return {
    workspace,
    members,
    secrets,
    initiative,
    otherInitiative,
    gates,
    signoffs,
    risks,
    evidence,
    files,
    events,
    exporter: admin,
    pack: { name: 'claims-triage-assistant-pack-v1-2026-01-05.docx', bytes: fakeDocx() },
  };
}

function sign(
  secret: Uint8Array,
  member: Pick<Member, 'id' | 'name' | 'keys'>,
  record: Omit<SignaturePayload, 'signerId' | 'printedName' | 'keyFingerprint'>,
): ElectronicSignature {
  const [key] = member.keys;
  if (!key) throw new Error(`${member.name} has no key.`);
  return signPayload(secret, {
    ...record,
    signerId: member.id,
    printedName: member.name,
    keyFingerprint: key.fingerprint,
  });
}

/** Stands in for the pack: the bundle treats it as opaque bytes. */
function fakeDocx(): Uint8Array {
  return strToU8(`PK\u0003\u0004 a Word document ${'x'.repeat(3000)}`);
}

/** A file's bytes in chunks of `size`, as the evidence store streams them. */
export async function* chunked(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) {
    await Promise.resolve();
    yield bytes.slice(offset, offset + size);
  }
}

/** What the export screen would pass: the fixture's initiative, with its own events or the whole chain. */
export function fixtureContent(
  fixture: BundleFixture,
  scope: BundleContent['auditScope'] = 'initiative',
): BundleContent {
  const records = {
    initiative: fixture.initiative,
    gates: fixture.gates,
    signoffs: fixture.signoffs,
    risks: fixture.risks,
    evidence: fixture.evidence,
  };
  const ids = initiativeRecordIds(records, fixture.initiative.id);
  const events =
    scope === 'workspace'
      ? fixture.events
      : fixture.events.filter((event) => isInitiativeEvent(event, ids));
  const head = fixture.events.at(-1);
  const evidenceFiles: EvidenceFileSource[] = fixture.evidence.map((row) => ({
    evidence: row,
    read: () => chunked(fixture.files.get(row.id) ?? new Uint8Array(0)),
  }));
  return {
    bundleId: FIXTURE_BUNDLE_ID,
    appVersion: '0.1.0-test',
    createdAt: at(200),
    workspace: fixture.workspace,
    marking: 'Confidential',
    exportedBy: { memberId: fixture.exporter.id, name: fixture.exporter.name },
    chainHead: head ? { seq: head.seq, hash: head.hash } : null,
    auditScope: scope,
    records,
    members: fixture.members,
    events,
    eventCount: events.length,
    pack: fixture.pack,
    evidenceFiles,
  };
}

/** The exporter's signature over a manifest hash, as the signing dialog would make it. */
export function fixtureSignature(
  fixture: BundleFixture,
  manifestSha256: string,
  bundleId = FIXTURE_BUNDLE_ID,
): ElectronicSignature {
  const secret = fixture.secrets.get(fixture.exporter.id) ?? new Uint8Array(32);
  return sign(secret, fixture.exporter, {
    recordKind: MANIFEST_RECORD_KIND,
    recordId: bundleId,
    contentHash: manifestSha256,
    meaning: 'responsibility',
    signedAt: signedAt(200),
  });
}

export function fixtureSigner(fixture: BundleFixture): WriteBundleOptions['sign'] {
  return (manifestSha256) => Promise.resolve(fixtureSignature(fixture, manifestSha256));
}
