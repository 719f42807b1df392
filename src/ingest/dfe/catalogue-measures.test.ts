/** The catalogue's benchmark mapping names measures this reader produces, and misses none. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../domain/index.ts';
import { BENCHMARK_SPECS } from './specs.ts';

const produced = new Set(BENCHMARK_SPECS.flatMap((spec) => spec.measures.map((m) => m.id)));

describe('catalogue benchmark measures', () => {
  it('are all measures the DfE files give', () => {
    const named = CATALOGUE.flatMap((def) => (def.benchmark ? [def.benchmark.measure] : []));
    expect(named.filter((measure) => !produced.has(measure))).toEqual([]);
  });

  it('cover every catalogue id the DfE files give a figure for', () => {
    const unmapped = CATALOGUE.filter((def) => produced.has(def.id) && !def.benchmark);
    expect(unmapped.map((def) => def.id)).toEqual([]);
  });

  it('derive rates per 10,000 only from counts', () => {
    const derived = CATALOGUE.filter((def) => def.benchmark?.derive === 'rate_per_10k');
    expect(derived.map((def) => [def.id, def.unit, def.benchmark?.measure])).toEqual([
      ['referral_rate_per_10k', 'rate_per_10k', 'referrals'],
      ['cpp_rate_per_10k', 'rate_per_10k', 'cpp_open'],
    ]);
  });
});
