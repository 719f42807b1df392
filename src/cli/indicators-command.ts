/** The `outturn indicators` command and its subcommands, as commander declares them. */
import { type Command, Option } from 'commander';
import type { ConfigLoader } from './config.ts';

/** The subcommands' code, loaded when one runs (it opens the database). */
const run = () => import('./indicators.ts');

const USER = process.env.USER ?? 'cli';

export function indicatorsCommand(
  cli: Command,
  config: ConfigLoader,
  setCode: (c: number) => void,
) {
  const indicators = cli
    .command('indicators')
    .description("the indicator catalogue and a council's local indicators");
  indicators
    .command('list')
    .description("list the catalogue's definitions, and a council's local ones with --la")
    .option('--la <code>', 'also list this council’s local indicators')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'table']).default('table'),
    )
    .action(async (o) => setCode(await (await run()).runIndicatorsList(await config(), o)));
  indicators
    .command('define')
    .description(
      "add or change a council's local indicators from a JSON definitions file, and recompute",
    )
    .argument('<file>', 'definitions: { "indicators": [ { "id", "title", ..., "rule" } ] }')
    .option('--la <code>', 'council code (default: the only council in the database)')
    .requiredOption('--reason <text>', 'why, for the history of changes')
    .option('--user <name>', 'who is making the change', USER)
    .action(async (file: string, o) =>
      setCode(await (await run()).runIndicatorsDefine(await config(), file, o)),
    );
  indicators
    .command('retire')
    .description("stop computing a council's local indicator (its history is kept)")
    .argument('<id>', 'the local indicator id')
    .option('--la <code>', 'council code (default: the only council in the database)')
    .requiredOption('--reason <text>', 'why, for the history of changes')
    .option('--user <name>', 'who is making the change', USER)
    .action(async (id: string, o) =>
      setCode(await (await run()).runIndicatorsRetire(await config(), id, o)),
    );
}
