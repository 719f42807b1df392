import { describe, expect, it } from 'vitest';
import { readDfeBenchmarks } from './index.ts';
import { csvFile, HEADERS, TEN } from './test-files.ts';

describe('readDfeBenchmarks(files) on statistical neighbours', () => {
  it('reads the 2021 groupings, whose closeness columns are all named SNP, skipping blank and label rows', () => {
    const file = csvFile('New_Statistical_Neighbour_Groupings_April_2021.csv', HEADERS.sn2021, [
      `999,Testshire,999,8,South East,${TEN('Very Close')},`,
      ',,,,,,,,,,,,,,,,,,,,,,,,,',
      ',Old SNs:,,,,,,,,,,,,,,,,,,,,,,,,',
    ]);
    const { neighbours, issues } = readDfeBenchmarks([file]);
    expect(issues).toEqual([]);
    expect(neighbours).toHaveLength(10);
    expect(neighbours[0]).toEqual({
      code: '999',
      model: '2021',
      rank: 1,
      neighbour: '901',
      closeness: 'Very close',
    });
    expect(neighbours[9]).toMatchObject({ rank: 10, neighbour: '910' });
  });

  it('reads the 2025 model, trimming closeness', () => {
    const file = csvFile('sn_model_2025_wide.csv', HEADERS.sn2025, [
      `999,Testshire,8,South East,${TEN('Close ')}`,
    ]);
    const { neighbours } = readDfeBenchmarks([file]);
    expect(neighbours.map((n) => [n.model, n.rank, n.neighbour, n.closeness])[2]).toEqual([
      '2025',
      3,
      '903',
      'Close',
    ]);
  });

  it('reports a neighbour that is not a 3-digit LA code', () => {
    const file = csvFile('sn_model_2025_wide.csv', HEADERS.sn2025, [
      `999,Testshire,8,South East,${TEN('Close').replace('905', 'Kent')}`,
    ]);
    const { neighbours, issues } = readDfeBenchmarks([file]);
    expect(neighbours).toHaveLength(9);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'sn_model_2025_wide.csv',
        row: 2,
        column: 'SN_5',
        value: 'Kent',
      }),
    ]);
  });
});
