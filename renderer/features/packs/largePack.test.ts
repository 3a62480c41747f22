import { describe, expect, it } from 'vitest';
import { generatePack } from '../../../shared/pack/generatePack';
import { INITIATIVE_SECTIONS } from '../../../shared/pack/sections';
import { CONTEXT } from './testing/samplePack';
import { syntheticPackSource } from '../../../shared/pack/testing/syntheticSource';
import { docxParts, parseXml, walk } from './testing/docxXml';

// Not a timed test (the budget is measured by the benchmark): it proves the
// budget's workload builds completely and reads back.
describe('a pack of the budget’s workload: 200 risks and 5,000 audit events', () => {
  it('builds, with every risk and event in it, and reads back as well-formed XML', async () => {
    const source = syntheticPackSource();
    expect(source.chain.ok).toBe(true);
    const initiativeId = source.initiatives[0]!.id;
    const pack = await generatePack(source, {
      request: {
        kind: 'initiative',
        initiativeId,
        sections: [...INITIATIVE_SECTIONS],
        auditFrom: null,
        auditTo: null,
      },
      context: CONTEXT,
    });
    const { model } = pack.built;
    if (model.meta.kind !== 'initiative' || !('risks' in model))
      throw new Error('not an initiative pack');
    expect(model.risks!.rows).toHaveLength(200);
    expect(model.risks!.controls).toHaveLength(400);
    expect(model.audit!.events).toHaveLength(5000);
    expect(model.gates!.gates.flatMap((g) => g.signoffs).every((s) => s.verification.ok)).toBe(
      true,
    );
    const document = parseXml(docxParts(pack.bytes).get('word/document.xml')!);
    const rows = [...walk(document)].filter((n) => n.name === 'w:tr').length;
    expect(rows).toBeGreaterThan(5600);
  }, 60_000);
});
