/** The platform CSPRNG, in the shape `shared/auth` expects. */
export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}
