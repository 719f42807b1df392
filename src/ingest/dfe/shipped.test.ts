/** The shipped files in data/dfe, checked against figures read by hand from the raw CSV. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DfeBenchmarks, readDfeBenchmarks } from './index.ts';

const DIR = fileURLToPath(new URL('../../../data/dfe/', import.meta.url));

let data: DfeBenchmarks;
beforeAll(() => {
  const names = readdirSync(DIR).filter((n) => n.endsWith('.csv.gz'));
  data = readDfeBenchmarks(names.map((name) => ({ name, bytes: readFileSync(DIR + name) })));
});

const find = (id: string, code: string, year: number) =>
  data.benchmarks.find((b) => b.indicatorId === id && b.code === code && b.year === year);

describe('readDfeBenchmarks(shipped files)', () => {
  it('reads all eleven files without an issue', () => {
    expect(data.issues).toEqual([]);
    expect(data.files).toHaveLength(11);
  });

  it('gives England 2025 re-referrals: 22.6%, 142,900 of 632,830', () => {
    expect(find('rereferrals_12m_pct', 'E92000001', 2025)).toMatchObject({
      value: 22.6,
      numerator: 142900,
      denominator: 632830,
      status: null,
    });
  });

  it('gives England CLA at 31 March 2025 as 81,770, a rate of 67 per 10,000', () => {
    expect(find('cla_open', 'E92000001', 2025)?.value).toBe(81770);
    expect(find('cla_rate_per_10k', 'E92000001', 2025)).toMatchObject({
      value: 67,
      numerator: 81770,
      denominator: 12183016,
    });
  });

  it('gives Kent 2025 care leavers 17-18 in EET as 264 of 520 (51%) and 3+ placements as 12%', () => {
    expect(find('care_leavers_eet_17_18_pct', '886', 2025)).toMatchObject({
      value: 51,
      numerator: 264,
      denominator: 520,
    });
    expect(find('cla_3plus_placements_pct', '886', 2025)).toMatchObject({
      value: 12,
      numerator: 221,
      denominator: 1896,
    });
  });

  it('gives the North East 2025 second or subsequent plans as 27.2% (1,240 of 4,540)', () => {
    expect(find('cpp_repeat_pct', 'E12000001', 2025)).toMatchObject({
      level: 'regional',
      name: 'North East',
      value: 27.2,
      numerator: 1240,
      denominator: 4540,
    });
  });

  it("gives England's mid-2024 child population as 12,183,016 and Kent as a council", () => {
    const england = data.population.find((p) => p.code === 'E92000001' && p.year === 2024);
    expect(england?.count).toBe(12183016);
    expect(data.councils.find((c) => c.code === '886')).toEqual({
      code: '886',
      newCode: 'E10000016',
      name: 'Kent',
      regionCode: 'E12000008',
      regionName: 'South East',
    });
  });

  it("gives Camden's first 2021 neighbour as 213, very close, and Barnet's 2025 first as 320", () => {
    const first = (code: string, model: string) =>
      data.neighbours.find((n) => n.code === code && n.model === model && n.rank === 1);
    expect(first('202', '2021')).toMatchObject({ neighbour: '213', closeness: 'Very close' });
    expect(first('302', '2025')).toMatchObject({ neighbour: '320', closeness: 'Close' });
  });
});
