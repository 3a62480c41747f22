import { CliError, UsageError } from './args';
import { PACK_HELP, packCommand } from './commands/pack';
import { SAMPLE_HELP, sampleCommand } from './commands/sample';
import { VERIFY_HELP, verifyCommand } from './commands/verify';
import { appVersion } from './context';

export const HELP = `countersign: Countersign's command-line tool

Usage
  npx countersign pack --workspace <backup.csbackup> --initiative <id or title> --out <file.docx>
  npx countersign pack --workspace <backup.csbackup> --portfolio --out <file.docx>
  npx countersign sample --out <file.csbackup>
  npx countersign verify <bundle.zip | backup.csbackup> [--pack <file.docx>]

Commands
  pack      Write a compliance documentation pack (Word) for one initiative or the portfolio.
  sample    Write the sample workspace (signed sign-offs, a valid audit chain) as a backup.
  verify    Check an audit bundle or a workspace backup offline (files, chain, signatures),
            and a pack against a backup.

Run "npx countersign <command> --help" for a command's options.
Exit codes: 0 done, 1 the input was refused or did not verify, 2 the command line is wrong.
`;

const HELPS: Record<string, string> = { pack: PACK_HELP, sample: SAMPLE_HELP, verify: VERIFY_HELP };

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Runs the command line; resolves with the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out((rest[0] === undefined ? undefined : HELPS[rest[0]]) ?? HELP);
        return 0;
      case '--version':
      case 'version':
        io.out(appVersion());
        return 0;
      case 'pack':
        return await packCommand(rest, io.out);
      case 'sample':
        return await sampleCommand(rest, io.out);
      case 'verify':
        return verifyCommand(rest, io.out);
      default:
        throw new UsageError(`Unknown command “${command}”.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`countersign: ${error.message}\nRun "npx countersign --help" for usage.`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`countersign: ${error.message}`);
      return 1;
    }
    io.err(
      `countersign: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  }
}
