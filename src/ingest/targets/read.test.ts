import { describe, expect, it } from 'vitest';
import { CATALOGUE, type IndicatorDefinition } from '../../domain/index.ts';
import { csv } from '../supplied/test-files.ts';
import { pct, workbookFile } from '../supplied/test-workbooks.ts';
import { readTargetFiles } from './read.ts';

/** A council's local indicator, to show local ids are known too. */
const LOCAL: IndicatorDefinition = {
  id: 'local_visits_10wd_pct',
  title: 'Visits within 10 working days',
  description: 'Local measure.',
  unit: 'percent',
  polarity: 'higher_is_better',
  kind: 'flow',
  source: 'child-level',
  basis: 'local',
};
const OPTIONS = { indicators: [...CATALOGUE, LOCAL] };
const HEADER = 'indicator,financial year,target,tolerance,tolerance kind,profile';
const PROFILE = '"8,8,8,8,8,8,9,9,9,9,8,8"';

const read = (...lines: string[]) => readTargetFiles([csv('targets.csv', ...lines)], OPTIONS);

describe('readTargetFiles(files, options) with CSV', () => {
  it('reads targets with every spelling of the year, computed, supplied and local ids alike', async () => {
    const result = await read(
      HEADER,
      'rereferrals_12m_pct,2024-25,20,2,absolute,',
      `referrals,FY25/26,4800,,,${PROFILE}`,
      'ascof_2b1_at_home_91_days_pct,202526,82,5,relative,',
      'Visits within 10 working days,2025/2026,90,5%,% of target,',
    );
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual([{ name: 'targets.csv', format: 'csv', rows: 4 }]);
    expect(result.targets).toEqual([
      {
        indicatorId: 'rereferrals_12m_pct',
        financialYear: 2024,
        value: 20,
        tolerance: 2,
        toleranceKind: 'absolute',
      },
      {
        indicatorId: 'referrals',
        financialYear: 2025,
        value: 4800,
        tolerance: null,
        toleranceKind: null,
        profile: [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8],
      },
      {
        indicatorId: 'ascof_2b1_at_home_91_days_pct',
        financialYear: 2025,
        value: 82,
        tolerance: 0.05,
        toleranceKind: 'relative',
      },
      {
        indicatorId: LOCAL.id,
        financialYear: 2025,
        value: 90,
        tolerance: 0.05,
        toleranceKind: 'relative',
      },
    ]);
  });

  it('needs only indicator, financial year and target, under the names councils use', async () => {
    const result = await read('Measure ID,Year,Target value', 'cpp_open,2025-26,300');
    expect(result.issues).toEqual([]);
    expect(result.targets).toEqual([
      {
        indicatorId: 'cpp_open',
        financialYear: 2025,
        value: 300,
        tolerance: null,
        toleranceKind: null,
      },
    ]);
  });

  it('reports every bad cell with file, row, column and value, and keeps no target from those rows', async () => {
    const result = await read(
      HEADER,
      'no_such_indicator,2024-25,20,,,',
      'rereferrals_12m_pct,2024-26,20,,,',
      'rereferrals_12m_pct,2025-26,twenty,,,',
      'rereferrals_12m_pct,2026-27,120,,,',
      'referrals,2024-25,-4,,,',
      'referrals,2025-26,4000,2,,',
      'referrals,2026-27,4000,,relative,',
      'referrals,2027-28,4000,2,loose,',
      'referrals,2028-29,4000,-2,absolute,',
      'referrals,2029-30,4000,150,relative,',
      'referrals,2030-31,4000,,,"1,2,3"',
      ',,,,,',
      ',2031-32,,,,',
    );
    expect(result.targets).toEqual([]);
    const where = result.issues.map((i) => [i.severity, i.row, i.column, i.value]);
    expect(where).toEqual([
      ['error', 2, 'indicator', 'no_such_indicator'],
      ['error', 3, 'financial year', '2024-26'],
      ['error', 4, 'target', 'twenty'],
      ['error', 5, 'target', '120'],
      ['error', 6, 'target', '-4'],
      ['error', 7, 'tolerance', '2'],
      ['error', 8, 'tolerance kind', 'relative'],
      ['error', 9, 'tolerance kind', 'loose'],
      ['error', 10, 'tolerance', '-2'],
      ['error', 11, 'tolerance', '150'],
      ['error', 12, 'profile', '1,2,3'],
      ['error', 14, 'indicator', ''],
      ['error', 14, 'target', ''],
    ]);
    expect(result.issues.every((i) => i.file === 'targets.csv')).toBe(true);
    expect(result.issues[10]?.message).toBe(
      'A profile has 12 numbers, April to March; this has 3.',
    );
  });

  it('refuses a second target for the same indicator and year, naming the first', async () => {
    const result = await readTargetFiles(
      [
        csv('a.csv', HEADER, 'referrals,2025-26,4000,,,'),
        csv('b.csv', HEADER, 'referrals,2024-25,3900,,,', 'referrals,2025/26,4100,,,'),
      ],
      OPTIONS,
    );
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'b.csv',
        row: 3,
        column: 'financial year',
        value: '2025/26',
        message:
          'The same indicator and financial year are given at a.csv row 2: give one target for each.',
      },
    ]);
  });

  it('warns once per file how a bare year is read, and of tolerances that look like fractions', async () => {
    const result = await read(
      HEADER,
      'referrals,2025,4000,0.05,relative,',
      'cpp_open,2025,0,5,relative,',
      'rereferrals_12m_pct,2025,0.2,,,',
    );
    expect(result.targets.map((t) => t.financialYear)).toEqual([2025, 2025, 2025]);
    expect(result.issues.map((i) => [i.severity, i.row, i.column])).toEqual([
      ['warning', 2, 'tolerance'],
      ['warning', 2, 'financial year'],
      ['warning', 3, 'tolerance'],
      ['warning', 4, 'target'],
    ]);
    expect(result.issues[1]?.message).toMatch(/2025 is 2025-26\. Write 2024-25 if you meant/);
  });

  it('names a missing column, an empty file and a header with no rows', async () => {
    const missing = await read('indicator,target', 'referrals,4000');
    expect(missing.issues.map((i) => i.message)).toEqual([
      'The file has no "financial year" column.',
    ]);
    expect((await read('')).issues.map((i) => i.message)).toEqual([
      'The file is empty: there is no header row.',
    ]);
    expect((await read(HEADER)).issues.map((i) => i.message)).toEqual([
      'The file has no rows of targets under its header.',
    ]);
  });
});

describe('readTargetFiles(files, options) with workbooks', () => {
  it('reads a sheet under title rows, percent-formatted cells as Excel shows them', async () => {
    const book = await workbookFile('targets.xlsx', [
      { name: 'Notes', rows: [['Targets agreed at cabinet']] },
      {
        name: 'Targets 2025-26',
        rows: [
          ['Northmere targets 2025-26'],
          HEADER.split(','),
          ['assessments_within_45wd_pct', '2025-26', pct(0.88), pct(0.05), 'relative', ''],
          ['referrals', 'FY25/26', 4800, '', '', '8;8;8;8;8;8;9;9;9;9;8;8'],
        ],
      },
    ]);
    const result = await readTargetFiles([book], OPTIONS);
    expect(result.targets).toEqual([
      {
        indicatorId: 'assessments_within_45wd_pct',
        financialYear: 2025,
        value: 88,
        tolerance: 0.05,
        toleranceKind: 'relative',
      },
      {
        indicatorId: 'referrals',
        financialYear: 2025,
        value: 4800,
        tolerance: null,
        toleranceKind: null,
        profile: [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8],
      },
    ]);
    expect(result.issues.map((i) => [i.severity, i.sheet, i.row])).toEqual([
      ['warning', 'Notes', undefined],
    ]);
    expect(result.files).toEqual([{ name: 'targets.xlsx', format: 'xlsx', rows: 2 }]);
  });

  it('reports a bad cell with its sheet, and a workbook with no sheet of targets', async () => {
    const bad = await workbookFile('bad.xlsx', [
      { name: 'T', rows: [HEADER.split(','), ['referrals', '2025-26', 'lots']] },
    ]);
    const none = await workbookFile('none.xlsx', [{ name: 'Other', rows: [['a', 'b']] }]);
    const result = await readTargetFiles([bad, none], OPTIONS);
    expect(result.issues.map((i) => [i.file, i.sheet, i.row, i.column, i.value])).toEqual([
      ['bad.xlsx', 'T', 2, 'target', 'lots'],
      ['none.xlsx', 'Other', undefined, undefined, undefined],
      ['none.xlsx', undefined, undefined, undefined, undefined],
    ]);
  });
});
