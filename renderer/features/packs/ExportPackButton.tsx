import { useState } from 'react';
import type { DashboardFilter } from '../../../shared/dashboard/filter';
import { Dialog } from '../../ui/Dialog';
import { ExportPackForm } from './ExportPackForm';

/**
 * The Export pack button: in an initiative's header it exports that
 * initiative's pack by default; on the Initiatives screen, the portfolio; on
 * the Dashboard, the portfolio narrowed by the Dashboard's current filters.
 */
export function ExportPackButton({
  initiativeId,
  filter,
}: {
  initiativeId?: string;
  filter?: DashboardFilter;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Export pack
      </button>
      <Dialog title="Export compliance pack" open={open} onClose={() => setOpen(false)}>
        <ExportPackForm
          initiativeId={initiativeId ?? null}
          filter={filter ?? null}
          onClose={() => setOpen(false)}
        />
      </Dialog>
    </>
  );
}
