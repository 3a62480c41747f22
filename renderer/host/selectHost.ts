import { BRIDGE_GLOBAL, type CountersignBridge } from '../../shared/ipc/contract';
import { createBrowserHost } from './browserHost';
import { createElectronHost } from './electronHost';
import type { Host } from './host';

/** Picks the host at start: the Electron bridge when the preload defined it, else the browser. */
export function selectHost(scope: object = window): Host {
  const bridge = (scope as Record<string, unknown>)[BRIDGE_GLOBAL] as CountersignBridge | undefined;
  if (bridge && typeof bridge === 'object' && 'files' in bridge && 'app' in bridge) {
    return createElectronHost(bridge);
  }
  return createBrowserHost();
}
