import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './defaultTemplates';
import type { Gate } from './gate';
import type { GateStatus } from './outcome';
import { gateForStageChange } from './stageRule';

function gate(templateId: string, usedAt: string | null = null): Gate {
  return {
    id: `${templateId}-${String(usedAt)}`,
    initiativeId: '00000000-0000-4000-8000-000000000001',
    template: defaultTemplate(templateId)!,
    openedBy: '00000000-0000-4000-8000-0000000000bb',
    openedAt: '2026-11-01T09:00:00.000Z',
    note: '',
    withdrawal: null,
    override: null,
    usedAt,
  };
}
const entry = (g: Gate, status: GateStatus) => ({ gate: g, status });

describe('gateForStageChange', () => {
  it('needs no gate for stages that are not gated', () => {
    expect(gateForStageChange('idea', 'proof-of-concept', [])).toEqual({ ok: true, gate: null });
    expect(gateForStageChange('production', 'retired', [])).toEqual({ ok: true, gate: null });
  });

  it('lets a passed or overridden gate of the matching stage through', () => {
    const pilot = gate('enter-pilot');
    expect(gateForStageChange('proof-of-concept', 'pilot', [entry(pilot, 'passed')])).toEqual({
      ok: true,
      gate: pilot,
    });
    expect(gateForStageChange('proof-of-concept', 'pilot', [entry(pilot, 'overridden')])).toEqual({
      ok: true,
      gate: pilot,
    });
  });

  it('refuses with the open gate’s status, or says a review is needed', () => {
    const pilot = gate('enter-pilot');
    const refused = gateForStageChange('proof-of-concept', 'pilot', [
      entry(pilot, 'changes-requested'),
    ]);
    expect(refused).toEqual({
      ok: false,
      message:
        'Moving to Pilot needs the “Enter pilot” gate to pass first; it is changes requested.',
    });
    expect(gateForStageChange('pilot', 'production', [entry(pilot, 'passed')])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/needs a passed gate review/) as unknown,
    });
  });

  it('opens the way only from the gate’s own starting stages', () => {
    const goLive = gate('go-live');
    const skipped = gateForStageChange('proof-of-concept', 'production', [entry(goLive, 'passed')]);
    expect(skipped).toMatchObject({ ok: false });
    expect(gateForStageChange('pilot', 'production', [entry(goLive, 'passed')])).toEqual({
      ok: true,
      gate: goLive,
    });
  });

  it('never reuses a gate that already carried the initiative', () => {
    const used = gate('enter-pilot', '2026-11-05T09:00:00.000Z');
    expect(gateForStageChange('proof-of-concept', 'pilot', [entry(used, 'passed')]).ok).toBe(false);
  });
});
