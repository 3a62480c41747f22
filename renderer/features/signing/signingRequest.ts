import type { SignatureMeaning } from '../../../shared/auth/signature';

/** What a feature asks to have signed: the record, its content hash and what it means. */
export interface SigningRequest {
  recordKind: string;
  recordId: string;
  contentHash: string;
  meaning: SignatureMeaning;
  /** Says in a few words what is being signed, e.g. "Go-live approval for Ticket triage". */
  title: string;
  /** The statement or key facts the signer is agreeing to. */
  details: string[];
}
