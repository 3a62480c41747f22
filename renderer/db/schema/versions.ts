import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { upgradeToV2, V2_STORES } from './v2';
import { upgradeToV3, V3_STORES } from './v3';
import { upgradeToV4, V4_STORES } from './v4';
import { upgradeToV5, V5_STORES } from './v5';
import { upgradeToV6, V6_STORES } from './v6';
import { upgradeToV7, V7_STORES } from './v7';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Append-only. The last entry is the current schema. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
  { version: 3, stores: V3_STORES, upgrade: upgradeToV3 },
  { version: 4, stores: V4_STORES, upgrade: upgradeToV4 },
  { version: 5, stores: V5_STORES, upgrade: upgradeToV5 },
  { version: 6, stores: V6_STORES, upgrade: upgradeToV6 },
  { version: 7, stores: V7_STORES, upgrade: upgradeToV7 },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;
