/** The `outturn targets` command and its subcommands, as commander declares them. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { ConfigLoader } from './config.ts';

/** The subcommands' code, loaded when one runs (it opens the database). */
const run = () => import('./targets.ts');

const USER = process.env.USER ?? 'cli';

const amount = (value: string) => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('give a number, 0 or more');
  return n;
};

const IMPORT_HELP = `
Columns: indicator, financial year (2024-25, 2024/25, FY24/25, 202425; a bare 2025 is 2025-26),
target, and optionally tolerance, tolerance kind (absolute, or relative: a percentage of the
target, 5 for 5%) and profile (12 numbers, April to March, such as "8;8;8;8;8;8;9;9;9;9;8;8").
A target without a tolerance takes the council's RAG rule for its indicator, if any.

Example:
  npx outturn targets import targets-2025-26.xlsx --la 999 --reason "agreed at cabinet, 12 March"`;

export function targetsCommand(cli: Command, config: ConfigLoader, setCode: (c: number) => void) {
  const targets = cli
    .command('targets')
    .description("a council's targets, tolerances and RAG rules, with every change's history");
  targets
    .command('list')
    .description('list the targets in force, every change, and the council’s RAG rules')
    .option('--la <code>', 'council code (default: the only council in the database)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'table']).default('table'),
    )
    .action(async (o) => setCode(await (await run()).runTargetsList(await config(), o)));
  targets
    .command('import')
    .description('set targets from CSV or XLSX files; all or nothing')
    .argument('<files...>', 'CSV or XLSX files, or folders of them')
    .option('--la <code>', 'council code (default: the only council in the database)')
    .requiredOption('--reason <text>', 'why, for the history of changes')
    .option('--user <name>', 'who is setting them', USER)
    .addHelpText('after', IMPORT_HELP)
    .action(async (files: string[], o) =>
      setCode(await (await run()).runTargetsImport(await config(), files, o)),
    );
  targets
    .command('rule')
    .description(
      "set the council's RAG rule for an indicator (the tolerance of its targets set without one), or clear it",
    )
    .argument('<indicator>', 'the indicator id')
    .option('--tolerance <amount>', 'amber within this much of the target', amount)
    .addOption(
      new Option(
        '--kind <kind>',
        'absolute: in the indicator’s unit; relative: a percentage of the target (5 for 5%)',
      ).choices(['absolute', 'relative']),
    )
    .option('--clear', 'remove the rule')
    .option('--la <code>', 'council code (default: the only council in the database)')
    .requiredOption('--reason <text>', 'why, for the history of changes')
    .option('--user <name>', 'who is making the change', USER)
    .action(async (id: string, o) =>
      setCode(await (await run()).runTargetsRule(await config(), id, o)),
    );
}
