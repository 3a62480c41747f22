import { RISK_TIERS } from '../../shared/euAiAct/tier';
import { generatePack } from '../../shared/pack/generatePack';
import { packSourceFromRows } from '../../shared/pack/fromBackup';
import { PackInputError } from '../../shared/pack/initiativeModel';
import {
  INITIATIVE_SECTIONS,
  PORTFOLIO_SECTIONS,
  parseSectionList,
} from '../../shared/pack/sections';
import { packSpecSchema } from '../../shared/pack/spec';
import { CliError, UsageError, parseArgs } from '../args';
import { commandLineContext } from '../context';
import { writeOutputFile } from '../files';
import {
  findBusinessUnit,
  findInitiative,
  findOwner,
  isFilterTier,
  readWorkspace,
} from '../workspace';

export const PACK_HELP = `countersign pack: write a compliance documentation pack (.docx) from a workspace backup

  countersign pack --workspace <backup.csbackup> --initiative <id or title> --out <file.docx>
  countersign pack --workspace <backup.csbackup> --portfolio [--initiative <id or title> ...]
                   [--business-unit <unit>] [--owner <id or name>] [--tier <tier>] --out <file.docx>

Options
  --workspace <file>     A workspace backup (.csbackup), as the app's Backups screen or
                         "countersign sample" writes it. It is fully verified first.
  --initiative <x>       The initiative, by id or title (a unique start of the title will do).
                         With --portfolio, repeat it to cover only those initiatives.
  --portfolio            The portfolio pack, over every initiative unless some are named.
  --business-unit <x>    Portfolio pack: only initiatives of this business unit.
  --owner <x>            Portfolio pack: only initiatives this member owns (member id or name).
  --tier <tier>          Portfolio pack: only initiatives of this EU AI Act tier:
                           ${[...RISK_TIERS, 'unclassified'].join(', ')}
                         The three are the Dashboard's filters, stated on the pack's cover.
  --out <file>           Where to write the .docx (replaced if it exists).
  --sections <a,b,...>   Only these sections (default: all). Initiative pack:
                           ${INITIATIVE_SECTIONS.join(', ')}
                         Portfolio pack:
                           ${PORTFOLIO_SECTIONS.join(', ')}
  --from <YYYY-MM-DD>    Audit trail from this date (initiative pack; default: its start).
  --to <YYYY-MM-DD>      Audit trail up to this date, inclusive (default: its end).
  --marking <text>       Classification marking (default: the workspace's, e.g. Confidential).
  --prepared-by <name>   Who prepared the pack (default: the command line and your user name).
`;

export async function packCommand(
  argv: readonly string[],
  out: (text: string) => void,
): Promise<number> {
  const args = parseArgs(argv, {
    values: [
      'workspace',
      'out',
      'sections',
      'from',
      'to',
      'marking',
      'prepared-by',
      'business-unit',
      'owner',
      'tier',
    ],
    lists: ['initiative'],
    flags: ['portfolio', 'help'],
  });
  if (args.flags.has('help')) {
    out(PACK_HELP);
    return 0;
  }
  const workspacePath = args.values.get('workspace');
  const outPath = args.values.get('out');
  const named = args.lists.get('initiative') ?? [];
  const portfolio = args.flags.has('portfolio');
  if (!workspacePath) throw new UsageError('Give the workspace backup with --workspace <file>.');
  if (!outPath) throw new UsageError('Give the file to write with --out <file.docx>.');
  if (!outPath.toLowerCase().endsWith('.docx'))
    throw new UsageError('The pack is a Word document: --out must end in .docx.');
  if (!portfolio && named.length !== 1) {
    throw new UsageError(
      named.length === 0
        ? 'Name the initiative with --initiative <id or title>, or ask for the portfolio pack with --portfolio.'
        : 'An initiative pack covers one initiative; add --portfolio to cover several.',
    );
  }
  if (portfolio && (args.values.has('from') || args.values.has('to'))) {
    throw new UsageError(
      '--from and --to choose the audit trail of an initiative pack; the portfolio pack has none.',
    );
  }
  const filterOptions = ['business-unit', 'owner', 'tier'].filter((o) => args.values.has(o));
  if (!portfolio && filterOptions.length > 0) {
    throw new UsageError(
      `--${filterOptions[0] ?? ''} narrows the portfolio pack: add --portfolio, or leave it out.`,
    );
  }
  const tier = args.values.get('tier') ?? '';
  if (tier !== '' && !isFilterTier(tier)) {
    throw new UsageError(
      `--tier ${tier} is not a tier. Choose from: ${[...RISK_TIERS, 'unclassified'].join(', ')}.`,
    );
  }
  const allowed: readonly string[] = portfolio ? PORTFOLIO_SECTIONS : INITIATIVE_SECTIONS;
  const sectionsText = args.values.get('sections');
  let sections = [...allowed];
  if (sectionsText !== undefined) {
    const parsed = parseSectionList(sectionsText, allowed);
    if (!parsed.ok) {
      throw new UsageError(
        `Unknown section ${parsed.unknown.join(', ')}. Choose from: ${allowed.join(', ')}.`,
      );
    }
    if (parsed.sections.length === 0) throw new UsageError('--sections names no section.');
    sections = parsed.sections;
  }

  const { rows } = readWorkspace(workspacePath);
  const workspace = rows.workspace[0];
  if (!workspace) throw new CliError(`${workspacePath} holds no workspace.`);
  const initiatives = named.map((query) => findInitiative(rows.initiatives, query));
  const request = portfolio
    ? {
        kind: 'portfolio',
        initiativeIds: initiatives.length === 0 ? null : [...new Set(initiatives.map((i) => i.id))],
        sections,
        filter: {
          businessUnit: findBusinessUnit(rows.initiatives, args.values.get('business-unit')),
          ownerId: findOwner(rows.members, args.values.get('owner')),
          tier: isFilterTier(tier) ? tier : '',
        },
      }
    : {
        kind: 'initiative',
        initiativeId: initiatives[0]?.id,
        sections,
        auditFrom: args.values.get('from') ?? null,
        auditTo: args.values.get('to') ?? null,
      };
  const spec = packSpecSchema.safeParse({
    request,
    context: commandLineContext({
      marking: args.values.get('marking') ?? workspace.settings.marking,
      preparedBy: args.values.get('prepared-by'),
    }),
  });
  if (!spec.success) {
    const issue = spec.error.issues[0];
    const field = String(issue?.path.at(-1) ?? 'options');
    const option =
      { auditFrom: '--from', auditTo: '--to', marking: '--marking', name: '--prepared-by' }[
        field
      ] ?? field;
    throw new UsageError(`${option}: ${issue?.message ?? 'not valid'}.`);
  }
  let generated;
  try {
    generated = await generatePack(packSourceFromRows(rows), spec.data);
  } catch (error) {
    if (error instanceof PackInputError) throw new CliError(error.message);
    throw error;
  }
  const written = writeOutputFile(outPath, generated.bytes);
  const { meta } = generated.built.model;
  out(
    [
      `Wrote ${written}`,
      `  ${meta.title}: ${meta.subject}`,
      `  ${meta.documentVersionText}`,
      `  Audit chain: ${meta.chain.text}`,
      `  Content hash (SHA-256): ${generated.built.contentHash}`,
      '',
    ].join('\n'),
  );
  return 0;
}
