import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ProfileSummary } from '../scenarios/types';
import { PROFILES_DIR } from './paths';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Runs `work` under the Chrome DevTools Protocol sampling profiler of `page`'s
 * main thread, writes the .cpuprofile (open it in Chrome DevTools → Performance)
 * and returns self time by function, which is what dominates.
 */
export async function profileOnPage(
  page: Page,
  label: string,
  work: () => Promise<unknown>,
): Promise<ProfileSummary> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    await work();
    const { profile } = (await session.send('Profiler.stop')) as unknown as {
      profile: CpuProfile;
    };
    await mkdir(PROFILES_DIR, { recursive: true });
    const file = path.join(PROFILES_DIR, `${label.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    return { label, file: path.relative(process.cwd(), file), ...summarise(profile) };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

export function summarise(profile: CpuProfile): Omit<ProfileSummary, 'label' | 'file'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { fn: string; where: string; us: number }>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, index) => {
    const node = byId.get(id);
    const us = deltas[index + 1] ?? 0;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const fn = functionName || '(anonymous)';
    const where = url
      ? `${path.basename(new URL(url, 'http://x').pathname)}:${String(lineNumber + 1)}`
      : '';
    const key = `${fn}@${where}`;
    const entry = self.get(key) ?? { fn, where, us: 0 };
    entry.us += us;
    self.set(key, entry);
    total += us;
  });
  const top = [...self.values()]
    .filter((e) => e.fn !== '(idle)')
    .sort((a, b) => b.us - a.us)
    .slice(0, 15)
    .map((e) => ({
      fn: e.fn,
      where: e.where,
      selfMs: Math.round(e.us / 100) / 10,
      percent: total === 0 ? 0 : Math.round((e.us / total) * 1000) / 10,
    }));
  return { totalMs: Math.round(total / 1000), top };
}
