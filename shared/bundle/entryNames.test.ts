import { describe, expect, it } from 'vitest';
import { packPath, safeEntryName } from './entryNames';

describe('safeEntryName', () => {
  it.each([
    ['DPIA (final).pdf', 'DPIA (final).pdf'],
    ['Prüfbericht – Modell.pdf', 'Prüfbericht – Modell.pdf'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['C:\\Windows\\evil.exe', 'C__Windows_evil.exe'],
    ['a<b>c:"d"|e?f*.txt', 'a_b_c__d__e_f_.txt'],
    ['tab\there\u0000.txt', 'tab_here_.txt'],
    ['  .hidden.  ', 'hidden'],
    ['..', 'file'],
    ['', 'file'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
  ])('%j becomes %j', (name, safe) => {
    expect(safeEntryName(name)).toBe(safe);
  });

  it('shortens long names but keeps their extension', () => {
    const safe = safeEntryName(`${'a'.repeat(300)}.docx`);
    expect(safe).toHaveLength(120);
    expect(safe.endsWith('.docx')).toBe(true);
  });

  it('puts the pack in pack/ with a .docx ending', () => {
    expect(packPath('claims-pack-v1.docx')).toBe('pack/claims-pack-v1.docx');
    expect(packPath('../x.DOCX')).toBe('pack/_x.docx');
    expect(packPath('')).toBe('pack/pack.docx');
  });
});
