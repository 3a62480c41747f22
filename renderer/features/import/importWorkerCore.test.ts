import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_MAPPING } from '../../../shared/import/mapping';
import { makeTestWorkspace } from '../../test/testWorkspace';
import { CountersignDb } from '../../db/database';
import { createInitiative } from '../../db/commands/createInitiative';
import { execute } from '../../db/commands/defineCommand';
import { importInitiatives } from '../../db/commands/importInitiatives';
import { createImportWorkerCore } from './importWorkerCore';
import type { ImportRequest, ImportResponse } from './importWorkerProtocol';

let open: CountersignDb[] = [];
afterEach(async () => {
  await Promise.all(open.map((db) => db.delete()));
  open = [];
});

function harness() {
  const core = createImportWorkerCore({
    decodeUtf8: (bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    openDb: (name) => new CountersignDb(name),
  });
  return async (request: ImportRequest) => {
    const replies: ImportResponse[] = [];
    await core.receive(request, (message) => replies.push(message));
    return replies;
  };
}

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));

describe('import worker', () => {
  it('reads a file, then previews it against the workspace; the rows import as one command', async () => {
    const ws = await makeTestWorkspace();
    open.push(ws.db);
    const pm = ws.byRole['program-manager'];
    await execute(
      ws.db,
      createInitiative,
      { title: 'Existing bot', businessUnit: 'Ops', ownerId: pm, aiSystemType: 'other' },
      { memberId: pm },
    );
    const send = harness();

    const parsed = await send({
      type: 'parse',
      name: 'inventory.csv',
      data: csv([
        'Title,Unit,Owner,Type,Stage',
        'Invoice matching,Finance,program-manager@example.test,Classical ML,Pilot',
        'Existing bot,Ops,Member program-manager,Other,',
        'Chat helper,Support,Member program-manager,Generative / LLM,Scaling',
      ]),
    });
    expect(parsed).toEqual([
      { type: 'progress', message: 'Reading file…' },
      {
        type: 'parsed',
        file: expect.objectContaining({
          name: 'inventory.csv',
          kind: 'csv',
          headers: ['Title', 'Unit', 'Owner', 'Type', 'Stage'],
          rowCount: 3,
        }) as unknown,
      },
    ]);
    const file = parsed[1]?.type === 'parsed' ? parsed[1].file : null;
    expect(file?.suggestedMapping).toMatchObject({
      title: 0,
      businessUnit: 1,
      owner: 2,
      aiSystemType: 3,
      stage: 4,
    });

    const replies = await send({
      type: 'preview',
      id: 7,
      dbName: ws.db.name,
      mapping: file!.suggestedMapping,
      defaultOwnerId: null,
    });
    const last = replies.at(-1);
    if (last?.type !== 'preview')
      throw new Error(`expected a preview, got ${JSON.stringify(last)}`);
    expect(last.id).toBe(7);
    expect(last.preview.invalidCount).toBe(2);
    expect(last.preview.rows).toEqual([
      {
        rowNumber: 2,
        title: 'Invoice matching',
        businessUnit: 'Finance',
        owner: 'Member program-manager',
        stage: 'Pilot',
        errors: [],
      },
      expect.objectContaining({
        rowNumber: 3,
        errors: [
          'Row 3, column Title: an initiative titled “Existing bot” is already registered in this workspace.',
        ],
      }),
      expect.objectContaining({
        rowNumber: 4,
        stage: 'Scaling',
        errors: [expect.stringMatching(/^Row 4, column Stage: “Scaling” is not a lifecycle stage/)],
      }),
    ]);

    const result = await execute(
      ws.db,
      importInitiatives,
      { fileName: 'inventory.csv', initiatives: last.preview.valid },
      { memberId: pm },
    );
    expect(result.imported).toBe(1);
    const titles = (await ws.db.initiatives.toArray()).map((i) => i.title).sort();
    expect(titles).toEqual(['Existing bot', 'Invoice matching']);
  });

  it('reports a bad file as a clear failure', async () => {
    const send = harness();
    expect(
      await send({ type: 'parse', name: 'latin1.csv', data: new Uint8Array([0x43, 0x61, 0xe9]) }),
    ).toEqual([
      { type: 'progress', message: 'Reading file…' },
      {
        type: 'failed',
        message: 'The file is not UTF-8 text. Save it as CSV UTF-8 and try again.',
      },
    ]);
    // The failed file left nothing behind to preview.
    expect(
      await send({
        type: 'preview',
        id: 1,
        dbName: 'unused',
        mapping: { ...EMPTY_MAPPING, title: 0 },
        defaultOwnerId: null,
      }),
    ).toEqual([{ type: 'failed', message: 'Choose a file to import first.' }]);
  });
});
