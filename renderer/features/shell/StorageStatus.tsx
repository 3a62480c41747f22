import { useEffect, useState } from 'react';
import { requestPersistentStorage, type StorageReport } from './storagePersistence';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Footer line saying whether records are protected from eviction, and how full storage is. */
export function StorageStatus() {
  const [report, setReport] = useState<StorageReport | null>(null);
  useEffect(() => {
    let cancelled = false;
    void requestPersistentStorage().then((r) => {
      if (!cancelled) setReport(r);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!report) return null;
  const usage =
    report.usageBytes !== null && report.quotaBytes !== null
      ? ` · ${megabytes(report.usageBytes)} used of ${megabytes(report.quotaBytes)} available`
      : '';
  const text =
    report.persistence === 'persistent'
      ? 'Storage is persistent: the browser will not clear these records to free space'
      : report.persistence === 'best-effort'
        ? 'Storage is not marked persistent: the browser may clear it when the disk is nearly full. Back up regularly'
        : 'This browser cannot mark storage as persistent. Back up regularly';
  return (
    <p className={`storage-status storage-${report.persistence}`} role="status">
      {text}
      {usage}
    </p>
  );
}
