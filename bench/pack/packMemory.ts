import { readFileSync } from 'node:fs';
import { budgetSource, buildBudgetPack } from './packWorkload';

/**
 * Peak resident memory of this process in MB. On Linux, VmHWM belongs to the
 * process image, whereas getrusage's maxRSS survives exec and so starts at the
 * (much larger) parent's peak.
 */
function peakRssMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1]) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall back below.
  }
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Run as its own Node process by scenario 6: builds the budget's pack once and
 * prints the process's peak resident memory before and after, so the figure
 * is the whole cost of one pack with nothing else in the process.
 */
const source = budgetSource();
const beforeMb = peakRssMb();
const started = performance.now();
const bytes = await buildBudgetPack(source);
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ ms, bytes, peakRssMb: peakRssMb(), beforeRssMb: beforeMb })}\n`,
);
