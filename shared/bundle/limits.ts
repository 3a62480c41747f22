const MiB = 1024 * 1024;

/**
 * Bounds that keep a hostile archive from exhausting memory or time. Every
 * one is checked against the zip's central directory before anything is
 * decompressed, and the decompressed bytes are counted again while inflating
 * (a zip can declare sizes that are not true).
 */
export interface BundleLimits {
  /** Size of the bundle file itself. */
  maxArchiveBytes: number;
  /** Entries in the zip. */
  maxEntries: number;
  /** Uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** Uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed size of a JSON entry (manifest, records, events): it is parsed whole. */
  maxJsonBytes: number;
  /** Largest uncompressed : compressed ratio of an entry (zip bombs run to 1000:1). */
  maxCompressionRatio: number;
  /**
   * Entries smaller than this are not held to the ratio: a few kilobytes of
   * repetitive JSON legitimately compress far, and cannot exhaust anything.
   */
  ratioAppliesFromBytes: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  // Evidence files are at most 500 MB each (MAX_EVIDENCE_MEGABYTES) and are stored uncompressed.
  maxArchiveBytes: 2047 * MiB,
  maxEntries: 20_000,
  maxEntryBytes: 1024 * MiB,
  maxTotalBytes: 4096 * MiB,
  // Below V8's longest string (~512 MiB), so JSON.parse can take it.
  maxJsonBytes: 256 * MiB,
  maxCompressionRatio: 200,
  ratioAppliesFromBytes: 1 * MiB,
};
