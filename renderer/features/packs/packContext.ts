import type { Member } from '../../../shared/domain/member';
import type { PackSpec } from '../../../shared/pack/spec';

declare const __APP_VERSION__: string;

function timeZone(now: Date): PackSpec['context']['timeZone'] {
  let name: string | null = null;
  try {
    name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    name = null;
  }
  return { name, offsetMinutes: -now.getTimezoneOffset() };
}

/** Who prepares a pack, when, where and under which marking: the same for packs and bundles. */
export function packContext(
  member: Pick<Member, 'id' | 'name' | 'title'>,
  marking: string,
  now: Date,
): PackSpec['context'] {
  return {
    generatedAt: now.toISOString(),
    timeZone: timeZone(now),
    preparedBy: { name: member.name, title: member.title, memberId: member.id },
    marking,
    appVersion: __APP_VERSION__,
  };
}
