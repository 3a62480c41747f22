/**
 * The bundle could not be written, and why, for a person: a stored evidence
 * file that changed, a record of another initiative, an exporter who cannot
 * sign. Whatever was already handed to the sink is incomplete and must be
 * discarded.
 */
export class BundleExportError extends Error {
  override name = 'BundleExportError';
}
