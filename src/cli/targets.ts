/** `outturn targets`: a council's targets and RAG rules — list, import from files, set a rule. */
import {
  type RagRule,
  type Target,
  type TargetSetting,
  type ToleranceKind,
  targetsInForce,
} from '../assess/index.ts';
import { CATALOGUE, financialYearLabel, type Issue } from '../domain/index.ts';
import {
  importTargets,
  loadLocalIndicators,
  loadRagRules,
  loadTargetHistory,
  setRagRule,
  type TargetChange,
} from '../store/index.ts';
import type { Config } from './config.ts';
import { readSourceFiles } from './files.ts';
import { type ChangeOptions, councilCode, withStore } from './indicators.ts';
import { printIssues } from './report.ts';
import { textTable } from './table.ts';
import { UsageError } from './usage-error.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** `outturn targets import <files...>`: all or nothing; exit 1 with every problem listed. */
export async function runTargetsImport(
  config: Config,
  paths: readonly string[],
  o: ChangeOptions,
): Promise<number> {
  const files = await readSourceFiles(paths, /\.(csv|xlsx)$/i);
  return withStore(config, async (store) => {
    const la = await councilCode(store, o.la);
    const at = new Date().toISOString();
    const result = await importTargets(store.db, {
      la,
      files,
      setBy: o.user,
      reason: o.reason,
      at,
    });
    if (!result.ok) return rejected(result.issues);
    log(`set ${result.targets.length} target(s) for council ${la}`);
    printIssues(result.issues, log);
    return 0;
  });
}

function rejected(issues: readonly Issue[]): number {
  const errors = issues.filter((i) => i.severity === 'error').length;
  log(`targets rejected: ${errors} error(s); nothing changed`);
  printIssues(issues, log);
  return 1;
}

/** A target's tolerance in words: `2`, `5% of target`, `5% of target (rule)`, `none`. */
export function toleranceWords(
  t: Pick<Target, 'tolerance' | 'toleranceKind' | 'toleranceSource'>,
): string {
  if (t.toleranceSource === 'none') return 'none';
  const amount = amountWords(t.tolerance, t.toleranceKind);
  return t.toleranceSource === 'rule' ? `${amount} (council rule)` : amount;
}

function amountWords(tolerance: number, kind: ToleranceKind): string {
  return kind === 'relative' ? `${round(tolerance * 100)}% of target` : String(round(tolerance));
}

function settingTolerance(t: TargetSetting): string {
  return t.tolerance === null || t.toleranceKind === null
    ? 'council rule'
    : amountWords(t.tolerance, t.toleranceKind);
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** `outturn targets list`: the targets in force, their history and the council's rules. */
export async function runTargetsList(
  config: Config,
  o: { la?: string; format: 'json' | 'table' },
): Promise<number> {
  const { la, history, rules } = await withStore(config, async (store) => {
    const code = await councilCode(store, o.la);
    return {
      la: code,
      history: await loadTargetHistory(store.db, code),
      rules: await loadRagRules(store.db, code),
    };
  });
  const inForce = targetsInForce(history, rules);
  const latest = latestOnly(history, inForce);
  process.stdout.write(
    o.format === 'json'
      ? `${JSON.stringify({ la, targets: latest, rules, history }, null, 2)}\n`
      : `${listTables(latest, history, rules)}\n`,
  );
  return 0;
}

/** The last target set for each indicator and year, in force (history is oldest first). */
function latestOnly(history: readonly TargetChange[], inForce: readonly Target[]): Target[] {
  const last = new Map<string, Target>();
  history.forEach((h, i) => {
    last.set(`${h.indicatorId}\u0000${h.financialYear}`, inForce[i]!);
  });
  return [...last.values()].sort(
    (a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.financialYear - b.financialYear,
  );
}

function listTables(
  latest: readonly Target[],
  history: readonly TargetChange[],
  rules: readonly RagRule[],
): string {
  const inForce = textTable(
    ['indicator', 'year', 'target', 'tolerance', 'profile'],
    latest.map((t) => [
      t.indicatorId,
      financialYearLabel(t.financialYear),
      String(t.value),
      toleranceWords(t),
      t.profile ? t.profile.join(' ') : 'straight-line',
    ]),
  );
  const changes = textTable(
    ['indicator', 'year', 'target', 'tolerance', 'set by', 'set at', 'reason'],
    history.map((h) => [
      h.indicatorId,
      financialYearLabel(h.financialYear),
      String(h.value),
      settingTolerance(h),
      h.setBy,
      h.setAt,
      h.reason,
    ]),
  );
  const ruleTable = textTable(
    ['indicator', 'amber within'],
    rules.map((r) => [r.indicatorId, amountWords(r.tolerance, r.toleranceKind)]),
  );
  return [
    'Targets in force',
    inForce,
    '',
    'Every change, oldest first',
    changes,
    '',
    'Council RAG rules (for targets set without a tolerance)',
    ruleTable,
  ].join('\n');
}

export interface RuleOptions extends ChangeOptions {
  tolerance?: number;
  kind?: ToleranceKind;
  clear?: boolean;
}

/**
 * `outturn targets rule <indicator>`: sets the council's RAG rule for an indicator (a relative
 * tolerance given as a percentage of the target: 5 for "amber within 5% of target"), or clears it.
 */
export async function runTargetsRule(
  config: Config,
  indicatorId: string,
  o: RuleOptions,
): Promise<number> {
  const rule = ruleFrom(o);
  return withStore(config, async (store) => {
    const la = await councilCode(store, o.la);
    const known = [...CATALOGUE, ...(await loadLocalIndicators(store.db, la))];
    if (!known.some((d) => d.id === indicatorId))
      throw new UsageError(`no indicator ${indicatorId} in the catalogue or the council's own`);
    const meta = { setBy: o.user, reason: o.reason, at: new Date().toISOString() };
    await setRagRule(store.db, la, indicatorId, rule, meta);
    log(
      rule === null
        ? `removed the RAG rule for ${indicatorId}`
        : `${indicatorId}: amber within ${amountWords(rule.tolerance, rule.toleranceKind)}`,
    );
    return 0;
  });
}

function ruleFrom(o: RuleOptions): Omit<RagRule, 'indicatorId'> | null {
  if (o.clear) {
    if (o.tolerance !== undefined || o.kind !== undefined)
      throw new UsageError('give --clear alone, or --tolerance with --kind');
    return null;
  }
  if (o.tolerance === undefined || o.kind === undefined)
    throw new UsageError('give --tolerance and --kind (or --clear to remove the rule)');
  if (o.kind === 'relative' && o.tolerance > 100)
    throw new UsageError('a relative tolerance is a percentage of the target, from 0 to 100');
  return {
    tolerance: o.kind === 'relative' ? o.tolerance / 100 : o.tolerance,
    toleranceKind: o.kind,
  };
}
