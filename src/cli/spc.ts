/** `outturn spc`'s subcommands: state, take back and list the dates SPC limits restart from. */
import { findIndicator } from '../domain/index.ts';
import {
  addRecalculation,
  loadLocalIndicators,
  loadRecalculations,
  removeRecalculation,
} from '../store/index.ts';
import type { Config } from './config.ts';
import { councilCode, withStore } from './indicators.ts';
import { textTable } from './table.ts';
import { UsageError } from './usage-error.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

export interface Change {
  from: string;
  la?: string;
  reason?: string;
  user: string;
}

export async function recalculate(config: Config, indicator: string, o: Change): Promise<number> {
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

export async function remove(config: Config, indicator: string, o: Change): Promise<number> {
  return withStore(config, async (store) => {
    const la = await councilCode(store, o.la);
    if (!(await removeRecalculation(store.db, la, indicator, o.from))) {
      throw new UsageError(`no recalculation of ${indicator} from ${o.from} for council ${la}`);
    }
    log(`removed: ${indicator} from ${o.from}`);
    return 0;
  });
}

export async function list(
  config: Config,
  o: { la?: string; format: 'json' | 'table' },
): Promise<number> {
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
