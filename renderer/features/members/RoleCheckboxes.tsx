import { ROLES, ROLE_LABELS, type Role } from '../../../shared/domain/roles';

export function RoleCheckboxes({
  roles,
  onChange,
  error,
}: {
  roles: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
}) {
  const toggle = (role: Role, on: boolean) =>
    onChange(on ? [...roles, role] : roles.filter((r) => r !== role));
  return (
    <fieldset aria-invalid={Boolean(error)}>
      <legend>Roles</legend>
      {ROLES.map((role) => (
        <label key={role} className="checkbox">
          <input
            type="checkbox"
            checked={roles.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
          />
          {ROLE_LABELS[role]}
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
