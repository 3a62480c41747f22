import { useState } from 'react';
import type { Initiative } from '../../../shared/domain/initiative';
import { Dialog } from '../../ui/Dialog';
import { ExportBundleForm } from './ExportBundleForm';

/** Export audit bundle, in an initiative's header. */
export function ExportBundleButton({ initiative }: { initiative: Initiative }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Export audit bundle
      </button>
      <Dialog title="Export audit bundle" open={open} onClose={() => setOpen(false)}>
        <ExportBundleForm initiative={initiative} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
