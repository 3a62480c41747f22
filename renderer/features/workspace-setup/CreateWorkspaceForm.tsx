import { useState, type SubmitEvent } from 'react';
import { CommandError } from '../../db/commands/commandError';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { createNewWorkspace, type NewWorkspaceForm } from './workspaceActions';

const EMPTY: NewWorkspaceForm = {
  name: '',
  marking: 'Confidential',
  adminName: '',
  adminEmail: '',
  adminTitle: '',
  passphrase: '',
  passphraseConfirmation: '',
};

/** Maps the command's field paths onto this form's fields. */
const FIELD_OF: Record<string, keyof NewWorkspaceForm> = {
  name: 'name',
  marking: 'marking',
  'administrator.name': 'adminName',
  'administrator.email': 'adminEmail',
  'administrator.title': 'adminTitle',
  passphrase: 'passphrase',
};

/** `onCreated` receives the new workspace and its administrator, who has just proved their passphrase. */
export function CreateWorkspaceForm({
  onCreated,
}: {
  onCreated: (dbName: string, memberId: string) => void;
}) {
  const [form, setForm] = useState<NewWorkspaceForm>(EMPTY);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof NewWorkspaceForm, string>>>(
    {},
  );

  const set = (key: keyof NewWorkspaceForm) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));

  async function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const { dbName, memberId } = await createNewWorkspace(form);
      onCreated(dbName, memberId);
    } catch (e) {
      setPending(false);
      setError(e instanceof Error ? e.message : String(e));
      if (e instanceof CommandError) {
        const mapped: Partial<Record<keyof NewWorkspaceForm, string>> = {};
        for (const [path, message] of Object.entries(e.fieldErrors)) {
          const field = FIELD_OF[path];
          if (field) mapped[field] ??= message;
        }
        setFieldErrors(mapped);
      }
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Create workspace">
      <Field label="Workspace name" error={fieldErrors.name}>
        {(p) => (
          <input
            {...p}
            value={form.name}
            onChange={(e) => set('name')(e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Field
        label="Classification marking"
        hint="Printed on every exported page."
        error={fieldErrors.marking}
      >
        {(p) => (
          <input {...p} value={form.marking} onChange={(e) => set('marking')(e.target.value)} />
        )}
      </Field>
      <fieldset>
        <legend>You, the first administrator</legend>
        <Field label="Your name" error={fieldErrors.adminName}>
          {(p) => (
            <input
              {...p}
              value={form.adminName}
              onChange={(e) => set('adminName')(e.target.value)}
              autoComplete="name"
            />
          )}
        </Field>
        <Field label="Your email" error={fieldErrors.adminEmail}>
          {(p) => (
            <input
              {...p}
              type="email"
              value={form.adminEmail}
              onChange={(e) => set('adminEmail')(e.target.value)}
              autoComplete="email"
            />
          )}
        </Field>
        <Field label="Your title" error={fieldErrors.adminTitle}>
          {(p) => (
            <input
              {...p}
              value={form.adminTitle}
              onChange={(e) => set('adminTitle')(e.target.value)}
              autoComplete="organization-title"
            />
          )}
        </Field>
        <PassphraseFields
          passphrase={form.passphrase}
          confirmation={form.passphraseConfirmation}
          onPassphrase={set('passphrase')}
          onConfirmation={set('passphraseConfirmation')}
          error={fieldErrors.passphrase}
        />
      </fieldset>
      <ErrorAlert message={error} />
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create workspace'}
      </button>
    </form>
  );
}
