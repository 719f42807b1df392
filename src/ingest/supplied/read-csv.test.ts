import { describe, expect, it } from 'vitest';
import { readSuppliedValues } from './read-csv.ts';
import { csv, HEADER, read } from './test-files.ts';

const OPTIONS = { computedIds: new Set<string>(), allowOverride: false };

describe('readSuppliedValues(files, options)', () => {
  it('reads a survey row with its base, interval and note, and the canonical period', () => {
    const result = read([
      HEADER,
      'asc_survey_control_daily_life_pct,2024/25,77.3%,290,375,375,73.1,81.5,Fewer respondents',
    ]);
    expect(result.issues).toEqual([]);
    expect(result.values).toEqual([
      {
        indicatorId: 'asc_survey_control_daily_life_pct',
        window: 'year',
        period: '2024-25',
        start: '2024-04-01',
        end: '2025-03-31',
        value: 77.3,
        numerator: 290,
        denominator: 375,
        base: 375,
        ci: { lower: 73.1, upper: 81.5 },
        note: 'Fewer respondents',
      },
    ]);
    expect(result.files).toEqual([
      { name: 'values.csv', format: 'supplied-csv', list: null, rows: 1 },
    ]);
  });

  it('finds columns by the names councils use', () => {
    const result = read([
      'Indicator ID,Period,Value,Numerator,Denominator,Respondents,95% CI lower,95% CI upper,Notes',
      'asc_survey_control_daily_life_pct,2023-24,80,,,410,76,84,',
    ]);
    expect(result.issues).toEqual([]);
    expect(result.values[0]).toMatchObject({ base: 410, ci: { lower: 76, upper: 84 }, note: null });
    const other = readSuppliedValues(
      [
        csv(
          'm.csv',
          'Measure,Reporting period,Result,Lower CI,Upper CI,Base',
          'carers_short_breaks,Apr-24,"1,234",,,',
        ),
      ],
      OPTIONS,
    );
    expect(other.issues).toEqual([]);
    expect(other.values[0]).toMatchObject({
      indicatorId: 'carers_short_breaks',
      window: 'month',
      period: '2024-04',
      value: 1234,
      numerator: 1234,
      denominator: null,
    });
  });

  it('rejects an id the catalogue does not have, naming the file, row, column and value', () => {
    const result = read([HEADER, 'ascof_9z_made_up,2024-25,50,,,,,,']);
    expect(result.values).toEqual([]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'values.csv',
        row: 2,
        column: 'indicator',
        value: 'ascof_9z_made_up',
        message: expect.stringContaining('not an indicator id in the catalogue'),
      },
    ]);
  });

  it('rejects an id the engine computes unless the override option is given', () => {
    const row = 'referrals,2024-25 Q1,412,,,,,,';
    const refused = read([HEADER, row]);
    expect(refused.values).toEqual([]);
    expect(refused.issues).toMatchObject([
      {
        severity: 'error',
        row: 2,
        column: 'indicator',
        value: 'referrals',
        message: expect.stringContaining(
          'computed from child-level records; supply it only with the override option',
        ),
      },
    ]);
    const allowed = read([HEADER, row], true);
    expect(allowed.issues).toEqual([]);
    expect(allowed.values[0]).toMatchObject({
      indicatorId: 'referrals',
      value: 412,
      period: '2024-25 Q1',
    });
  });

  it('rejects a value that is not a number and reads 12.5, 12.5% and 1,234', () => {
    const result = read([
      HEADER,
      'case_file_audits_adequate_pct,2024-25 Q1,n/a,,,,,,',
      'case_file_audits_adequate_pct,2024-25 Q2,12.5,,,,,,',
      'case_file_audits_adequate_pct,2024-25 Q3,12.5%,,,,,,',
      'enablement_clients,2024-25,"1,234",,,,,,',
    ]);
    expect(result.issues).toMatchObject([
      {
        severity: 'error',
        row: 2,
        column: 'value',
        value: 'n/a',
        message: expect.stringContaining('number'),
      },
    ]);
    expect(result.values.map((v) => v.value)).toEqual([12.5, 12.5, 1234]);
  });

  it('warns when a percentage differs from 100 x numerator / denominator by more than 0.05', () => {
    // 100 x 1 / 3 = 33.33..: 33.3 is 0.033 away (kept quietly), 33.4 is 0.067 away (warned).
    const result = read([
      HEADER,
      'children_seen_10wd_pct,2024-04,33.3,1,3,,,,',
      'children_seen_10wd_pct,2024-05,33.4,1,3,,,,',
    ]);
    expect(result.issues).toMatchObject([
      {
        severity: 'warning',
        row: 3,
        column: 'value',
        value: '33.4',
        message: expect.stringContaining('33.33'),
      },
    ]);
    expect(result.values.map((v) => v.value)).toEqual([33.3, 33.4]);
  });

  it('rejects a numerator larger than its denominator', () => {
    const result = read([HEADER, 'carers_direct_payments_pct,2024-25,,7,5,,,,']);
    expect(result.values).toEqual([]);
    expect(result.issues).toMatchObject([
      {
        severity: 'error',
        row: 2,
        column: 'numerator',
        value: '7',
        message: expect.stringContaining('larger'),
      },
    ]);
  });

  it('warns when a value lies outside its interval, and when a non-survey has one', () => {
    const result = read([
      HEADER,
      'asc_survey_control_daily_life_pct,2024-25,70,,,300,71,80,',
      'asc_survey_control_daily_life_pct,2023-24,85,,,300,71,80,',
      'case_file_audits_adequate_pct,2024-25 Q1,60,,,,55,65,',
    ]);
    expect(result.issues.map((i) => [i.severity, i.row, i.column])).toEqual([
      ['warning', 2, 'ci_lower'],
      ['warning', 3, 'ci_upper'],
      ['warning', 4, 'ci_lower'],
    ]);
    expect(result.issues[2]?.message).toContain('not a survey');
    expect(result.values).toHaveLength(3);
  });

  it('warns when a survey result has no base', () => {
    const result = read([HEADER, 'asc_survey_control_daily_life_pct,2024-25,70,,,,,,']);
    expect(result.issues).toMatchObject([
      { severity: 'warning', row: 2, column: 'base', message: expect.stringContaining('no base') },
    ]);
    expect(result.values[0]?.base).toBeNull();
  });

  it('keeps the later of two rows for one indicator and period, with a warning', () => {
    const result = readSuppliedValues(
      [
        csv(
          'a.csv',
          HEADER,
          'carers_short_breaks,2024-25 Q1,40,,,,,,',
          'carers_short_breaks,Q1 2024/25,42,,,,,,',
        ),
        csv('b.csv', HEADER, 'carers_short_breaks,2024-25 Q1 (Apr-Jun),45,,,,,,'),
      ],
      OPTIONS,
    );
    expect(result.values).toHaveLength(1);
    expect(result.values[0]?.value).toBe(45);
    expect(result.issues).toMatchObject([
      {
        severity: 'warning',
        file: 'a.csv',
        row: 3,
        message: expect.stringContaining('a.csv row 2'),
      },
      {
        severity: 'warning',
        file: 'b.csv',
        row: 2,
        message: expect.stringContaining('a.csv row 3'),
      },
    ]);
  });

  it('computes a blank value from its numerator and denominator without an issue', () => {
    const result = read([
      HEADER,
      'ascof_2b1_at_home_91_days_pct,2024-25,,3,4,,,,',
      'carers_self_directed_support_pct,2024-25,,0,0,,,,',
      'enablement_clients,2024-25 Q2,,310,,,,,',
    ]);
    expect(result.issues).toEqual([]);
    expect(result.values.map((v) => [v.value, v.numerator, v.denominator])).toEqual([
      [75, 3, 4],
      [null, 0, 0],
      [310, 310, null],
    ]);
  });

  it('rejects a percentage over 100, a negative count and a row with no figures', () => {
    const result = read([
      HEADER,
      'ascof_3d2a_direct_payments_pct,2024-25,100.5,,,,,,',
      'carers_short_breaks,2024-04,-3,,,,,,',
      'carers_short_breaks,2024-05,,,,,,,',
    ]);
    expect(result.values).toEqual([]);
    expect(result.issues.map((i) => [i.severity, i.row, i.column, i.value])).toEqual([
      ['error', 2, 'value', '100.5'],
      ['error', 3, 'value', '-3'],
      ['error', 4, 'value', ''],
    ]);
  });

  it('rejects a period it cannot read, and a window the indicator is not reported for', () => {
    const result = read([
      HEADER,
      'carers_short_breaks,Spring 2024,5,,,,,,',
      'ascof_3d1a_self_directed_support_pct,2024-25 Q1,80,,,,,,',
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, 'period', 'Spring 2024'],
      [3, 'period', '2024-25 Q1'],
    ]);
    expect(result.issues[1]?.message).toContain('year windows only');
  });

  it('reports a missing column, an empty file and a file with no rows', () => {
    const result = readSuppliedValues(
      [
        csv('a.csv', 'indicator,value', 'carers_short_breaks,4'),
        csv('b.csv'),
        csv('c.csv', HEADER),
      ],
      OPTIONS,
    );
    expect(result.issues).toMatchObject([
      { severity: 'error', file: 'a.csv', message: 'The file has no "period" column.' },
      { severity: 'error', file: 'b.csv', message: expect.stringContaining('empty') },
      { severity: 'error', file: 'c.csv', message: expect.stringContaining('no rows') },
    ]);
  });
});
