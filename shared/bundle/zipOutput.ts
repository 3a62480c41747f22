import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** What cancels an export: an AbortSignal fits (shared/ compiles without the DOM types). */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** The export was cancelled; named `AbortError` as fetch and streams name theirs. */
export class BundleCancelledError extends Error {
  override name = 'AbortError';
  constructor() {
    super('The export of the audit bundle was cancelled. Discard the part already written.');
  }
}

export interface WrittenEntry {
  sha256: string;
  bytes: number;
}

export type ChunkSource = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * fflate's streaming Zip, with its output handed to an async sink in order
 * (the sink's promise is awaited before more input is read, so a slow disk
 * holds the reader back instead of buffering) and a cancel check before
 * every chunk in and out. Entries are written one after another.
 */
export class ZipOutput {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private stopped = false;

  constructor(
    private readonly sink: (chunk: Uint8Array) => void | Promise<void>,
    private readonly signal: CancelSignal | undefined,
    private readonly mtime: Date,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure ??= error;
      else this.pending.push(chunk);
    });
  }

  checkCancelled(): void {
    if (this.stopped || this.signal?.aborted) throw new BundleCancelledError();
  }

  /**
   * Writes one entry, hashing its bytes as they pass. `onData` sees the
   * running size and `beforeEnd` the final hash; either may throw to refuse
   * the entry before it is closed.
   */
  async entry(
    name: string,
    source: ChunkSource,
    options: {
      compress: boolean;
      onData?: (bytesSoFar: number, chunk: Uint8Array) => void;
      beforeEnd?: (written: WrittenEntry) => void;
    },
  ): Promise<WrittenEntry> {
    this.checkCancelled();
    const file = options.compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    file.mtime = this.mtime;
    this.zip.add(file);
    const hash = sha256.create();
    let bytes = 0;
    for await (const chunk of source) {
      this.checkCancelled();
      hash.update(chunk);
      bytes += chunk.byteLength;
      options.onData?.(bytes, chunk);
      file.push(chunk, false);
      await this.flush();
    }
    const written = { sha256: bytesToHex(hash.digest()), bytes };
    options.beforeEnd?.(written);
    file.push(new Uint8Array(0), true);
    await this.flush();
    return written;
  }

  /** Writes the central directory: the zip is complete once this resolves. */
  async finish(): Promise<void> {
    this.checkCancelled();
    this.zip.end();
    await this.flush();
  }

  /** Stops for good: nothing more reaches the sink. */
  abort(): void {
    this.stopped = true;
    this.pending = [];
    this.zip.terminate();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.pending.length > 0) {
      this.checkCancelled();
      const chunk = this.pending.shift();
      if (chunk) await this.sink(chunk);
    }
  }
}
