import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture's boundaries are lint rules; this proves the rules fire.
 * Code is linted as if it lived at the given path, with the real config.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  // Probe files do not exist on disk, so they lint without type information.
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false } } },
  ],
});

async function ruleHits(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('lint boundaries', () => {
  it.each([
    [
      "import { app } from 'electron';\nexport const x = app;\n",
      'no-restricted-imports',
      /must not import Electron/,
    ],
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'no-restricted-imports',
      /Node modules/,
    ],
    [
      "import { join } from 'path';\nexport const x = join;\n",
      'no-restricted-imports',
      /Node modules/,
    ],
    [
      'export const x = (): number => document.title.length;\n',
      'no-restricted-globals',
      /pure TypeScript/,
    ],
    [
      "export const x = (): string | null => localStorage.getItem('a');\n",
      'no-restricted-globals',
      /pure TypeScript/,
    ],
  ])('shared/ refuses %s', async (code, rule, message) => {
    const hits = await ruleHits(code, 'shared/domain/boundaryProbe.ts');
    expect(hits.some((hit) => hit.startsWith(`${rule}:`) && message.test(hit))).toBe(true);
  });

  it('shared/ accepts pure code', async () => {
    expect(
      await ruleHits(
        'export const twice = (n: number): number => n * 2;\n',
        'shared/domain/boundaryProbe.ts',
      ),
    ).toEqual([]);
  });

  it('renderer/ may not import the main process', async () => {
    const hits = await ruleHits(
      "import { setupIpc } from '../../electron/ipc/register';\nexport const x = setupIpc;\n",
      'renderer/features/boundaryProbe.ts',
    );
    expect(
      hits.some(
        (hit) =>
          hit.startsWith('no-restricted-imports:') && /must not import `electron\/`/.test(hit),
      ),
    ).toBe(true);
  });

  it('renderer/ may not import electron itself', async () => {
    const hits = await ruleHits(
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      'renderer/features/boundaryProbe.ts',
    );
    expect(hits.some((hit) => /only through the bridge/.test(hit))).toBe(true);
  });
});
