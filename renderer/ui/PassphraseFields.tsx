import { passphraseStrength } from '../../shared/auth/passphrasePolicy';
import { Field } from './Field';

interface Props {
  passphrase: string;
  confirmation: string;
  onPassphrase: (value: string) => void;
  onConfirmation: (value: string) => void;
  error?: string | undefined;
  label?: string;
}

const STRENGTH_LABELS = {
  'too-short': 'Too short',
  weak: 'Weak',
  fair: 'Fair',
  strong: 'Strong',
} as const;

/** New passphrase + confirmation, with a live strength hint. */
export function PassphraseFields({
  passphrase,
  confirmation,
  onPassphrase,
  onConfirmation,
  error,
  label = 'Passphrase',
}: Props) {
  const { strength, hint } = passphraseStrength(passphrase);
  return (
    <>
      <Field
        label={label}
        hint={passphrase ? `${STRENGTH_LABELS[strength]}: ${hint}` : hint}
        error={error}
      >
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => onPassphrase(e.target.value)}
          />
        )}
      </Field>
      <Field label={`Confirm ${label.toLowerCase()}`}>
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={confirmation}
            onChange={(e) => onConfirmation(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
