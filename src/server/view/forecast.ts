/**
 * The year-end forecast on a card: for the financial year the data reaches into, from its whole
 * months so far and the target's monthly profile (or straight-line), whether the target is on
 * track and what each remaining month needs.
 */
import { forecastYearEnd, isWithheld, type Target, targetFor } from '../../assess/index.ts';
import {
  displayDecimals,
  financialYearLabel,
  financialYearOf,
  formatValue,
  type IndicatorDefinition,
  parseIsoDay,
  type Series,
} from '../../domain/index.ts';
import type { ForecastView } from './model.ts';

const MONTHS_IN_YEAR = 12;

function yearOf(iso: string): number {
  const day = parseIsoDay(iso);
  if (day === null) throw new Error(`invalid date: ${iso}`);
  return financialYearOf(day);
}

function neededText(def: IndicatorDefinition, needed: number): string {
  const decimals = displayDecimals(def);
  if (def.kind === 'flow' && def.unit === 'percent') {
    return `${formatValue(needed, 'percent', decimals)} of the rest of the year's cases`;
  }
  if (def.kind === 'flow') return `${formatValue(needed, def.unit, 0)} a month`;
  const sign = needed > 0 ? '+' : '';
  return `${sign}${formatValue(needed, def.unit, decimals)} a month`;
}

/**
 * The forecast for the financial year of `asAt` (`yyyy-mm-dd`); null before its first whole
 * month, after its last, or when a month so far is withheld by disclosure control.
 */
export function forecastView(
  def: IndicatorDefinition,
  series: Series,
  targets: readonly Target[],
  asAt: string | null,
): ForecastView | null {
  if (asAt === null || def.unit === 'working_days') return null;
  const year = yearOf(asAt);
  const months = series.points.filter(
    (p) => p.window === 'month' && !p.partial && yearOf(p.end) === year,
  );
  if (months.length === 0 || months.length >= MONTHS_IN_YEAR || months.some(isWithheld)) {
    return null;
  }
  const target = targetFor(targets, def.id, year);
  if (!target && !(def.kind === 'flow' && def.unit === 'count')) return null;
  const f = forecastYearEnd({
    definition: def,
    months,
    ...(target ? { target } : {}),
    ...(target?.profile ? { profile: target.profile } : {}),
  });
  if (f.value === null) return null;
  const method = {
    profile: 'the monthly profile',
    straight_line: 'straight-line',
    latest: 'the latest month standing',
  }[f.method];
  return {
    year: financialYearLabel(year),
    valueText: formatValue(f.value, def.unit, displayDecimals(def)),
    basisText: `from ${f.monthsElapsed} month${f.monthsElapsed === 1 ? '' : 's'}, ${method}`,
    onTrackText:
      f.onTrack === null
        ? null
        : f.onTrack
          ? 'On track to meet the target'
          : 'Not on track to meet the target',
    neededText:
      f.neededPerMonth === null || f.onTrack !== false
        ? null
        : `To meet it: ${neededText(def, f.neededPerMonth)}`,
  };
}
