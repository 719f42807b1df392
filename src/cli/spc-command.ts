/** `outturn spc`: the dates from which an indicator's SPC limits are worked out afresh. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { findIndicator, isoDay } from '../domain/index.ts';
import {
  addRecalculation,
  loadLocalIndicators,
  loadRecalculations,
  removeRecalculation,
} from '../store/index.ts';
import { type Config, UsageError } from './config.ts';
import { parseDayOption } from './dates.ts';
import { councilCode, withStore } from './indicators.ts';
import { textTable } from './table.ts';

const USER = process.env.USER ?? 'cli';
const log = (line: string) => process.stderr.write(`${line}\n`);

const day = (value: string) => {
  try {
    return isoDay(parseDayOption('--from', value));
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
};

interface Change {
  from: string;
  la?: string;
  reason?: string;
  user: string;
}

async function recalculate(config: Config, indicator: string, o: Change): Promise<number> {
  return withStore(config, async (store) => {
    const la = await councilCode(store, o.la);
    const local = await loadLocalIndicators(store.db, la);
    if (!findIndicator(indicator) && !local.some((d) => d.id === indicator)) {
      throw new UsageError(`${indicator} is not an indicator of council ${la}`);
    }
    const at = new Date().toISOString();
    const reason = o.reason ?? '';
    await addRecalculation(store.db, la, {
      indicatorId: indicator,
      from: o.from,
      reason,
      setBy: o.user,
      at,
    });
    log(`SPC limits of ${indicator} are worked out afresh from ${o.from} (council ${la})`);
    return 0;
  });
}

async function remove(config: Config, indicator: string, o: Change): Promise<number> {
  return withStore(config, async (store) => {
    const la = await councilCode(store, o.la);
    if (!(await removeRecalculation(store.db, la, indicator, o.from))) {
      throw new UsageError(`no recalculation of ${indicator} from ${o.from} for council ${la}`);
    }
    log(`removed: ${indicator} from ${o.from}`);
    return 0;
  });
}

async function list(config: Config, o: { la?: string; format: 'json' | 'table' }): Promise<number> {
  return withStore(config, async (store) => {
    const all = await loadRecalculations(store.db, await councilCode(store, o.la));
    const rows = all.map((r) => [r.indicatorId, r.from, r.reason, r.setBy, r.setAt.slice(0, 10)]);
    process.stdout.write(
      o.format === 'json'
        ? `${JSON.stringify(all, null, 2)}\n`
        : `${textTable(['indicator', 'from', 'reason', 'by', 'on'], rows)}\n`,
    );
    return 0;
  });
}

export function spcCommand(cli: Command, config: Config, setCode: (c: number) => void) {
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
    .action(async (id: string, o: Change) => setCode(await recalculate(config, id, o)));
  spc
    .command('remove')
    .description('take back a recalculation date')
    .argument('<indicator>', 'the indicator id')
    .requiredOption('--from <date>', 'the date to take back, YYYY-MM-DD', day)
    .option('--la <code>', 'council code (default: the only council in the database)')
    .option('--user <name>', 'who is taking it back', USER)
    .action(async (id: string, o: Change) => setCode(await remove(config, id, o)));
  spc
    .command('list')
    .description("the council's recalculation dates")
    .option('--la <code>', 'council code (default: the only council in the database)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'table']).default('table'),
    )
    .action(async (o) => setCode(await list(config, o)));
}
