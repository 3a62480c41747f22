/// <reference lib="webworker" />
import { budgetSource, buildBudgetPack, buildPlainTable } from '../pack/packWorkload';

/**
 * Builds the budget's pack (or the plain-table baseline) off the main thread,
 * as the app's pack worker does, and reports how long the build took. The
 * synthetic workspace is made before the clock starts.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ kind: 'pack' | 'plain' }>) => {
  const source = budgetSource();
  const started = performance.now();
  const build = event.data.kind === 'pack' ? buildBudgetPack(source) : buildPlainTable(source);
  void build.then(
    (bytes) => scope.postMessage({ ms: performance.now() - started, bytes }),
    (error: unknown) => scope.postMessage({ error: String(error) }),
  );
};
