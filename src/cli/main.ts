/** The `outturn` command: parses arguments and hands each command to the same functions. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import manifest from '../../package.json' with { type: 'json' };
import { WINDOW_KINDS } from '../domain/index.ts';
import type { ConfigLoader } from './config.ts';
import { parseDayOption } from './dates.ts';
import { indicatorsCommand } from './indicators-command.ts';
import { spcCommand } from './spc-command.ts';
import { targetsCommand } from './targets-command.ts';
import { UsageError } from './usage-error.ts';

/*
 * Each command's code is loaded when the command runs, not before: `outturn compute` need not
 * load the database, the server and the spreadsheet writer (about 2 s of a start).
 */
const commands = () => import('./commands.ts');
const compute = () => import('./compute.ts');
const benchmarks = () => import('./benchmarks.ts');
/** The settings, read (and checked) when a command needs them: `compute` does not. */
const config: ConfigLoader = async () => (await import('./config.ts')).readConfig(process.env);

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    let code = 0;
    await program((c) => {
      code = c;
    }).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  // Commander has already printed its message; a mistake in the call is exit code 2.
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof UsageError) {
    process.stderr.write(`outturn: ${error.message}\n`);
    return 2;
  }
  // Anything else (a database in use, a disk full) is said in one line; OUTTURN_DEBUG shows more.
  const detail = process.env.OUTTURN_DEBUG && error instanceof Error ? error.stack : String(error);
  process.stderr.write(
    `outturn: ${error instanceof Error && !process.env.OUTTURN_DEBUG ? error.message : detail}\n`,
  );
  return 1;
}

const day = (name: string) => (value: string) => {
  try {
    return parseDayOption(name, value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
};

const years = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 30)
    throw new InvalidArgumentError('give a whole number of years from 1 to 30');
  return n;
};

const DEMO_EXAMPLES = `
Examples:
  npx outturn demo --as-at 2026-03-31
  npx outturn demo --write exports/eastmarch --size large --as-at 2026-03-31`;

function program(setCode: (code: number) => void): Command {
  const cli = new Command('outturn')
    .description('Social care performance dashboards and committee reports from case records.')
    .version(manifest.version, '-V, --version', 'print the version of Outturn')
    .exitOverride()
    .showHelpAfterError('(add --help for more information)')
    .addHelpText('after', ENVIRONMENT_HELP);
  cli
    .command('serve')
    .description('serve the dashboard (loads the demo council into an empty database first)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)', Number)
    .action(async (o: { port?: number }) => {
      const settings = await config();
      await (await commands()).runServe({ ...settings, port: o.port ?? settings.port });
    });
  cli
    .command('demo')
    .description(
      '(re)load the demo council: six financial years of synthetic records; or, with --write, write its Annex A CSV files to a folder',
    )
    .option(
      '--as-at <date>',
      'extract date, YYYY-MM-DD (default: end of last month)',
      day('--as-at'),
    )
    .option('--seed <n>', 'random seed for the generator', Number)
    .addOption(
      new Option(
        '--size <size>',
        'demo: Northmere (999, about 25,000 records a year); large: Eastmarch (998, about 200,000 a year, ten years)',
      ).choices(['demo', 'large']),
    )
    .option('--years <n>', 'financial years to generate (default: 6, or 10 when large)', years)
    .option(
      '--write <folder>',
      'write the Annex A CSV files to this folder; the database is untouched',
    )
    .addHelpText('after', DEMO_EXAMPLES)
    .action(async (o) => setCode(await (await commands()).runDemo(await config(), o)));
  cli
    .command('import')
    .description(
      'import case files (Annex A CSV or XLSX, CIN census XML, SSDA903 CSV) or, with --supplied, supplied values; all or nothing',
    )
    .argument('<files...>', 'files or folders of files')
    .option('--la <code>', 'council code (default: the only council in the database)')
    .option('--la-name <name>', 'council name, for a council new to the database')
    .option('--supplied', 'the files hold supplied values (indicator, period, value, ...)')
    .option('--allow-override', 'with --supplied: accept values for indicators Outturn computes')
    .option(
      '--as-at <date>',
      "the extract's as-at date, YYYY-MM-DD (default: today)",
      day('--as-at'),
    )
    .option(
      '--from <date>',
      'first day the extract covers (default: earliest event)',
      day('--from'),
    )
    .option('--user <name>', 'who is importing, for the import history', process.env.USER ?? 'cli')
    .action(async (files: string[], o) =>
      setCode(await (await commands()).runImport(await config(), files, o)),
    );
  cli
    .command('compute')
    .description('compute indicators from files, without the database, and print them')
    .argument('<paths...>', 'case files or folders (Annex A, CIN census, SSDA903)')
    .requiredOption('--as-at <date>', "the data's as-at date, YYYY-MM-DD", day('--as-at'))
    .option('--from <date>', 'first day the data covers (default: earliest event)', day('--from'))
    .option('--la <code>', 'council code to put in the output')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'),
    )
    .addOption(new Option('--window <kind>', 'only this window kind').choices([...WINDOW_KINDS]))
    .option(
      '--definitions <file>',
      "a JSON file of local indicators to compute with the catalogue's",
    )
    .addOption(
      new Option(
        '--threads <count>',
        'threads reading Annex A CSV lists (default: 2 from 16 MB of files on two or more cores)',
      ).choices(['1', '2']),
    )
    .option(
      '--timings',
      "print how long each step took, to stderr: start (node and Outturn's code), files (their bytes), read (records), engine, print",
    )
    .action(async (paths: string[], o) => setCode(await (await compute()).runCompute(paths, o)));
  indicatorsCommand(cli, config, setCode);
  targetsCommand(cli, config, setCode);
  spcCommand(cli, config, setCode);
  cli
    .command('benchmarks')
    .description('load the DfE published benchmarks, population and statistical neighbours')
    .argument('[folder]', 'folder of DfE .csv or .csv.gz files (default: the copy shipped)')
    .action(async (folder: string | undefined) =>
      setCode(await (await benchmarks()).runBenchmarks(await config(), folder)),
    );
  return cli;
}

const ENVIRONMENT_HELP = `
Environment:
  PORT              port for "serve" (default 3000)
  DATABASE_URL      use this PostgreSQL server instead of the embedded database
  OUTTURN_DATA_DIR  the embedded database's folder (default ./.outturn)

Examples:
  npx outturn serve
  npx outturn import exports/annex-a/ --la 999 --as-at 2026-10-31
  npx outturn compute exports/annex-a/ --as-at 2026-10-31 --format table --window year`;
