/**
 * Golden file of the judgements over a whole synthetic council: Northmere's series (the golden
 * expected.json, itself checked against the engine) and the demo's targets → for every
 * child-level indicator and window kind: the latest whole figure, its target and RAG, direction
 * of travel, SPC variation and assurance, the year-end forecast, and the periods disclosure
 * control withholds. Update procedure: CONTRIBUTING.md, "Golden files".
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  discloseSeries,
  forecastYearEnd,
  isWithheld,
  spc,
  summarise,
  type Target,
  targetFor,
  travelOf,
} from '../../src/assess/index.ts';
import { generateDemo } from '../../src/demo/index.ts';
import {
  financialYearOf,
  findIndicator,
  type IndicatorDefinition,
  type Point,
  parseIsoDay,
  type Series,
  WINDOW_KINDS,
} from '../../src/domain/index.ts';
import { checkGoldenText, type GoldenDoc } from './golden-file.ts';
import { EXPECTED_FILE } from './northmere.ts';

const JUDGEMENTS_FILE = path.join(import.meta.dirname, 'northmere', 'judgements.json');

function yearOf(iso: string): number {
  return financialYearOf(parseIsoDay(iso) ?? 0);
}

function forecastOf(
  def: IndicatorDefinition,
  series: Series,
  targets: readonly Target[],
  asAt: string,
) {
  const year = yearOf(asAt);
  const months = series.points.filter(
    (p) => p.window === 'month' && !p.partial && yearOf(p.end) === year,
  );
  if (months.length === 0) return null;
  const target = targetFor(targets, def.id, year);
  const f = forecastYearEnd({ definition: def, months, ...(target ? { target } : {}) });
  return { value: f.value, onTrack: f.onTrack, neededPerMonth: f.neededPerMonth };
}

function judge(def: IndicatorDefinition, series: Series, targets: readonly Target[], asAt: string) {
  return WINDOW_KINDS.map((window) => {
    const s = summarise(def, series, targets, window);
    const whole = series.points.filter((p) => p.window === window && !p.partial);
    const travel = s.latest ? travelOf(s.latest, whole, def) : null;
    const withValues = whole.filter((p): p is Point & { value: number } => p.value !== null);
    const target = s.target?.value;
    const overlapping = window === 'ytd' || window === 'r12';
    const chart = spc(overlapping ? [] : withValues, {
      polarity: def.polarity,
      ...(target === undefined ? {} : { target }),
    });
    const withheld = discloseSeries(series, def)
      .filter((p) => p.window === window && isWithheld(p))
      .map((p) => p.period);
    return {
      id: def.id,
      window,
      latest: s.latest ? { period: s.latest.period, value: s.latest.value } : null,
      target: s.target?.value ?? null,
      rag: s.rag,
      previous: travel?.previous.direction ?? null,
      lastYear: travel?.lastYear.direction ?? null,
      variation: chart.variation,
      assurance: chart.assurance,
      signals: chart.points.filter((p) => p.rules.length > 0).length,
      ...(window === 'month' ? { forecast: forecastOf(def, series, targets, asAt) } : {}),
      withheld,
    };
  });
}

describe('golden file: judgements over Northmere', () => {
  it('gives the expected RAG, travel, SPC, forecasts and disclosure for every indicator', async () => {
    const doc = JSON.parse(await readFile(EXPECTED_FILE, 'utf8')) as GoldenDoc;
    const asAt = String(doc.input.asAt);
    const demo = generateDemo({
      asAt: parseIsoDay(asAt) ?? 0,
      seed: Number(doc.input.seed),
      years: Number(doc.input.years),
    });
    const lines = doc.indicators.flatMap((s) => {
      const def = findIndicator(s.id);
      if (!def) throw new Error(`no definition for ${s.id}`);
      return judge(def, { indicatorId: s.id, points: s.points }, demo.targets, asAt);
    });
    expect(lines.some((l) => l.rag !== 'none')).toBe(true);
    expect(lines.some((l) => l.variation !== null && l.variation !== 'common_cause')).toBe(true);
    expect(lines.some((l) => l.withheld.length > 0)).toBe(true);
    const text = `[\n${lines.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`;
    await checkGoldenText(JUDGEMENTS_FILE, text, {
      changedName: 'judgements-changed.json',
      mayUpdate: true,
      describe: (expected) => {
        const before = new Set(expected.split('\n'));
        const changed = text.split('\n').filter((line) => !before.has(line));
        return [`${changed.length} lines differ`, ...changed.slice(0, 6)];
      },
    });
  });
});
