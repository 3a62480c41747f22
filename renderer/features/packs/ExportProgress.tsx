/** A running export: how far along, what it is doing, and Cancel. Announced politely. */
export function ExportProgress(props: { fraction: number; label: string; onCancel: () => void }) {
  return (
    <div className="pack-progress" aria-live="polite">
      <progress aria-label="Export progress" max={1} value={props.fraction} />
      <span>{props.label}…</span>
      <button type="button" className="button-secondary" onClick={props.onCancel}>
        Cancel export
      </button>
    </div>
  );
}
