/** Chunks are gathered into parts of about this size before they become a Blob. */
const PART_BYTES = 8 * 1024 * 1024;

/**
 * Collects a zip as it is written without ever holding it twice: small
 * chunks are grouped into Blobs of about 8 MB, and the result is a Blob of
 * those Blobs (which the browser references, not copies, and may keep on
 * disk). The largest extra copy at any moment is one part.
 */
export class BlobSink {
  private readonly parts: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  /** Throws as soon as the file would pass `maxBytes`, before more is written. */
  write(chunk: Uint8Array): void {
    this.total += chunk.byteLength;
    if (this.total > this.maxBytes) throw new FileTooLargeError(this.maxBytes);
    this.pending.push(chunk);
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes >= PART_BYTES) this.flush();
  }

  get bytes(): number {
    return this.total;
  }

  finish(type: string): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
  constructor(maxBytes: number) {
    super(
      `The audit bundle would be larger than the ${String(Math.round(maxBytes / (1024 * 1024)))} MB the app can save. Export it with this initiative’s events only, or from a backup with the command line.`,
    );
  }
}
