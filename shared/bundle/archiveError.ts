/**
 * The archive itself is unsafe or unreadable (not a zip, a zip bomb, a path
 * that escapes its folder, duplicate names …): nothing in it is checked, and
 * nothing is unpacked. The message says what was found, for a person.
 */
export class UnsafeArchiveError extends Error {
  override name = 'UnsafeArchiveError';
}

/** One entry could not be decompressed (damaged data): the rest of the bundle can still be checked. */
export class DamagedEntryError extends Error {
  override name = 'DamagedEntryError';
}
