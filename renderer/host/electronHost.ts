import type { CountersignBridge } from '../../shared/ipc/contract';
import type { Host } from './host';

export function createElectronHost(bridge: CountersignBridge): Host {
  return {
    kind: 'electron',
    async saveFile({ suggestedName, data, filters = [] }) {
      const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
      const result = await bridge.files.save({ suggestedName, data: bytes, filters });
      if (!result.ok) return result;
      return {
        ok: true,
        value: result.value.saved ? { saved: true, location: result.value.path } : { saved: false },
      };
    },
    async openFile({ filters = [], maxBytes }) {
      const result = await bridge.files.open({ filters, maxBytes });
      if (!result.ok) return result;
      return {
        ok: true,
        value: result.value.opened ? { name: result.value.name, data: result.value.data } : null,
      };
    },
    async info() {
      const result = await bridge.app.info();
      if (!result.ok) throw new Error(result.error);
      return {
        kind: 'electron',
        version: result.value.version,
        platform: result.value.platform,
        backupsFolder: result.value.paths.backups,
      };
    },
    backups: {
      write: (workspaceId, data) => bridge.backups.write({ workspaceId, data }),
      list: (workspaceId) => bridge.backups.list({ workspaceId }),
      read: (name) => bridge.backups.read({ name }),
      onQuit: (listener) => bridge.backups.onQuitRequest(listener),
    },
  };
}
