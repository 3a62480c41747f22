import Dexie from 'dexie';
import { DEFAULT_KDF_COST, deriveKey, kdfParams } from '../../shared/auth/kdf';
import type { BenchApi } from './api';
import { measureDashboard } from './dashboardRound';
import { measurePack } from './packRound';
import { generateReference } from './generateReference';
import { prepareImportRound, runImportRound } from './importRound';
import { prepareSignoffs, runSignoffs } from './signoffRound';
import { hashBaselines, verifyInAppWorker, verifyOnMainThread } from './verify';

/**
 * The bench page: served from the same origin as the app, so the databases it
 * writes are the ones the app opens. The Node runner (`bench/run.ts`) calls
 * these through `page.evaluate`.
 */
const api: BenchApi = {
  dexieVersion: () => Dexie.semVer,
  async measureKeyDerivation(runs) {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const params = kdfParams('00112233445566778899aabbccddeeff', DEFAULT_KDF_COST);
      const started = performance.now();
      await deriveKey('a passphrase of ordinary length', params);
      times.push(performance.now() - started);
    }
    return times;
  },
  generateReference,
  verifyInAppWorker,
  verifyOnMainThread,
  hashBaselines,
  prepareImportRound,
  runImportRound,
  prepareSignoffs,
  runSignoffs,
  measureDashboard,
  measurePack,
};

window.countersignBench = api;
document.body.dataset.ready = 'true';
