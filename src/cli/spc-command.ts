/** `outturn spc`: the dates from which an indicator's SPC limits are worked out afresh. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { isoDay } from '../domain/index.ts';
import type { ConfigLoader } from './config.ts';
import { parseDayOption } from './dates.ts';
import type { Change } from './spc.ts';

/** The subcommands' code, loaded when one runs (it opens the database). */
const run = () => import('./spc.ts');

const USER = process.env.USER ?? 'cli';

const day = (value: string) => {
  try {
    return isoDay(parseDayOption('--from', value));
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
};

export function spcCommand(cli: Command, config: ConfigLoader, setCode: (c: number) => void) {
  const spc = cli
    .command('spc')
    .description('statistical process control: dates from which limits are worked out afresh');
  spc
    .command('recalculate')
    .description(
      "work an indicator's mean and process limits out afresh from a date (a change in practice)",
    )
    .argument('<indicator>', 'the indicator id')
    .requiredOption('--from <date>', 'the first day of the new limits, YYYY-MM-DD', day)
    .requiredOption('--reason <text>', 'what changed, for the record')
    .option('--la <code>', 'council code (default: the only council in the database)')
    .option('--user <name>', 'who is stating it', USER)
    .action(async (id: string, o: Change) =>
      setCode(await (await run()).recalculate(await config(), id, o)),
    );
  spc
    .command('remove')
    .description('take back a recalculation date')
    .argument('<indicator>', 'the indicator id')
    .requiredOption('--from <date>', 'the date to take back, YYYY-MM-DD', day)
    .option('--la <code>', 'council code (default: the only council in the database)')
    .option('--user <name>', 'who is taking it back', USER)
    .action(async (id: string, o: Change) =>
      setCode(await (await run()).remove(await config(), id, o)),
    );
  spc
    .command('list')
    .description("the council's recalculation dates")
    .option('--la <code>', 'council code (default: the only council in the database)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'table']).default('table'),
    )
    .action(async (o) => setCode(await (await run()).list(await config(), o)));
}
