import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import type { AppInfo } from '../../shared/ipc/contract';
import { BackupNotFoundError } from '../backups/backupStore';
import { FileTooLargeError } from './fileSystem';
import { createIpcHandlers, UNTRUSTED_SENDER_ERROR } from './handlers';
import type { IpcDeps } from './handlers';
import type { IpcSender } from './senderCheck';

const APP: IpcSender = { frameUrl: 'app://countersign/index.html', isMainFrame: true };

const INFO: AppInfo = {
  name: 'Countersign',
  version: '1.2.3',
  platform: 'linux',
  paths: {
    userData: '/home/ada/.config/Countersign',
    backups: '/home/ada/.config/Countersign/backups',
    documents: '/home/ada/Documents',
  },
};

function fakeDeps() {
  return {
    showSaveDialog: vi.fn<IpcDeps['showSaveDialog']>(() =>
      Promise.resolve('/home/ada/Documents/pack.docx'),
    ),
    showOpenDialog: vi.fn<IpcDeps['showOpenDialog']>(() =>
      Promise.resolve('/home/ada/Documents/import.json'),
    ),
    writeFile: vi.fn<IpcDeps['writeFile']>(() => Promise.resolve()),
    stat: vi.fn<IpcDeps['stat']>(() => Promise.resolve({ size: 3, isFile: true })),
    readFile: vi.fn<IpcDeps['readFile']>(() => Promise.resolve(new Uint8Array([1, 2, 3]))),
    getAppInfo: vi.fn<IpcDeps['getAppInfo']>(() => INFO),
    backups: {
      write: vi.fn<IpcDeps['backups']['write']>((workspaceId, data) =>
        Promise.resolve({
          name: STORED.name,
          workspaceId,
          createdAt: STORED.createdAt,
          bytes: data.byteLength,
        }),
      ),
      list: vi.fn<IpcDeps['backups']['list']>(() => Promise.resolve([STORED])),
      read: vi.fn<IpcDeps['backups']['read']>(() => Promise.resolve(new Uint8Array([0x50, 0x4b]))),
    },
  };
}

const WORKSPACE_ID = '6d2c1c7e-6a43-4c55-9f0e-7d3f3f1b2a10';
const STORED = {
  name: `${WORKSPACE_ID}_20260301T091500123Z.csbackup`,
  workspaceId: WORKSPACE_ID,
  createdAt: '2026-03-01T09:15:00.123Z',
  bytes: 2,
};

let deps: ReturnType<typeof fakeDeps>;
let handlers: ReturnType<typeof createIpcHandlers>;

beforeEach(() => {
  deps = fakeDeps();
  handlers = createIpcHandlers(deps);
});

function expectNoDependencyCalled(): void {
  const { backups, ...rest } = deps;
  for (const dependency of [...Object.values(rest), ...Object.values(backups)]) {
    expect(dependency).not.toHaveBeenCalled();
  }
}

const validSave = () => ({ suggestedName: 'pack.docx', data: new Uint8Array([1, 2, 3]) });

describe('sender check', () => {
  const foreign: [string, IpcSender][] = [
    ['another origin', { frameUrl: 'https://example.com/', isMainFrame: true }],
    ['a file:// page', { frameUrl: 'file:///opt/Countersign/index.html', isMainFrame: true }],
    ['a subframe', { frameUrl: 'app://countersign/index.html', isMainFrame: false }],
    ['a missing frame', { frameUrl: undefined, isMainFrame: false }],
  ];

  it.each(foreign)('refuses saveFile from %s', async (_label, sender) => {
    expect(await handlers.saveFile(sender, validSave())).toEqual({
      ok: false,
      error: UNTRUSTED_SENDER_ERROR,
    });
    expectNoDependencyCalled();
  });

  it.each(foreign)('refuses openFile from %s', async (_label, sender) => {
    expect(await handlers.openFile(sender, {})).toEqual({
      ok: false,
      error: UNTRUSTED_SENDER_ERROR,
    });
    expectNoDependencyCalled();
  });

  it.each(foreign)('refuses appInfo from %s', async (_label, sender) => {
    expect(await handlers.appInfo(sender, undefined)).toEqual({
      ok: false,
      error: UNTRUSTED_SENDER_ERROR,
    });
    expectNoDependencyCalled();
  });
});

describe('saveFile', () => {
  it('asks where to save, writes the bytes and reports the path', async () => {
    const filters = [{ name: 'Word document', extensions: ['docx'] }];
    const result = await handlers.saveFile(APP, { ...validSave(), filters });
    expect(result).toEqual({
      ok: true,
      value: { saved: true, path: '/home/ada/Documents/pack.docx' },
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ suggestedName: 'pack.docx', filters });
    expect(deps.writeFile).toHaveBeenCalledWith(
      '/home/ada/Documents/pack.docx',
      new Uint8Array([1, 2, 3]),
    );
  });

  it('defaults filters to none', async () => {
    await handlers.saveFile(APP, validSave());
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ suggestedName: 'pack.docx', filters: [] });
  });

  it('reports a cancelled dialog as not saved and writes nothing', async () => {
    deps.showSaveDialog.mockResolvedValue(undefined);
    expect(await handlers.saveFile(APP, validSave())).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    [
      'no payload',
      undefined,
      'The save request was rejected: expected object, received undefined.',
    ],
    ['null', null, 'The save request was rejected: expected object, received null.'],
    ['an array', [validSave()], 'The save request was rejected: expected object, received array.'],
    [
      'a name that is not a string',
      { suggestedName: 42, data: new Uint8Array(1) },
      'The save request was rejected (suggestedName): expected string, received number.',
    ],
    [
      'a missing name',
      { data: new Uint8Array(1) },
      'The save request was rejected (suggestedName): expected string, received undefined.',
    ],
    [
      'text instead of bytes',
      { suggestedName: 'a.txt', data: 'hello' },
      'The save request was rejected (data): File contents must be bytes.',
    ],
    [
      'plain numbers instead of bytes',
      { suggestedName: 'a.txt', data: [1, 2, 3] },
      'The save request was rejected (data): File contents must be bytes.',
    ],
    [
      'an unknown key',
      { ...validSave(), overwrite: true },
      'The save request was rejected: unexpected field "overwrite".',
    ],
    [
      'an empty name',
      { suggestedName: '   ', data: new Uint8Array(1) },
      'The save request was rejected (suggestedName): A file name is required.',
    ],
    [
      'a bad filter extension',
      { ...validSave(), filters: [{ name: 'Docs', extensions: ['do.cx'] }] },
      'The save request was rejected (filters[0].extensions[0]): Extensions are letters and digits only.',
    ],
    [
      'a filter with an extra key',
      { ...validSave(), filters: [{ name: 'Docs', extensions: ['docx'], path: '/etc' }] },
      'The save request was rejected (filters[0]): unexpected field "path".',
    ],
  ])('rejects %s with a clear message and touches nothing', async (_label, payload, error) => {
    expect(await handlers.saveFile(APP, payload)).toEqual({ ok: false, error });
    expectNoDependencyCalled();
  });

  it.each([
    '../../.bashrc',
    '/etc/passwd',
    'reports/pack.docx',
    'C:\\Windows\\win.ini',
    'C:pack.docx',
    '..',
    'pack\u0000.docx',
    'pack\n.docx',
    'a'.repeat(201),
  ])('rejects the path-like or unsafe file name %j', async (suggestedName) => {
    const result = await handlers.saveFile(APP, { suggestedName, data: new Uint8Array(1) });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(/^The save request was rejected \(suggestedName\): /);
    expectNoDependencyCalled();
  });

  it('rejects a __proto__ key instead of letting it reach the prototype', async () => {
    const payload = JSON.parse('{"suggestedName":"a.txt","__proto__":{"polluted":true}}') as Record<
      string,
      unknown
    >;
    payload.data = new Uint8Array(1);
    expect(await handlers.saveFile(APP, payload)).toEqual({
      ok: false,
      error: 'The save request was rejected: unexpected field "__proto__".',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectNoDependencyCalled();
  });

  it('rejects data over the size limit', async () => {
    const data = new Uint8Array(1);
    // Pretend to be one byte over the limit without allocating 512 MB.
    Object.defineProperty(data, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(await handlers.saveFile(APP, { suggestedName: 'big.bin', data })).toEqual({
      ok: false,
      error: 'The save request was rejected (data): The file is larger than 512 MB.',
    });
    expectNoDependencyCalled();
  });

  it('turns a failed write into a message', async () => {
    deps.writeFile.mockRejectedValue(
      Object.assign(new Error('ENOSPC: no space'), { code: 'ENOSPC' }),
    );
    expect(await handlers.saveFile(APP, validSave())).toEqual({
      ok: false,
      error: 'Could not save the file: the disk is full.',
    });
  });

  it('turns a failed dialog into a message', async () => {
    deps.showSaveDialog.mockRejectedValue(new Error('dialog crashed'));
    expect(await handlers.saveFile(APP, validSave())).toEqual({
      ok: false,
      error: 'Could not save the file: an unexpected error occurred (dialog crashed).',
    });
  });
});

describe('openFile', () => {
  it('asks which file, checks its size, reads it and returns name and bytes', async () => {
    const filters = [{ name: 'Countersign export', extensions: ['json'] }];
    const result = await handlers.openFile(APP, { filters, maxBytes: 1024 });
    expect(result).toEqual({
      ok: true,
      value: { opened: true, name: 'import.json', data: new Uint8Array([1, 2, 3]) },
    });
    expect(deps.showOpenDialog).toHaveBeenCalledWith({ filters });
    expect(deps.stat).toHaveBeenCalledWith('/home/ada/Documents/import.json');
    expect(deps.readFile).toHaveBeenCalledWith('/home/ada/Documents/import.json', 1024);
  });

  it('defaults the limit to the largest file the bridge carries', async () => {
    await handlers.openFile(APP, {});
    expect(deps.readFile).toHaveBeenCalledWith('/home/ada/Documents/import.json', MAX_FILE_BYTES);
  });

  it('reports a cancelled dialog as not opened and reads nothing', async () => {
    deps.showOpenDialog.mockResolvedValue(undefined);
    expect(await handlers.openFile(APP, {})).toEqual({ ok: true, value: { opened: false } });
    expect(deps.stat).not.toHaveBeenCalled();
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file over the limit before reading it, naming size and limit', async () => {
    deps.stat.mockResolvedValue({ size: 3 * 1024 * 1024, isFile: true });
    expect(await handlers.openFile(APP, { maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      error: 'Could not open "import.json": it is 3 MB, larger than the 1 MB limit.',
    });
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit while being read', async () => {
    deps.readFile.mockRejectedValue(new FileTooLargeError(2048));
    expect(await handlers.openFile(APP, { maxBytes: 2048 })).toEqual({
      ok: false,
      error: 'Could not open the file: it is larger than the 2 KB limit.',
    });
  });

  it('refuses something that is not a regular file', async () => {
    deps.stat.mockResolvedValue({ size: 0, isFile: false });
    expect(await handlers.openFile(APP, {})).toEqual({
      ok: false,
      error: 'Could not open "import.json": it is not a file.',
    });
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a limit over the bridge maximum',
      { maxBytes: MAX_FILE_BYTES + 1 },
      /^The open request was rejected \(maxBytes\): /,
    ],
    ['a fractional limit', { maxBytes: 1.5 }, /^The open request was rejected \(maxBytes\): /],
    ['a negative limit', { maxBytes: -1 }, /^The open request was rejected \(maxBytes\): /],
    ['a limit as text', { maxBytes: '100' }, /^The open request was rejected \(maxBytes\): /],
    ['an unknown key', { path: '/etc/passwd' }, /unexpected field "path"\.$/],
    ['a string payload', '/etc/passwd', /expected object, received string\.$/],
    [
      'too many filters',
      { filters: Array(11).fill({ name: 'x', extensions: ['x'] }) },
      /\(filters\)/,
    ],
  ])('rejects %s and touches nothing', async (_label, payload, error) => {
    const result = await handlers.openFile(APP, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
    expectNoDependencyCalled();
  });

  it('turns a failed read into a message', async () => {
    deps.readFile.mockRejectedValue(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    expect(await handlers.openFile(APP, {})).toEqual({
      ok: false,
      error: 'Could not open the file: permission was denied.',
    });
  });

  it('turns a failed stat into a message', async () => {
    deps.stat.mockRejectedValue(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
    expect(await handlers.openFile(APP, {})).toEqual({
      ok: false,
      error: 'Could not open the file: the file or its folder does not exist.',
    });
  });
});

describe('appInfo', () => {
  it('returns the app details', async () => {
    expect(await handlers.appInfo(APP, undefined)).toEqual({ ok: true, value: INFO });
  });

  it.each([null, {}, 'version', 1])('rejects an argument (%j)', async (payload) => {
    const result = await handlers.appInfo(APP, payload);
    expect(result).toEqual({
      ok: false,
      error: 'The app info request was rejected: it takes no arguments.',
    });
    expectNoDependencyCalled();
  });

  it('turns a failure into a message', async () => {
    deps.getAppInfo.mockImplementation(() => {
      throw new Error('userData unavailable');
    });
    expect(await handlers.appInfo(APP, undefined)).toEqual({
      ok: false,
      error: 'Could not read the app details: an unexpected error occurred (userData unavailable).',
    });
  });
});

describe('automatic backups', () => {
  const foreign: IpcSender = { frameUrl: 'https://example.com/', isMainFrame: true };

  it('refuses every backup call from a foreign sender', async () => {
    expect(
      await handlers.backupsWrite(foreign, {
        workspaceId: WORKSPACE_ID,
        data: new Uint8Array([1]),
      }),
    ).toEqual({
      ok: false,
      error: UNTRUSTED_SENDER_ERROR,
    });
    expect(await handlers.backupsList(foreign, { workspaceId: WORKSPACE_ID })).toMatchObject({
      ok: false,
    });
    expect(await handlers.backupsRead(foreign, { name: STORED.name })).toMatchObject({ ok: false });
    expectNoDependencyCalled();
  });

  it('writes a backup for a workspace and returns what was stored', async () => {
    const data = new Uint8Array([1, 2, 3]);
    expect(await handlers.backupsWrite(APP, { workspaceId: WORKSPACE_ID, data })).toEqual({
      ok: true,
      value: { ...STORED, bytes: 3 },
    });
    expect(deps.backups.write).toHaveBeenCalledWith(WORKSPACE_ID, data);
  });

  it.each([
    ['no workspace id', { data: new Uint8Array([1]) }],
    ['a workspace id that is a path', { workspaceId: '../../etc', data: new Uint8Array([1]) }],
    ['empty data', { workspaceId: WORKSPACE_ID, data: new Uint8Array() }],
    ['data that is not bytes', { workspaceId: WORKSPACE_ID, data: 'PK' }],
    ['an unknown field', { workspaceId: WORKSPACE_ID, data: new Uint8Array([1]), path: '/tmp/x' }],
  ])('rejects a write request with %s', async (_label, payload) => {
    expect(await handlers.backupsWrite(APP, payload)).toMatchObject({ ok: false });
    expectNoDependencyCalled();
  });

  it('lists a workspace’s backups', async () => {
    expect(await handlers.backupsList(APP, { workspaceId: WORKSPACE_ID })).toEqual({
      ok: true,
      value: [STORED],
    });
  });

  it.each([
    ['a path', '../secrets.csbackup'],
    ['an absolute path', '/etc/passwd'],
    ['another extension', `${WORKSPACE_ID}_20260301T091500123Z.json`],
  ])('reads only automatic backups by name, never %s', async (_label, name) => {
    expect(await handlers.backupsRead(APP, { name })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Not an automatic backup') as unknown,
    });
    expectNoDependencyCalled();
  });

  it('reads a backup by its name', async () => {
    expect(await handlers.backupsRead(APP, { name: STORED.name })).toEqual({
      ok: true,
      value: new Uint8Array([0x50, 0x4b]),
    });
  });

  it('says when a backup no longer exists, and turns disk errors into messages', async () => {
    deps.backups.read.mockRejectedValueOnce(new BackupNotFoundError(STORED.name));
    expect(await handlers.backupsRead(APP, { name: STORED.name })).toMatchObject({
      ok: false,
      error: expect.stringContaining('no longer exists') as unknown,
    });
    deps.backups.write.mockRejectedValueOnce(Object.assign(new Error('full'), { code: 'ENOSPC' }));
    expect(
      await handlers.backupsWrite(APP, { workspaceId: WORKSPACE_ID, data: new Uint8Array([1]) }),
    ).toEqual({ ok: false, error: 'Could not write the automatic backup: the disk is full.' });
  });
});
