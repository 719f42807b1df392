/** `outturn indicators`: the catalogue and a council's local indicators — list, define, retire. */
import { CATALOGUE, type IndicatorDefinition } from '../domain/index.ts';
import {
  defineLocalIndicators,
  listLas,
  loadLocalIndicators,
  openStore,
  retireLocal,
  type Store,
} from '../store/index.ts';
import type { Config } from './config.ts';
import { rejectDefinitions } from './definitions.ts';
import { readSourceFiles } from './files.ts';
import { textTable } from './table.ts';
import { UsageError } from './usage-error.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

export interface ChangeOptions {
  la?: string;
  user: string;
  reason: string;
}

export async function withStore<T>(config: Config, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The council named, or the only one in the database. */
export async function councilCode(store: Store, la: string | undefined): Promise<string> {
  const known = await listLas(store.db);
  if (la !== undefined) {
    if (!known.some((k) => k.code === la)) throw new UsageError(`no council ${la} in the database`);
    return la;
  }
  if (known.length !== 1) throw new UsageError('say which council with --la <code>');
  return known[0]!.code;
}

function rows(defs: readonly IndicatorDefinition[]): string[][] {
  return defs.map((d) => [d.id, d.unit, d.polarity, d.kind, d.source, d.basis, d.title]);
}

/** `outturn indicators list`: the catalogue, and the council's local indicators when named. */
export async function runIndicatorsList(
  config: Config,
  o: { la?: string; format: 'json' | 'table' },
): Promise<number> {
  const local =
    o.la === undefined
      ? []
      : await withStore(config, async (s) => loadLocalIndicators(s.db, await councilCode(s, o.la)));
  const defs = [...CATALOGUE, ...local];
  const header = ['id', 'unit', 'polarity', 'kind', 'source', 'basis', 'title'];
  process.stdout.write(
    o.format === 'json'
      ? `${JSON.stringify(defs, null, 2)}\n`
      : `${textTable(header, rows(defs))}\n`,
  );
  return 0;
}

/** `outturn indicators define <file>`: all or nothing; exit 1 with every problem listed. */
export async function runIndicatorsDefine(
  config: Config,
  path: string,
  o: ChangeOptions,
): Promise<number> {
  const [file] = await readSourceFiles([path], /\.json$/i);
  if (!file) throw new UsageError(`no definitions file: ${path}`);
  return withStore(config, async (store) => {
    const la = await councilCode(store, o.la);
    const at = new Date().toISOString();
    const result = await defineLocalIndicators(store.db, {
      la,
      file,
      setBy: o.user,
      at,
      reason: o.reason,
    });
    if (!result.ok) return rejectDefinitions(result.issues);
    for (const def of result.definitions) log(`defined ${def.id}: ${def.title}`);
    log(result.recomputed ? `recomputed council ${la}` : `council ${la} has no records yet`);
    return 0;
  });
}

/** `outturn indicators retire <id>`: the series go, the history stays. */
export async function runIndicatorsRetire(
  config: Config,
  id: string,
  o: ChangeOptions,
): Promise<number> {
  return withStore(config, async (store) => {
    const la = await councilCode(store, o.la);
    const at = new Date().toISOString();
    const result = await retireLocal(store.db, { la, id, setBy: o.user, at, reason: o.reason });
    if (!result.ok) throw new UsageError(result.message);
    log(`retired ${id}${result.recomputed ? `; recomputed council ${la}` : ''}`);
    return 0;
  });
}
