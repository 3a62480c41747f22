/**
 * Every member of the bundled sample workspace signs in with this passphrase,
 * so anyone trying the sample can act in every role. It is shown on the
 * sign-in screen of the sample workspace only, never for a real one.
 */
export const SAMPLE_PASSPHRASE = 'northwind sample workspace';
