/** Compares the engine's series with the oracle's points, for every id both compute. */
import type { Series } from '../../src/domain/index.ts';
import type { OraclePoint } from './oracle.ts';

type Field = 'value' | 'numerator' | 'denominator';
const FIELDS: readonly Field[] = ['value', 'numerator', 'denominator'];

export interface Mismatch {
  id: string;
  kind: string;
  period: string;
  /** `missing` when one side has a point the other has not. */
  field: Field | 'missing';
  engine: number | null | undefined;
  oracle: number | null | undefined;
}

export interface Agreement {
  /** Ids both compute, in the engine's order. */
  ids: string[];
  /** Engine ids the oracle has no SQL for. */
  engineOnly: string[];
  points: number;
  mismatches: Mismatch[];
  /**
   * Points the oracle says the data cannot give (value, numerator and denominator all null)
   * where the engine gives a figure: not counted as mismatches, listed for review.
   */
  unknown: Mismatch[];
}

function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Every point of every id both compute, field by field (within 1e-9, relative for large
 * values). A window the engine gives and the oracle does not (or the reverse) is a mismatch.
 */
export function compareWithOracle(
  series: readonly Series[],
  oracle: readonly OraclePoint[],
): Agreement {
  const byId = new Map<string, Map<string, OraclePoint>>();
  for (const p of oracle) {
    const points = byId.get(p.id) ?? new Map<string, OraclePoint>();
    points.set(`${p.kind} ${p.period}`, p);
    byId.set(p.id, points);
  }
  const result: Agreement = { ids: [], engineOnly: [], points: 0, mismatches: [], unknown: [] };
  for (const s of series) {
    const expected = byId.get(s.indicatorId);
    if (!expected) {
      result.engineOnly.push(s.indicatorId);
      continue;
    }
    result.ids.push(s.indicatorId);
    const seen = new Set<string>();
    for (const p of s.points) {
      const key = `${p.window} ${p.period}`;
      seen.add(key);
      const o = expected.get(key);
      const base = { id: s.indicatorId, kind: p.window, period: p.period };
      result.points++;
      if (!o) {
        result.mismatches.push({ ...base, field: 'missing', engine: p.value, oracle: undefined });
        continue;
      }
      const differ = FIELDS.filter((f) => !same(p[f], o[f]));
      if (differ.length > 0 && FIELDS.every((f) => o[f] === null)) {
        result.unknown.push({ ...base, field: 'value', engine: p.value, oracle: null });
        continue;
      }
      for (const f of differ) {
        result.mismatches.push({ ...base, field: f, engine: p[f], oracle: o[f] });
      }
    }
    for (const [key, o] of expected) {
      if (seen.has(key)) continue;
      result.mismatches.push({
        id: o.id,
        kind: o.kind,
        period: o.period,
        field: 'missing',
        engine: undefined,
        oracle: o.value,
      });
    }
  }
  return result;
}

/** The agreement as printable lines: totals, mismatches per id and the first few of each. */
export function describeAgreement(a: Agreement, examples = 3): string[] {
  const lines = [
    `agreement: ${a.ids.length} ids, ${a.points} points compared, ${a.mismatches.length} mismatches`,
  ];
  if (a.engineOnly.length > 0) lines.push(`  not in the oracle: ${a.engineOnly.join(', ')}`);
  const unknownIds = [...new Set(a.unknown.map((m) => m.id))];
  if (a.unknown.length > 0) {
    lines.push(
      `  ${a.unknown.length} points the engine gives where the oracle finds the files cannot tell (${unknownIds.join(', ')})`,
    );
  }
  const perId = new Map<string, number>();
  for (const m of a.mismatches) perId.set(m.id, (perId.get(m.id) ?? 0) + 1);
  for (const [id, n] of perId) lines.push(`  ${id}: ${n}`);
  const shown = new Map<string, number>();
  for (const m of a.mismatches) {
    const n = shown.get(m.id) ?? 0;
    if (n >= examples) continue;
    shown.set(m.id, n + 1);
    lines.push(
      `  e.g. ${m.id} ${m.kind} ${m.period} ${m.field}: engine ${m.engine} vs oracle ${m.oracle}`,
    );
  }
  return lines;
}
