/**
 * The sections a person can choose when exporting a pack. The cover, the
 * document control and the table of contents are always included: they say
 * what the document is, and which sections were left out.
 */
export const INITIATIVE_SECTIONS = [
  'executive-summary',
  'system-description',
  'classification',
  'gates',
  'risks',
  'frameworks',
  'evidence',
  'audit-trail',
  'appendix',
] as const;
export type InitiativeSection = (typeof INITIATIVE_SECTIONS)[number];

export const INITIATIVE_SECTION_TITLES: Record<InitiativeSection, string> = {
  'executive-summary': 'Executive summary',
  'system-description': 'System description (EU AI Act Annex IV)',
  classification: 'EU AI Act classification',
  gates: 'Stage-gate record',
  risks: 'Risk register',
  frameworks: 'Framework coverage',
  evidence: 'Evidence index',
  'audit-trail': 'Audit trail',
  appendix: 'Appendix: how to verify this pack',
};

/**
 * The portfolio pack: what the Dashboard shows, panel by panel (built from
 * `shared/dashboard`), with the inventory and the gate status per initiative
 * around it.
 */
export const PORTFOLIO_SECTIONS = [
  'inventory',
  'funnel',
  'stalled',
  'waiting-on',
  'risk-summary',
  'readiness',
  'cost-at-scale',
  'gate-status',
  'appendix',
] as const;
export type PortfolioSection = (typeof PORTFOLIO_SECTIONS)[number];

export const PORTFOLIO_SECTION_TITLES: Record<PortfolioSection, string> = {
  inventory: 'Inventory of initiatives',
  funnel: 'Stage funnel',
  stalled: 'Stalled initiatives',
  'waiting-on': 'Waiting on: reviews and overdue conditions',
  'risk-summary': 'Risk summary: residual heat map, bands and categories',
  readiness: 'Readiness of initiatives in pilot',
  'cost-at-scale': 'Cost at scale',
  'gate-status': 'Gate status per initiative',
  appendix: 'Appendix: how to verify this pack',
};

/** Section ids as the command line accepts them, e.g. `--sections gates,risks`. */
export function parseSectionList<T extends string>(
  text: string,
  allowed: readonly T[],
): { ok: true; sections: T[] } | { ok: false; unknown: string[] } {
  const wanted = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const unknown = wanted.filter((part) => !(allowed as readonly string[]).includes(part));
  if (unknown.length > 0) return { ok: false, unknown };
  // Always in document order, each once.
  return { ok: true, sections: allowed.filter((id) => wanted.includes(id)) };
}
