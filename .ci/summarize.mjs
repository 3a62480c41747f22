// Sums the test reports of every suite into the one line CI reads:
// "N passed, N failed". A stage that failed without a test report (typecheck,
// lint, a crashed runner) counts as one failure so it can never look green.
import { existsSync, readFileSync } from 'node:fs';

const [testStatus = '0', benchStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = read('.reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}

const e2e = read('.reports/e2e.json');
if (e2e) {
  // Skipped specs (the Electron project without a binary) are neither.
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
  const reasons = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason =
          t.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        const key = `${t.projectName}: ${reason}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of e2e.suites ?? []) visit(suite);
  for (const [reason, count] of reasons) console.log(`skipped ${count} (${reason})`);
}

if (testStatus !== '0' && failed === 0) failed += 1;
if (benchStatus !== '0') failed += 1;

console.log(`${passed} passed, ${failed} failed`);
