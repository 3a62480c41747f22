import type { FileChild } from 'docx';
import type { Appendix } from '../model';
import { bullets, para, type Layout } from './blocks';

export function appendixPart(appendix: Appendix, contentHash: string, n: Layout): FileChild[] {
  return [
    n.h1('Appendix: how to verify this pack'),
    para(appendix.intro),
    n.h2('Signers and their public keys'),
    appendix.signers.length === 0
      ? para('Nothing in this pack is signed.')
      : n.table(
          'portrait',
          [
            { header: 'Signer', weight: 2.2 },
            { header: 'Key fingerprint (SHA-256 of the public key)', weight: 3.4 },
            { header: 'Ed25519 public key (hex)', weight: 3.4 },
            { header: 'In use', weight: 2.2 },
          ],
          appendix.signers.flatMap((s) =>
            s.keys.map((k, i) => [
              i === 0 ? `${s.name}\n${s.email}\n${s.signed} in this pack` : '',
              `${k.fingerprint}\n${k.fingerprintHex}`,
              k.publicKey,
              k.inUse,
            ]),
          ),
        ),
    n.h2('Hashes'),
    n.fieldTable('portrait', [
      ...appendix.hashes,
      { label: 'Pack content hash (SHA-256)', value: contentHash },
    ]),
    n.h2('Command-line verification'),
    para(
      'Countersign’s command-line tool runs the same verification code as the app, on any machine with Node.js, from a checkout of Countersign (run npm install once):',
    ),
    n.table(
      'portrait',
      [
        { header: 'Command', weight: 4 },
        { header: 'What it checks', weight: 6 },
      ],
      appendix.commands.map((c) => [c.command, c.explanation]),
    ),
    n.h2('Verifying by hand'),
    ...bullets(appendix.steps),
  ];
}
