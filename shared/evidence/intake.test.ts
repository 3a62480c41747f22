import { describe, expect, it } from 'vitest';
import { sanitiseFileName } from './fileName';
import { DEFAULT_EVIDENCE_TYPES } from './fileTypes';
import { checkEvidenceFile, evidenceBudgetProblem } from './intake';

const policy = { evidenceMaxMegabytes: 1, evidenceTypes: DEFAULT_EVIDENCE_TYPES };
const text = (s: string) => new TextEncoder().encode(s);
const PDF = text('%PDF-1.7\n...');

describe('sanitiseFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\ana\\DPIA v2.pdf', 'DPIA v2.pdf'],
    ['  threat\tmodel .pdf  ', 'threat model .pdf'],
    ['bad:name*?.txt', 'bad_name__.txt'],
    ['.hidden.txt', 'hidden.txt'],
    ['report.pdf. ', 'report.pdf'],
    ['CON.txt', '_CON.txt'],
    ['nul', '_nul'],
    ['\u0000\u0007', ''],
    ['...', ''],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['re\u200Bport.pdf', 'report.pdf'],
  ])('%j becomes %j', (input, expected) => {
    expect(sanitiseFileName(input)).toBe(expected);
  });

  it('shortens long names and keeps the extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('checkEvidenceFile', () => {
  it('accepts a real PDF and names its media type from the extension', () => {
    expect(checkEvidenceFile('dir/DPIA.PDF', PDF, policy)).toEqual({
      ok: true,
      name: 'DPIA.PDF',
      mediaType: 'application/pdf',
      typeId: 'pdf',
    });
  });

  it('accepts UTF-8 text', () => {
    expect(checkEvidenceFile('notes.md', text('# Résumé ✓'), policy)).toMatchObject({
      ok: true,
      mediaType: 'text/markdown',
    });
  });

  it('refuses a file over the cap, saying the cap', () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PDF);
    const result = checkEvidenceFile('big.pdf', big, policy);
    expect(result).toEqual({
      ok: false,
      message: '“big.pdf” is 1 MB; this workspace accepts evidence files of up to 1 MB.',
    });
  });

  it('refuses a type the workspace does not allow, listing what it does', () => {
    const result = checkEvidenceFile('photo.png', text('x'), {
      evidenceMaxMegabytes: 5,
      evidenceTypes: ['pdf', 'text'],
    });
    expect(result).toEqual({
      ok: false,
      message:
        '“photo.png” is not a file type this workspace accepts as evidence. Accepted: PDF, Plain text.',
    });
  });

  it('refuses unknown extensions and files without one', () => {
    expect(checkEvidenceFile('setup.exe', text('MZ'), policy).ok).toBe(false);
    expect(checkEvidenceFile('README', text('hello'), policy).ok).toBe(false);
  });

  it('refuses a file whose contents do not match its extension', () => {
    const result = checkEvidenceFile('fake.pdf', text('<html>'), policy);
    expect(result.ok ? '' : result.message).toContain(
      'is named as a PDF but its contents are not one',
    );
    expect(checkEvidenceFile('fake.docx', PDF, policy).ok).toBe(false);
  });

  it('refuses binary content named as text, and empty files', () => {
    expect(checkEvidenceFile('x.txt', new Uint8Array([0xff, 0xfe, 0x00]), policy).ok).toBe(false);
    expect(checkEvidenceFile('x.txt', text('a\u0000b'), policy).ok).toBe(false);
    expect(checkEvidenceFile('x.txt', new Uint8Array(), policy)).toEqual({
      ok: false,
      message: '“x.txt” is empty.',
    });
  });
});

describe('evidenceBudgetProblem', () => {
  it('accepts files while the workspace total fits the budget, and says why when it would not', () => {
    expect(evidenceBudgetProblem(60, 40, 100)).toBeNull();
    expect(evidenceBudgetProblem(60, 41, 100)).toMatch(
      /holds 60 bytes of evidence; with this file it would pass the 100 bytes a backup can carry/,
    );
  });
});
