import { z } from 'zod';
import { hexSchema } from '../auth/hex';
import { chainHeadSchema } from '../backup/format';
import { HEX_SHA256 } from '../crypto/sha256';

/**
 * The Countersign audit bundle: one zip an auditor verifies offline. The
 * layout is documented in shared/bundle/README.md; this module is its one
 * definition in code.
 */
export const BUNDLE_FORMAT = 'countersign-audit-bundle';

/** Raised for every incompatible change to the layout; verifiers refuse newer versions. */
export const BUNDLE_FORMAT_VERSION = 1;

export const BUNDLE_EXTENSION = 'zip';
export const BUNDLE_MEDIA_TYPE = 'application/zip';

export const MANIFEST_PATH = 'manifest.json';
export const MANIFEST_SIGNATURE_PATH = 'manifest.signature.json';

/** The record kind bound into the exporter's signature over the manifest. */
export const MANIFEST_RECORD_KIND = 'audit-bundle-manifest';

export const RECORD_FILES = [
  'initiative',
  'gates',
  'signoffs',
  'risks',
  'evidence',
  'members',
] as const;
export type RecordFile = (typeof RECORD_FILES)[number];

export function recordPath(file: RecordFile): string {
  return `records/${file}.json`;
}

export const EVENTS_PATH = 'audit/events.json';

export const FILE_KINDS = ['pack', 'evidence', 'records', 'audit'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const AUDIT_SCOPES = ['initiative', 'workspace'] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

const sha256Schema = z.string().regex(HEX_SHA256, { message: 'must be SHA-256 hex' });

/** `pack/<name>.docx`: one segment, no separators (see entryNames.ts for how names are made). */
const PACK_PATH = /^pack\/[^/\\]+\.docx$/;
/** `evidence/<evidence id>/<name>`: the id says which evidence row the file belongs to. */
const EVIDENCE_PATH =
  /^evidence\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/[^/\\]+$/;

/** The evidence id a file path names, or null when the path is not an evidence path. */
export function evidenceIdOfPath(path: string): string | null {
  return EVIDENCE_PATH.exec(path)?.[1] ?? null;
}

function pathFitsKind(path: string, kind: FileKind): boolean {
  switch (kind) {
    case 'pack':
      return PACK_PATH.test(path);
    case 'evidence':
      return EVIDENCE_PATH.test(path);
    case 'records':
      return RECORD_FILES.some((file) => recordPath(file) === path);
    case 'audit':
      return path === EVENTS_PATH;
  }
}

export const manifestFileSchema = z
  .strictObject({
    path: z.string().min(1).max(300),
    sha256: sha256Schema,
    bytes: z.number().int().nonnegative(),
    kind: z.enum(FILE_KINDS),
  })
  .refine((file) => pathFitsKind(file.path, file.kind), {
    message: 'path is not where a file of its kind belongs',
  });
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** One electronic signature in the bundle's records, with the public key that checks it. */
export const manifestSignatureSchema = z.strictObject({
  recordKind: z.string().min(1).max(60),
  recordId: z.string().min(1).max(200),
  signerId: z.string().min(1).max(200),
  keyFingerprint: hexSchema(32, 'Key fingerprint'),
  /** Null when the signer's key history holds no key with that fingerprint (it cannot verify). */
  publicKey: hexSchema(32, 'Public key').nullable(),
  signedAt: z.string().min(1).max(40),
});
export type ManifestSignature = z.infer<typeof manifestSignatureSchema>;

export const manifestEventSchema = z.strictObject({
  seq: z.number().int().positive(),
  hash: sha256Schema,
});

/** Only these two fields are read before the version is known to be one this build reads. */
export const bundleVersionSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
});

export const bundleManifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    bundleId: z.uuid(),
    /** Version of the Countersign build that wrote the bundle. */
    appVersion: z.string().min(1).max(40),
    createdAt: z.iso.datetime(),
    workspace: z.strictObject({ id: z.uuid(), name: z.string().min(1).max(120) }),
    initiative: z.strictObject({ id: z.uuid(), title: z.string().min(1).max(160) }),
    /** The workspace's classification marking, e.g. "Confidential". */
    marking: z.string().max(60),
    exportedBy: z.strictObject({ memberId: z.uuid(), name: z.string().min(1).max(120) }),
    /** The workspace audit chain's last event when the bundle was made; null for an empty chain. */
    chainHead: chainHeadSchema.nullable(),
    /** Whether audit/events.json holds the initiative's own events or the whole chain. */
    auditScope: z.enum(AUDIT_SCOPES),
    /** Every event in audit/events.json, in order. */
    events: z.array(manifestEventSchema),
    /** Every file in the zip except the manifest and its signature. */
    files: z.array(manifestFileSchema),
    signatures: z.array(manifestSignatureSchema),
  })
  .superRefine((manifest, ctx) => {
    const paths = new Set<string>();
    for (const [index, file] of manifest.files.entries()) {
      if (paths.has(file.path)) {
        ctx.addIssue({
          code: 'custom',
          path: ['files', index, 'path'],
          message: `${file.path} is listed twice`,
        });
      }
      paths.add(file.path);
    }
    const required = [...RECORD_FILES.map(recordPath), EVENTS_PATH];
    for (const path of required) {
      if (!paths.has(path)) {
        ctx.addIssue({ code: 'custom', path: ['files'], message: `${path} is not listed` });
      }
    }
    if (manifest.files.filter((file) => file.kind === 'pack').length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['files'], message: 'exactly one pack must be listed' });
    }
  });
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
