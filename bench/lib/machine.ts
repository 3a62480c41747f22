import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  arch: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.platform()})`,
    arch: os.arch(),
  };
}

/** Installed version of a package, read from its package.json. */
export async function packageVersion(name: string): Promise<string> {
  try {
    const pkg = JSON.parse(
      await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'not installed';
  }
}
