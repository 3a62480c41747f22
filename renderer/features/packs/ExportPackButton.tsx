import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { ExportPackForm } from './ExportPackForm';

/**
 * The Export pack button: in an initiative's header it exports that
 * initiative's pack by default; on the Initiatives screen, the portfolio.
 */
export function ExportPackButton({ initiativeId }: { initiativeId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Export pack
      </button>
      <Dialog title="Export compliance pack" open={open} onClose={() => setOpen(false)}>
        <ExportPackForm initiativeId={initiativeId ?? null} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
