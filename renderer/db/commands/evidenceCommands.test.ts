import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/domain/workspace';
import { pdfFile, textFile } from '../../test/evidenceFiles';
import { expectRefused } from '../../test/expectRefused';
import { certify, completeDecision, signoff } from '../../test/gateSteps';
import { makeTestWorkspace } from '../../test/testWorkspace';
import type { CountersignDb } from '../database';
import { newId } from '../ids';
import { addEvidence } from './addEvidence';
import { addEvidenceVersion } from './addEvidenceVersion';
import { addRisk } from './addRisk';
import { changeStage } from './changeStage';
import { createInitiative } from './createInitiative';
import { execute } from './defineCommand';
import { openGateReview } from './openGateReview';
import { updateWorkspaceSettings } from './updateWorkspaceSettings';
import { withdrawEvidence } from './withdrawEvidence';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  const ws = await makeTestWorkspace();
  db = ws.db;
  const pm = ws.byRole['program-manager'];
  const create = (title: string) =>
    execute(
      ws.db,
      createInitiative,
      { title, businessUnit: 'Claims', ownerId: pm, aiSystemType: 'classical-ml' },
      { memberId: pm },
    );
  const initiative = await create('Claims triage');
  const other = await create('Other');
  for (const { id } of [initiative, other]) {
    await execute(
      ws.db,
      changeStage,
      { initiativeId: id, stage: 'proof-of-concept', reason: 'Approved for a POC' },
      { memberId: pm },
    );
  }
  const attach = (file = pdfFile(), memberId = pm, target: unknown = { kind: 'initiative' }) =>
    execute(
      ws.db,
      addEvidence,
      { initiativeId: initiative.id, target, file, description: 'DPIA signed by the DPO' },
      { memberId },
    );
  return { ...ws, pm, initiative, other, attach };
}

describe('attaching evidence', () => {
  it('stores the bytes, their SHA-256, size, type, sanitised name, who and when, with an audit event', async () => {
    const { db, pm, initiative, attach } = await setup();
    const file = pdfFile('C:\\share\\DPIA v2.pdf');
    const evidence = await attach(file);
    expect(evidence).toMatchObject({
      initiativeId: initiative.id,
      target: { kind: 'initiative' },
      name: 'DPIA v2.pdf',
      mediaType: 'application/pdf',
      bytes: file.data.byteLength,
      sha256: sha256Hex(file.data),
      addedBy: pm,
      version: 1,
      replaces: null,
      replacedBy: null,
      withdrawal: null,
    });
    const stored = await db.evidenceFiles.get(evidence.id);
    expect(sha256Hex(stored!.data)).toBe(evidence.sha256);
    const event = await db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({
      action: 'evidence.add',
      entity: 'evidence',
      entityId: evidence.id,
    });
    expect(event?.after).toMatchObject({ sha256: evidence.sha256, name: 'DPIA v2.pdf' });
  });

  it('refuses files over the workspace cap or of a refused type, changing nothing', async () => {
    const { db, administrator, attach } = await setup();
    await execute(
      db,
      updateWorkspaceSettings,
      {
        name: 'Test workspace',
        settings: {
          ...DEFAULT_WORKSPACE_SETTINGS,
          evidenceMaxMegabytes: 1,
          evidenceTypes: ['pdf'],
        },
      },
      { memberId: administrator.id },
    );
    const big = new Uint8Array(1024 * 1024 + 10);
    big.set(pdfFile().data);
    await expectRefused(db, () => attach({ name: 'big.pdf', data: big }), /up to 1 MB/, 'invalid');
    await expectRefused(db, () => attach(textFile()), /not a file type this workspace accepts/);
    await expectRefused(
      db,
      () => attach({ name: 'x.pdf', data: new TextEncoder().encode('MZ') }),
      /not one/,
    );
  });

  it('attaches to a risk, a control, a gate review and a checklist item of the same initiative only', async () => {
    const { db, pm, administrator, initiative, other, attach } = await setup();
    const risk = await execute(
      db,
      addRisk,
      {
        initiativeId: initiative.id,
        title: 'Drift',
        category: 'maintenance-and-drift',
        ownerId: pm,
        inherent: { likelihood: 3, impact: 3 },
        residual: { likelihood: 2, impact: 2 },
        treatment: 'mitigate',
        controls: [
          {
            id: newId(),
            description: 'Monthly drift report',
            ownerId: pm,
            dueDate: null,
            status: 'in-place',
          },
        ],
      },
      { memberId: pm },
    );
    const gate = await execute(
      db,
      openGateReview,
      { initiativeId: initiative.id, templateId: 'enter-pilot' },
      { memberId: administrator.id },
    );
    const itemId = gate.template.functions[0]!.items[0]!.id;
    await attach(pdfFile(), pm, { kind: 'risk', riskId: risk.id });
    await attach(pdfFile(), pm, {
      kind: 'control',
      riskId: risk.id,
      controlId: risk.controls[0]!.id,
    });
    await attach(pdfFile(), pm, { kind: 'gate', gateId: gate.id });
    await attach(pdfFile(), pm, { kind: 'checklist-item', gateId: gate.id, itemId });
    expect(await db.evidence.count()).toBe(4);

    await expectRefused(
      db,
      () => attach(pdfFile(), pm, { kind: 'control', riskId: risk.id, controlId: newId() }),
      /control is not on the risk/,
    );
    await expectRefused(
      db,
      () => attach(pdfFile(), pm, { kind: 'checklist-item', gateId: gate.id, itemId: 'nope' }),
      /checklist item is not part/,
    );
    const otherGate = await execute(
      db,
      openGateReview,
      { initiativeId: other.id, templateId: 'enter-pilot' },
      { memberId: administrator.id },
    );
    await expectRefused(
      db,
      () => attach(pdfFile(), pm, { kind: 'gate', gateId: otherGate.id }),
      /not on this initiative/,
    );
  });

  it('is refused to auditors', async () => {
    const { db, byRole, attach } = await setup();
    await expectRefused(
      db,
      () => attach(pdfFile(), byRole.auditor),
      /permission to attach or withdraw evidence/,
      'forbidden',
    );
  });
});

describe('versions and withdrawal', () => {
  it('a new version is a new item linked to the old one; the old keeps its file and hash', async () => {
    const { db, pm, attach } = await setup();
    const first = await attach(pdfFile('DPIA.pdf', 'v1'));
    const second = await execute(
      db,
      addEvidenceVersion,
      { evidenceId: first.id, file: pdfFile('DPIA.pdf', 'v2'), description: '' },
      { memberId: pm },
    );
    expect(second).toMatchObject({
      version: 2,
      replaces: first.id,
      description: 'DPIA signed by the DPO',
    });
    expect(second.sha256).not.toBe(first.sha256);
    const old = await db.evidence.get(first.id);
    expect(old).toMatchObject({ replacedBy: second.id, sha256: first.sha256 });
    expect(sha256Hex((await db.evidenceFiles.get(first.id))!.data)).toBe(first.sha256);
    // Each file's own history says what happened to it.
    const events = await db.auditEvents.orderBy('seq').reverse().limit(2).toArray();
    expect(events.map((e) => [e.action, e.entityId])).toEqual([
      ['evidence.replace', first.id],
      ['evidence.version', second.id],
    ]);
    await expectRefused(
      db,
      () =>
        execute(
          db,
          addEvidenceVersion,
          { evidenceId: first.id, file: pdfFile(), description: '' },
          { memberId: pm },
        ),
      /already has a newer version/,
      'conflict',
    );
  });

  it('withdrawal is recorded with its reason and keeps the hash; only the adder, a PM or an administrator may', async () => {
    const { db, byRole, pm, attach } = await setup();
    const legal = byRole['legal-reviewer'];
    const evidence = await attach(pdfFile(), legal);
    await expectRefused(
      db,
      () =>
        execute(
          db,
          withdrawEvidence,
          { evidenceId: evidence.id, reason: 'Wrong file' },
          { memberId: byRole['security-reviewer'] },
        ),
      /Only whoever attached/,
      'forbidden',
    );
    const withdrawn = await execute(
      db,
      withdrawEvidence,
      { evidenceId: evidence.id, reason: 'Wrong file' },
      { memberId: pm },
    );
    expect(withdrawn.withdrawal).toMatchObject({ by: pm, reason: 'Wrong file' });
    expect(withdrawn.sha256).toBe(evidence.sha256);
    expect(await db.evidenceFiles.get(evidence.id)).toBeDefined();
    const event = await db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({ action: 'evidence.withdraw', reason: 'Wrong file' });
    await expectRefused(
      db,
      () =>
        execute(
          db,
          withdrawEvidence,
          { evidenceId: evidence.id, reason: 'Again' },
          { memberId: pm },
        ),
      /already withdrawn/,
    );
  });
});

describe('sign-offs cite evidence by hash', () => {
  async function gateWithEvidence() {
    const ctx = await setup();
    const gate = await execute(
      ctx.db,
      openGateReview,
      { initiativeId: ctx.initiative.id, templateId: 'enter-pilot' },
      { memberId: ctx.administrator.id },
    );
    const legal = ctx.byRole['legal-reviewer'];
    await certify(ctx.db, legal, ctx.workspace.id);
    const evidence = await ctx.attach(pdfFile(), legal, { kind: 'gate', gateId: gate.id });
    return { ...ctx, gate, legal, evidence };
  }

  it('records the cited hashes inside the signed content', async () => {
    const { db, gate, legal, evidence } = await gateWithEvidence();
    const cited = [{ id: evidence.id, sha256: evidence.sha256 }];
    const recorded = await signoff(
      db,
      legal,
      gate.id,
      await completeDecision(db, gate.id, 'legal', 'approve', { evidence: cited }),
    );
    expect(recorded.evidence).toEqual(cited);
  });

  it('an item that requires evidence takes a file attached to that item, not any file', async () => {
    const { db, gate, legal, evidence, attach } = await gateWithEvidence();
    const decision = await completeDecision(db, gate.id, 'legal');
    const required = decision.answers.find((a) => a.evidence !== '')!;
    const answers = decision.answers.map((a) =>
      a.itemId === required.itemId ? { ...a, evidence: '' } : a,
    );
    const gateFile = [{ id: evidence.id, sha256: evidence.sha256 }];
    await expectRefused(
      db,
      () => signoff(db, legal, gate.id, { ...decision, answers, evidence: gateFile }),
      /requires evidence: say where it is, or attach a file to it/,
    );
    const itemFile = await attach(pdfFile('Contract.pdf'), legal, {
      kind: 'checklist-item',
      gateId: gate.id,
      itemId: required.itemId,
    });
    const recorded = await signoff(db, legal, gate.id, {
      ...decision,
      answers,
      evidence: [{ id: itemFile.id, sha256: itemFile.sha256 }],
    });
    expect(recorded.evidence).toEqual([{ id: itemFile.id, sha256: itemFile.sha256 }]);
  });

  it('refuses a citation whose hash is not the stored file’s, or of replaced, withdrawn or foreign evidence', async () => {
    const { db, pm, gate, legal, evidence, other } = await gateWithEvidence();
    const decide = async (cited: { id: string; sha256: string }[]) =>
      signoff(
        db,
        legal,
        gate.id,
        await completeDecision(db, gate.id, 'legal', 'approve', { evidence: cited }),
      );
    await expectRefused(
      db,
      () => decide([{ id: evidence.id, sha256: 'a'.repeat(64) }]),
      /not the file you cited/,
    );
    await expectRefused(
      db,
      () => decide([{ id: newId(), sha256: evidence.sha256 }]),
      /not part of this initiative/,
    );
    const foreign = await execute(
      db,
      addEvidence,
      { initiativeId: other.id, target: { kind: 'initiative' }, file: pdfFile(), description: '' },
      { memberId: pm },
    );
    await expectRefused(
      db,
      () => decide([{ id: foreign.id, sha256: foreign.sha256 }]),
      /not part of this initiative/,
    );
    await execute(
      db,
      withdrawEvidence,
      { evidenceId: evidence.id, reason: 'Superseded' },
      { memberId: pm },
    );
    await expectRefused(
      db,
      () => decide([{ id: evidence.id, sha256: evidence.sha256 }]),
      /was withdrawn while you were reviewing/,
    );
  });
});
