import { describe, expect, it } from 'vitest';
import { readDfeBenchmarks } from './index.ts';
import { COUNCIL, COUNCIL_CLA, csvFile, ENGLAND, gzipped, HEADERS, REGION } from './test-files.ts';

const C1 = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const CAT = 'Referrals and Re-referrals';

const c1 = (lines: string[]) => csvFile(C1, HEADERS.c1, lines);

describe('readDfeBenchmarks(files) on c1 referrals', () => {
  const file = c1([
    `${ENGLAND},${CAT},1000,250,25.0,40,4.0,300,30.0,900,200,22.2`,
    `${COUNCIL()},${CAT},120,c,c,x,x,10,8.3,110,c,c`,
  ]);

  it('gives referrals as a count and re-referrals as a percent of referrals', () => {
    const { benchmarks, issues } = readDfeBenchmarks([file]);
    expect(issues).toEqual([]);
    const england = benchmarks.filter((b) => b.code === 'E92000001');
    expect(england.map((b) => [b.indicatorId, b.value, b.numerator, b.denominator])).toEqual([
      ['referrals', 1000, 1000, null],
      ['rereferrals_12m_pct', 25, 250, 1000],
      ['referrals_nfa_pct', 4, 40, 1000],
    ]);
    expect(england[0]).toMatchObject({ year: 2025, level: 'national', name: 'England' });
    expect(england[0]?.source).toBe(C1);
  });

  it('keeps suppression codes as a status with a null value, never as numbers', () => {
    const council = readDfeBenchmarks([file]).benchmarks.filter((b) => b.code === '999');
    expect(council.map((b) => [b.indicatorId, b.value, b.numerator, b.status])).toEqual([
      ['referrals', 120, 120, null],
      ['rereferrals_12m_pct', null, null, 'c'],
      ['referrals_nfa_pct', null, null, 'x'],
    ]);
    expect(council[0]).toMatchObject({ level: 'la', name: 'Testshire' });
  });

  it('reads a gzipped copy the same as the plain file', () => {
    const plain = readDfeBenchmarks([file]);
    const zipped = readDfeBenchmarks([gzipped(file)]);
    expect(zipped.benchmarks).toEqual(plain.benchmarks);
    expect(zipped.files).toEqual([{ name: C1, kind: 'benchmarks', rows: 6 }]);
  });

  it('reports an unreadable value once, with its file, row, column and value', () => {
    const bad = c1([`${REGION},${CAT},many,250,25.0,40,4.0,300,30.0,900,200,22.2`]);
    const { benchmarks, issues } = readDfeBenchmarks([bad]);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: C1,
        row: 2,
        column: 'referral_count',
        value: 'many',
      }),
    ]);
    expect(benchmarks[0]).toMatchObject({
      code: 'E12000008',
      level: 'regional',
      value: null,
      status: null,
    });
  });
});

describe('readDfeBenchmarks(files) on children looked after', () => {
  const CLA = 'cla_number_and_rate_per_10k_children.csv';
  const file = csvFile(CLA, HEADERS.cla, [
    `${COUNCIL_CLA()},Children ceasing to be looked after each year,300000,410,14`,
    `${COUNCIL_CLA()},Children looked after on 31 March each year,300000,1800,60`,
    `${COUNCIL_CLA()},Children starting to be looked after each year,300000,z,z`,
  ]);

  it('takes each indicator from its population_type row, the rate over the population', () => {
    const rows = readDfeBenchmarks([file]).benchmarks;
    expect(rows.map((b) => [b.indicatorId, b.value, b.numerator, b.denominator, b.status])).toEqual(
      [
        ['cla_ceased', 410, 410, null, null],
        ['cla_open', 1800, 1800, null, null],
        ['cla_rate_per_10k', 60, 1800, 300000, null],
        ['cla_starts', null, null, null, 'z'],
      ],
    );
  });

  it('names the council from its row, where the CLA files put la_name first', () => {
    expect(readDfeBenchmarks([file]).councils).toEqual([
      {
        code: '999',
        newCode: 'E06000999',
        name: 'Testshire',
        regionCode: 'E12000008',
        regionName: 'South East',
      },
    ]);
  });
});

describe('readDfeBenchmarks(files) on care leavers activity', () => {
  const ACT = 'la_care_leavers_activity.csv';
  const EET = '"Total in education, employment or training"';
  const file = csvFile(ACT, HEADERS.activity, [
    `${COUNCIL_CLA()},17 to 18 years,Education other than higher education,20,40`,
    `${COUNCIL_CLA()},17 to 18 years,Higher education i.e. studies beyond A level,c,c`,
    `${COUNCIL_CLA()},17 to 18 years,Total,50,100`,
    `${COUNCIL_CLA()},17 to 18 years,${EET},29,58`,
    `${COUNCIL_CLA()},19 to 21 years,${EET},c,c`,
    `${COUNCIL_CLA()},19 to 21 years,Total,12,100`,
  ]);

  it("uses the file's own EET total over its Total row (not known stays in the denominator)", () => {
    const rows = readDfeBenchmarks([file]).benchmarks;
    expect(rows.map((b) => [b.indicatorId, b.value, b.numerator, b.denominator, b.status])).toEqual(
      [
        ['care_leavers_eet_17_18_pct', 58, 29, 50, null],
        ['care_leavers_eet_19_21_pct', null, null, 12, 'c'],
      ],
    );
  });
});

describe('readDfeBenchmarks(files) on ONS population', () => {
  const ONS = 'ons_mid-year_population_estimates_2012_to_2024.csv';
  const AGE = 'Children aged 0 to 17 years';

  it('gives the 0-17 estimate by place and mid-year, leaving out x', () => {
    const file = csvFile(ONS, HEADERS.ons, [
      `${ENGLAND.replace('2025', '2024')},${AGE},12000000`,
      `${COUNCIL(2024)},${AGE},x`,
      `${COUNCIL(2023)},${AGE},301234`,
    ]);
    const { population, issues } = readDfeBenchmarks([file]);
    expect(issues).toEqual([]);
    expect(population).toEqual([
      { code: 'E92000001', level: 'national', year: 2024, count: 12000000 },
      { code: '999', level: 'la', year: 2023, count: 301234 },
    ]);
  });
});

describe('readDfeBenchmarks(files) councils', () => {
  it('names each council as in the latest year seen', () => {
    const file = c1([
      `${COUNCIL(2025, 'New Testshire')},${CAT},1,0,0,0,0,0,0,1,0,0`,
      `${COUNCIL(2024, 'Old Testshire')},${CAT},1,0,0,0,0,0,0,1,0,0`,
    ]);
    expect(readDfeBenchmarks([file]).councils.map((c) => c.name)).toEqual(['New Testshire']);
  });
});

describe('readDfeBenchmarks(files) problems with whole files', () => {
  it('rejects a file it does not know, and one missing a column', () => {
    const unknown = csvFile('notes.csv', 'a,b', ['1,2']);
    const short = csvFile(C1, HEADERS.c1.replace(',rereferral_percent', ''), []);
    const { issues, files } = readDfeBenchmarks([unknown, short]);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', file: 'notes.csv' }),
      expect.objectContaining({
        severity: 'error',
        file: C1,
        message: 'Columns missing: rereferral_percent.',
      }),
    ]);
    expect(files).toEqual([{ name: C1, kind: 'benchmarks', rows: 0 }]);
  });

  it('reports a file that is not valid gzip', () => {
    const broken = { name: `${C1}.gz`, bytes: new Uint8Array([1, 2, 3]) };
    expect(readDfeBenchmarks([broken]).issues).toEqual([
      expect.objectContaining({ severity: 'error', file: `${C1}.gz` }),
    ]);
  });
});
