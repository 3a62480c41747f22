import { DEFAULT_RISK_MATRIX } from '../../../shared/risk/matrix';
import type { Risk } from '../../../shared/risk/record';
import { DEFAULT_REVIEW_CADENCE } from '../../../shared/risk/reviewCadence';
import type { RiskSettings } from './riskRows';

/** Test data for the risk screens' pure helpers (imported by tests only). */
export const SETTINGS: RiskSettings = {
  riskMatrix: DEFAULT_RISK_MATRIX,
  reviewCadence: DEFAULT_REVIEW_CADENCE,
};

export const OWNER_ID = '11111111-1111-4111-8111-111111111111';
export const OTHER_ID = '22222222-2222-4222-8222-222222222222';
export const INITIATIVE_ID = '33333333-3333-4333-8333-333333333333';

let counter = 0;

/** A unique, valid UUID for fixtures. */
export function fixtureId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function makeRisk(overrides: Partial<Risk> = {}): Risk {
  return {
    id: fixtureId(),
    initiativeId: INITIATIVE_ID,
    title: 'Drift goes unnoticed',
    description: 'The model degrades slowly.',
    category: 'maintenance-and-drift',
    ownerId: OWNER_ID,
    cause: 'No monitoring',
    consequence: 'Wrong outputs',
    inherent: { likelihood: 4, impact: 3 },
    residual: { likelihood: 2, impact: 3 },
    treatment: 'mitigate',
    controls: [],
    linkedItems: [],
    templateId: null,
    lastReviewedAt: '2026-01-10T09:00:00.000Z',
    acceptance: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** A schema-valid (not cryptographically valid) acceptance by `printedName`. */
export function fakeAcceptance(
  expiresOn: string,
  residual: Risk['residual'],
  printedName = 'Grace Adeyemi',
): NonNullable<Risk['acceptance']> {
  return {
    signature: {
      recordKind: 'risk-acceptance',
      recordId: 'r',
      contentHash: 'a'.repeat(64),
      meaning: 'acceptance-of-risk',
      signerId: OTHER_ID,
      printedName,
      keyFingerprint: 'b'.repeat(64),
      signedAt: '2026-01-10T10:00:00.000+01:00',
      algorithm: 'ed25519',
      signature: 'c'.repeat(128),
    },
    expiresOn,
    acceptedAt: '2026-01-10T09:00:00.000Z',
    residual: { ...residual },
  };
}
