import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { PackContext } from '../shared/pack/spec';

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/** Generation context on this machine: now, its zone, and who ran the command. */
export function commandLineContext(options: {
  marking: string;
  preparedBy: string | undefined;
}): PackContext {
  const now = new Date();
  let zone: string | null = null;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = null;
  }
  return {
    generatedAt: now.toISOString(),
    timeZone: { name: zone, offsetMinutes: -now.getTimezoneOffset() },
    preparedBy: {
      name: options.preparedBy?.trim() || `Countersign command line (${userName()})`,
      title: '',
      memberId: null,
    },
    marking: options.marking,
    appVersion: appVersion(),
  };
}
