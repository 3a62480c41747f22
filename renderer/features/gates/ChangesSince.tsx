import type { ReviewedChange } from '../../../shared/gates/reviewedState';

/** What changed in the initiative since a sign-off: field, value then, value now. */
export function ChangesSince({
  changes,
  heading,
}: {
  changes: readonly ReviewedChange[];
  heading: string;
}) {
  return (
    <table className="table changes">
      <caption>{heading}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">When signed</th>
          <th scope="col">Now</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.label}</th>
            <td>{change.before}</td>
            <td>{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
