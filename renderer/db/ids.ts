/** New record identifiers: random UUIDs from the platform's CSPRNG. */
export function newId(): string {
  return crypto.randomUUID();
}
