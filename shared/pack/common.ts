import type { ChainVerdict } from '../audit/verifyChain';
import { formatFingerprint } from '../auth/credential';
import {
  SIGNATURE_MEANING_LABELS,
  isoWithOffset,
  type ElectronicSignature,
} from '../auth/signature';
import type { Member } from '../domain/member';
import { counted, formatInstant, formatSignedAt, localDateOf, offsetLabel } from './format';
import type {
  Appendix,
  ChainSummary,
  Field,
  Manifestation,
  PackMeta,
  PackSectionEntry,
} from './model';
import type { PackSource } from './source';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackSpec } from './spec';

/** What every part of a model needs: the rows, the spec, and "now" as the pack sees it. */
export interface PackScope {
  source: PackSource;
  spec: PackSpec;
  offsetMinutes: number;
  now: Date;
  /** The exporting machine's calendar date at generation, `YYYY-MM-DD`. */
  today: string;
  member: (id: string) => Member | undefined;
  memberName: (id: string) => string;
  /** An instant at the pack's offset. */
  instant: (iso: string, seconds?: boolean) => string;
}

export function packScope(source: PackSource, spec: PackSpec): PackScope {
  const members = new Map(source.members.map((m) => [m.id, m]));
  const offsetMinutes = spec.context.timeZone.offsetMinutes;
  return {
    source,
    spec,
    offsetMinutes,
    now: new Date(spec.context.generatedAt),
    today: localDateOf(spec.context.generatedAt, offsetMinutes),
    member: (id) => members.get(id),
    memberName: (id) => members.get(id)?.name ?? `Unknown member (${id.slice(0, 8)})`,
    instant: (iso, seconds = false) => formatInstant(iso, offsetMinutes, seconds),
  };
}

export function chainSummary(
  chain: ChainVerdict,
  head: { seq: number; hash: string } | null,
): ChainSummary {
  if (chain.ok) {
    return {
      ok: true,
      eventsVerified: chain.count,
      head: chain.head ?? head,
      brokenAt: null,
      text:
        chain.count === 0
          ? 'The audit chain holds no events.'
          : `Verified at export: all ${counted(chain.count, 'event')} of the workspace’s audit chain are intact and in order, from event #1 to the head, event #${String(chain.head?.seq ?? chain.count)}.`,
    };
  }
  return {
    ok: false,
    eventsVerified: chain.count,
    head,
    brokenAt: chain.seq,
    text: `NOT VERIFIED: the audit chain breaks at event #${String(chain.seq)}. ${chain.message} The ${counted(chain.count, 'event')} before it verified; nothing recorded after the break can be relied on without further investigation.`,
  };
}

export function manifestation(signature: ElectronicSignature): Manifestation {
  return {
    printedName: signature.printedName,
    signedAt: formatSignedAt(signature.signedAt),
    meaning: SIGNATURE_MEANING_LABELS[signature.meaning],
  };
}

export function fingerprintText(fingerprint: string): string {
  return formatFingerprint(fingerprint);
}

export function buildMeta(
  scope: PackScope,
  input: {
    kind: PackMeta['kind'];
    title: string;
    subject: string;
    initiative: PackMeta['initiative'];
    sections: PackSectionEntry[];
    filter?: PackMeta['filter'];
  },
): PackMeta {
  const { source, spec } = scope;
  const { context } = spec;
  const chain = chainSummary(source.chain, source.head);
  const seq = source.head?.seq ?? 0;
  const zone = offsetLabel(context.timeZone.offsetMinutes);
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    kind: input.kind,
    title: input.title,
    subject: input.subject,
    workspace: {
      id: source.workspace.id,
      name: source.workspace.name,
      sample: source.workspace.sample,
    },
    initiative: input.initiative,
    documentVersion: String(seq),
    documentVersionText: `Version ${String(seq)}: the workspace as recorded up to audit event #${String(seq)}`,
    generatedAt: isoWithOffset(scope.now, context.timeZone.offsetMinutes),
    generatedAtText: scope.instant(context.generatedAt, true),
    timeZoneText: context.timeZone.name ?? zone,
    preparedBy: context.preparedBy,
    marking: context.marking,
    appVersion: context.appVersion,
    chain,
    sections: input.sections,
    filter: input.filter ?? null,
    spec,
  };
}

/** `2026-11-22 13:05:00 UTC+01:00 (Europe/Brussels)`. */
export function generatedText(meta: PackMeta): string {
  return meta.timeZoneText.startsWith('UTC')
    ? meta.generatedAtText
    : `${meta.generatedAtText} (${meta.timeZoneText})`;
}

/** The document-control facts both packs print. */
export function documentControlFields(meta: PackMeta, contentHash: string): Field[] {
  const head = meta.chain.head;
  return [
    { label: 'Document', value: `${meta.title}: ${meta.subject}` },
    { label: 'Document version', value: meta.documentVersionText },
    { label: 'Generated', value: generatedText(meta) },
    {
      label: 'Prepared by',
      value: meta.preparedBy.title
        ? `${meta.preparedBy.name}, ${meta.preparedBy.title}`
        : meta.preparedBy.name,
    },
    { label: 'Classification marking', value: meta.marking || 'None' },
    ...(meta.filter
      ? meta.filter.fields.map((f) => ({ label: `Filter: ${f.label}`, value: f.value }))
      : []),
    { label: 'Countersign version', value: meta.appVersion },
    {
      label: 'Workspace',
      value: `${meta.workspace.name}${meta.workspace.sample ? ' (sample data)' : ''}`,
    },
    { label: 'Workspace id', value: meta.workspace.id },
    {
      label: 'Audit chain head',
      value: head ? `Event #${String(head.seq)}` : 'No events',
    },
    { label: 'Audit chain head hash (SHA-256)', value: head?.hash ?? 'None' },
    { label: 'Audit chain verification', value: meta.chain.text },
    { label: 'Pack content hash (SHA-256)', value: contentHash },
    {
      label: 'Sections left out at export',
      value:
        meta.sections
          .filter((s) => !s.included)
          .map((s) => s.title)
          .join('; ') || 'None: every section is included',
    },
  ];
}

export const CONTENT_HASH_DEFINITION =
  'The pack content hash is the SHA-256 of the canonical JSON (keys sorted, no insignificant whitespace, UTF-8) of the pack model: everything this document states, as data, before it is laid out in Word. The model includes the options it was built with, which are also stored in this document’s custom properties, so `countersign verify` can rebuild it from a backup of the workspace at the same chain head and compare the hashes.';

/** The appendix both packs end with: signers' keys, the hashes, and how to check them. */
export function buildAppendix(
  scope: PackScope,
  input: {
    kind: PackMeta['kind'];
    signerIds: ReadonlySet<string>;
    signedCounts: ReadonlyMap<string, number>;
    hashes: Field[];
    /** The options after `--portfolio` that rebuild this pack (its filters), if any. */
    portfolioOptions?: string;
  },
): Appendix {
  const signers = [...input.signerIds]
    .map((id) => scope.member(id))
    .filter((m): m is Member => m !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((member) => ({
      name: member.name,
      email: member.email,
      signed: counted(input.signedCounts.get(member.id) ?? 0, 'signature'),
      keys: member.keys.map((key) => ({
        fingerprint: formatFingerprint(key.fingerprint),
        fingerprintHex: key.fingerprint,
        publicKey: key.publicKey,
        inUse:
          key.retiredAt === null
            ? `In use since ${scope.instant(key.createdAt)}`
            : `In use from ${scope.instant(key.createdAt)} until ${scope.instant(key.retiredAt)}${key.retiredReason ? ` (${key.retiredReason})` : ''}`,
      })),
    }));
  const unknown = [...input.signerIds].filter((id) => !scope.member(id));
  const intro =
    'Everything this pack says can be checked without trusting the app that produced it: the audit chain from the backup of the workspace, every signature from the signer’s public key below, and the document itself from its content hash.' +
    (unknown.length > 0
      ? ` ${counted(unknown.length, 'signer is', 'signers are')} not a member of this workspace, so no key can be shown for them; their signatures are reported as not verified.`
      : '');
  return {
    intro,
    signers,
    hashes: input.hashes,
    commands: [
      {
        command: 'npx countersign verify --workspace <workspace backup>.csbackup',
        explanation:
          'Reads a backup of the workspace (Backups → Back up now in the app), refuses it if any entry was altered, checks every row, recomputes every audit event hash from event #1 to the head, and verifies every member certification, sign-off, override and risk acceptance signature. It prints the chain head to compare with this document.',
      },
      {
        command:
          'npx countersign verify --workspace <workspace backup>.csbackup --pack <this document>.docx',
        explanation:
          'Also checks this document: that its chain head is an event of the verified chain with the same hash and, when the backup was taken at that head, rebuilds the pack model from the backup with the options stored in this document and compares its SHA-256 with the content hash printed here.',
      },
      {
        command:
          input.kind === 'initiative'
            ? 'npx countersign pack --workspace <workspace backup>.csbackup --initiative <id or title> --out <file>.docx'
            : `npx countersign pack --workspace <workspace backup>.csbackup --portfolio${input.portfolioOptions ? ` ${input.portfolioOptions}` : ''} --out <file>.docx`,
        explanation:
          'Produces a pack from the same backup on the auditor’s own machine, with the same code the app uses, to compare with this one.',
      },
    ],
    steps: [
      'Audit events: each event’s hash is the SHA-256 of the canonical JSON of its fields seq, at, actor, action, entity, entityId, before, after, reason and prevHash. The first event’s prevHash is 64 zeros and every later event’s prevHash is the hash of the event before it, so changing, removing or reordering any event breaks every hash after it. The head printed above must be the last event.',
      'Signatures: each is an Ed25519 signature over the UTF-8 canonical JSON of {domain: "countersign/signature/v1", recordKind, recordId, contentHash, meaning, signerId, printedName, keyFingerprint, signedAt}. Verify it with the signer’s public key below; a key’s fingerprint is the SHA-256 of its 32 public key bytes. The printed name, time and meaning are inside what is signed, so the manifestation cannot be changed without breaking the signature.',
      'Sign-offs: the contentHash a sign-off signature covers is the SHA-256 of the canonical JSON of {domain: "countersign/gate-signoff/v1", gateId, initiativeId, templateId, templateVersion, reviewedStateHash, function, decision, answers, comment, conditions, evidenceIds: []} when no evidence file is cited, and of {domain: "countersign/gate-signoff/v2", the same fields, evidence} with evidence the list of {id, sha256} of every cited file otherwise; reviewedStateHash is the hash of the initiative’s material fields and risk summary the reviewer saw.',
      CONTENT_HASH_DEFINITION,
    ],
  };
}
