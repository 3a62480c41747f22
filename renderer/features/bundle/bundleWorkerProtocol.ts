import type { ElectronicSignature } from '../../../shared/auth/signature';
import type { PackSpec } from '../../../shared/pack/spec';
import type { BundleIdentity } from './readBundleContent';

/** Messages from the Export audit bundle dialog to the bundle worker. */
export type BundleWorkerRequest =
  | { type: 'export'; dbName: string; packSpec: PackSpec; identity: BundleIdentity }
  | { type: 'signature'; signature: ElectronicSignature }
  /** The member did not sign: the export ends, nothing is saved. */
  | { type: 'not-signed' };

export type BundleWorkerResponse =
  | { type: 'progress'; fraction: number; label: string }
  /** Every file is written: the manifest's SHA-256 awaits the member's signature. */
  | { type: 'sign'; manifestSha256: string }
  | {
      type: 'done';
      /** The zip, assembled in parts (see BlobSink): never held twice. */
      blob: Blob;
      fileName: string;
      manifestSha256: string;
      files: number;
    }
  | { type: 'error'; message: string; cancelled: boolean };
