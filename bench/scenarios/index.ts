import { bulkImport } from './bulkImport';
import { chainVerification } from './chainVerification';
import { coldStart } from './coldStart';
import { dashboard } from './dashboard';
import { initiativePack } from './initiativePack';
import { listFilter } from './listFilter';
import { signedSignoff } from './signedSignoff';
import type { Scenario } from './types';

/** Issue 11's scenarios in order. Adding one is one file and one line here. */
export const SCENARIOS: readonly Scenario[] = [
  coldStart,
  listFilter,
  signedSignoff,
  chainVerification,
  bulkImport,
  initiativePack,
  dashboard,
];
