import type { z } from 'zod';
import {
  AI_SYSTEM_TYPES,
  AI_SYSTEM_TYPE_LABELS,
  initiativeProfileSchema,
  STAGES,
  STAGE_LABELS,
  stageSchema,
  type AiSystemType,
  type Stage,
} from '../domain/initiative';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  normaliseHeading,
  type ColumnMapping,
  type ImportField,
} from './mapping';
import type { ParsedTable } from './table';

/** One imported row as the create command takes it (the stage it has reached included). */
export const importedInitiativeSchema = initiativeProfileSchema.extend({ stage: stageSchema });
export type ImportedInitiative = z.output<typeof importedInitiativeSchema>;

/** What validation needs to know about a member to resolve an owner. */
export interface ImportMember {
  id: string;
  name: string;
  email: string;
  status: 'active' | 'deactivated';
}

export interface ValidateOptions {
  members: readonly ImportMember[];
  /** Titles already in the workspace: importing the same inventory twice is refused per row. */
  existingTitles?: Iterable<string>;
  /** The owner of rows whose owner cell is empty (or when no column holds owners). */
  defaultOwnerId?: string | null;
}

export interface PreviewRow {
  /** Index into `table.rows`. */
  index: number;
  /** The row number the person sees in their spreadsheet (the header is row 1). */
  rowNumber: number;
  /** The row ready to import, or null when it has errors. */
  input: ImportedInitiative | null;
  errors: string[];
}

export interface ImportPreview {
  rows: PreviewRow[];
  /** Rows without errors, in file order. */
  valid: ImportedInitiative[];
  invalidCount: number;
}

export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

function lookup<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  aliases: Record<string, T>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(normaliseHeading(value), value);
    map.set(normaliseHeading(labels[value]), value);
  }
  for (const [alias, value] of Object.entries(aliases)) map.set(alias, value);
  return map;
}

const AI_TYPE_LOOKUP = lookup(AI_SYSTEM_TYPES, AI_SYSTEM_TYPE_LABELS, {
  llm: 'generative-llm',
  genai: 'generative-llm',
  generative: 'generative-llm',
  generativeai: 'generative-llm',
  ml: 'classical-ml',
  machinelearning: 'classical-ml',
  vision: 'computer-vision',
  cv: 'computer-vision',
  rulesandml: 'rules-plus-ml',
});
const STAGE_LOOKUP = lookup(STAGES, STAGE_LABELS, {
  poc: 'proof-of-concept',
  live: 'production',
});

function listOf(labels: string[], conjunction = 'or'): string {
  return labels.length <= 1
    ? labels.join('')
    : `${labels.slice(0, -1).join(', ')} ${conjunction} ${labels.at(-1) ?? ''}`;
}
const AI_TYPE_CHOICES = listOf(AI_SYSTEM_TYPES.map((t) => AI_SYSTEM_TYPE_LABELS[t]));
const STAGE_CHOICES = listOf(STAGES.map((s) => STAGE_LABELS[s]));

function normaliseName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Field of the profile that a schema issue path points at. */
function fieldOfPath(path: readonly PropertyKey[]): ImportField | null {
  const [head, next] = path;
  if (head === 'ownerId') return 'owner';
  if (head === 'aiSystem') {
    return next === 'model' || next === 'provider' || next === 'version' ? next : null;
  }
  return IMPORT_FIELDS.find((field) => field === head) ?? null;
}

type OwnerResolution = { ok: true; id: string } | { ok: false; message: string };

function ownerResolver(members: readonly ImportMember[]) {
  const byEmail = new Map<string, ImportMember>();
  const byName = new Map<string, ImportMember[]>();
  for (const member of members) {
    byEmail.set(member.email.trim().toLowerCase(), member);
    const key = normaliseName(member.name);
    byName.set(key, [...(byName.get(key) ?? []), member]);
  }
  return (value: string): OwnerResolution => {
    const named = byName.get(normaliseName(value)) ?? [];
    const member = byEmail.get(value.trim().toLowerCase()) ?? named[0];
    if (!member) {
      return {
        ok: false,
        message: `no member of this workspace has the email or name “${value}”. Add them as a member first, or change the owner.`,
      };
    }
    if (!byEmail.has(value.trim().toLowerCase()) && named.length > 1) {
      return {
        ok: false,
        message: `${named.length} members are named “${value}”. Use the owner’s email instead.`,
      };
    }
    if (member.status !== 'active') {
      return { ok: false, message: `${member.name} is deactivated and cannot be the owner.` };
    }
    return { ok: true, id: member.id };
  };
}

/**
 * Checks every row against the mapping and the initiative schema: each row
 * either becomes an input for the create command or gets a list of errors
 * that name the row (as numbered in the spreadsheet) and the column.
 */
export function validateRows(
  table: ParsedTable,
  mapping: ColumnMapping,
  options: ValidateOptions,
): ImportPreview {
  const resolveOwner = ownerResolver(options.members);
  const mappedColumns = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column !== null) mappedColumns.set(column, field);
  }
  const issuesByRow = new Map<number, typeof table.issues>();
  for (const issue of table.issues) {
    if (issue.column !== null && !mappedColumns.has(issue.column)) continue;
    const list = issuesByRow.get(issue.row);
    if (list) list.push(issue);
    else issuesByRow.set(issue.row, [issue]);
  }

  const rows: PreviewRow[] = table.rows.map((cells, index) => {
    const rowNumber = table.rowNumbers[index] ?? index + 2;
    const where = (field: ImportField) => {
      const column = mapping[field];
      const heading = column === null ? undefined : table.headers[column];
      return heading === undefined
        ? `Row ${rowNumber}, ${IMPORT_FIELD_LABELS[field]}`
        : `Row ${rowNumber}, column ${heading}`;
    };
    const value = (field: ImportField) => {
      const column = mapping[field];
      return column === null ? '' : (cells[column] ?? '');
    };
    const errors: string[] = [];
    const failed = new Set<ImportField>();
    const fail = (field: ImportField, message: string) => {
      failed.add(field);
      errors.push(`${where(field)}: ${message}`);
    };
    for (const issue of issuesByRow.get(index) ?? []) {
      errors.push(issue.message);
      const field = issue.column === null ? undefined : mappedColumns.get(issue.column);
      if (field) failed.add(field);
    }

    let ownerId = '';
    const ownerText = value('owner');
    if (ownerText === '') {
      if (options.defaultOwnerId) ownerId = options.defaultOwnerId;
      else if (!failed.has('owner')) fail('owner', 'Owner is required.');
    } else {
      const owner = resolveOwner(ownerText);
      if (owner.ok) ownerId = owner.id;
      else fail('owner', owner.message);
    }

    let aiSystemType: AiSystemType | '' = '';
    const typeText = value('aiSystemType');
    if (typeText !== '') {
      const found = AI_TYPE_LOOKUP.get(normaliseHeading(typeText));
      if (found) aiSystemType = found;
      else fail('aiSystemType', `“${typeText}” is not an AI system type. Use ${AI_TYPE_CHOICES}.`);
    }

    let stage: Stage = 'idea';
    const stageText = value('stage');
    if (stageText !== '') {
      const found = STAGE_LOOKUP.get(normaliseHeading(stageText));
      if (found) stage = found;
      else fail('stage', `“${stageText}” is not a lifecycle stage. Use ${STAGE_CHOICES}.`);
    }

    const tags = value('tags')
      .split(/[,;]/)
      .map((tag) => tag.trim())
      .filter(Boolean);
    const longTag = tags.find((tag) => tag.length > MAX_TAG_CHARS);
    if (longTag) {
      fail('tags', `the tag “${longTag}” is longer than ${MAX_TAG_CHARS} characters.`);
    } else if (new Set(tags).size > MAX_TAGS) {
      fail('tags', `at most ${MAX_TAGS} tags are allowed.`);
    }

    const parsed = importedInitiativeSchema.safeParse({
      title: value('title'),
      summary: value('summary'),
      purpose: value('purpose'),
      businessUnit: value('businessUnit'),
      ownerId,
      sponsor: value('sponsor'),
      aiSystemType,
      stage,
      tags,
      aiSystem: {
        model: value('model'),
        provider: value('provider'),
        version: value('version'),
        hosting: null,
      },
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path);
        if (field === null) errors.push(`Row ${rowNumber}: ${issue.message}`);
        else if (!failed.has(field)) fail(field, sentence(issue.message));
      }
    }
    return {
      index,
      rowNumber,
      input: parsed.success && errors.length === 0 ? parsed.data : null,
      errors,
    };
  });

  flagDuplicateTitles(table, mapping, rows, options.existingTitles ?? []);
  for (const row of rows) if (row.errors.length > 0) row.input = null;
  const valid = rows.flatMap((row) => (row.input ? [row.input] : []));
  return { rows, valid, invalidCount: rows.length - valid.length };
}

function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

function flagDuplicateTitles(
  table: ParsedTable,
  mapping: ColumnMapping,
  rows: PreviewRow[],
  existingTitles: Iterable<string>,
) {
  const column = mapping.title;
  if (column === null) return;
  const heading = table.headers[column] ?? IMPORT_FIELD_LABELS.title;
  const existing = new Set<string>();
  for (const title of existingTitles) existing.add(normaliseName(title));
  const byTitle = new Map<string, PreviewRow[]>();
  for (const row of rows) {
    const title = normaliseName(table.rows[row.index]?.[column] ?? '');
    if (title === '') continue;
    const group = byTitle.get(title);
    if (group) group.push(row);
    else byTitle.set(title, [row]);
  }
  for (const [title, group] of byTitle) {
    for (const row of group) {
      const text = table.rows[row.index]?.[column] ?? '';
      if (group.length > 1) {
        const others = group.filter((r) => r !== row).map((r) => r.rowNumber);
        row.errors.push(
          `Row ${row.rowNumber}, column ${heading}: “${text}” is also the title on row${others.length > 1 ? 's' : ''} ${listOf(others.map(String), 'and')}. Each initiative needs its own title.`,
        );
      }
      if (existing.has(title)) {
        row.errors.push(
          `Row ${row.rowNumber}, column ${heading}: an initiative titled “${text}” is already registered in this workspace.`,
        );
      }
    }
  }
}
