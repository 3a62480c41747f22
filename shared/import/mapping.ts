/** The initiative fields a spreadsheet column can be mapped to. */
export const IMPORT_FIELDS = [
  'title',
  'summary',
  'purpose',
  'businessUnit',
  'owner',
  'sponsor',
  'aiSystemType',
  'stage',
  'tags',
  'model',
  'provider',
  'version',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  title: 'Title',
  summary: 'Summary',
  purpose: 'Intended purpose',
  businessUnit: 'Business unit',
  owner: 'Owner',
  sponsor: 'Sponsor',
  aiSystemType: 'AI system type',
  stage: 'Stage',
  tags: 'Tags',
  model: 'Model or product',
  provider: 'Provider',
  version: 'Version',
};

/** Fields every row needs; the owner may instead come from a default owner. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'title',
  'businessUnit',
  'owner',
  'aiSystemType',
];

/** For each field, the index of the column it is read from, or null when not imported. */
export type ColumnMapping = Record<ImportField, number | null>;

export const EMPTY_MAPPING: ColumnMapping = Object.fromEntries(
  IMPORT_FIELDS.map((field) => [field, null]),
) as ColumnMapping;

/** Headings people commonly use for each field, normalised (lower case, letters and digits). */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  title: ['title', 'initiativetitle', 'initiative', 'initiativename', 'name', 'usecase', 'project'],
  summary: ['summary', 'description', 'shortdescription', 'overview'],
  purpose: ['intendedpurpose', 'purpose', 'objective', 'goal'],
  businessUnit: ['businessunit', 'unit', 'department', 'division', 'bu', 'team', 'function'],
  owner: ['owner', 'owneremail', 'ownername', 'initiativeowner', 'responsible', 'lead'],
  sponsor: ['sponsor', 'executivesponsor', 'businesssponsor'],
  aiSystemType: ['aisystemtype', 'systemtype', 'aitype', 'type', 'technology'],
  stage: ['stage', 'lifecyclestage', 'phase', 'status'],
  tags: ['tags', 'tag', 'labels', 'keywords'],
  model: ['modelorproduct', 'model', 'modelname', 'product'],
  provider: ['provider', 'vendor', 'supplier'],
  version: ['version', 'modelversion'],
};

export function normaliseHeading(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Suggests which column feeds which field from the headings alone: exact
 * matches first (in the order above), then headings that start with a known
 * word ("Owner (email)"). Each column is suggested for at most one field.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const normalised = headers.map(normaliseHeading);
  const used = new Set<number>();
  const passes: ((heading: string, synonym: string) => boolean)[] = [
    (heading, synonym) => heading === synonym,
    (heading, synonym) => synonym.length >= 4 && heading.startsWith(synonym),
  ];
  for (const matches of passes) {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== null) continue;
      for (const synonym of SYNONYMS[field]) {
        const column = normalised.findIndex((h, i) => !used.has(i) && matches(h, synonym));
        if (column !== -1) {
          mapping[field] = column;
          used.add(column);
          break;
        }
      }
    }
  }
  return mapping;
}

/**
 * What stops a mapping from being previewed: a required field with no column
 * (the owner is covered by a default owner), or a column index that does not exist.
 */
export function mappingProblems(
  mapping: ColumnMapping,
  columnCount: number,
  { hasDefaultOwner = false }: { hasDefaultOwner?: boolean } = {},
): string[] {
  const problems: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === null) {
      if (REQUIRED_IMPORT_FIELDS.includes(field) && !(field === 'owner' && hasDefaultOwner)) {
        problems.push(`Choose a column for ${IMPORT_FIELD_LABELS[field]}.`);
      }
    } else if (!Number.isInteger(column) || column < 0 || column >= columnCount) {
      problems.push(`The column chosen for ${IMPORT_FIELD_LABELS[field]} does not exist.`);
    }
  }
  return problems;
}
