import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { discloseAll } from '../assess/index.ts';
import { CATALOGUE, type Point, type Series } from '../domain/index.ts';
import { buildReport } from './model.ts';
import { renderXlsx } from './xlsx.ts';

function q(
  period: string,
  end: string,
  value: number | null,
  numerator: number,
  denominator: number | null,
): Point {
  return { window: 'quarter', period, start: end, end, value, numerator, denominator };
}

const series: Series[] = [
  {
    indicatorId: 'referrals',
    points: [
      q('2025-26 Q1', '2025-06-30', 812, 812, null),
      q('2025-26 Q2', '2025-09-30', 790, 790, null),
    ],
  },
  {
    indicatorId: 'rereferrals_12m_pct',
    points: [
      q('2025-26 Q1', '2025-06-30', 20.25, 162, 800),
      q('2025-26 Q2', '2025-09-30', 17.5, 140, 800),
    ],
  },
];
const targets = [
  {
    indicatorId: 'rereferrals_12m_pct',
    financialYear: 2025,
    value: 16,
    tolerance: 2,
    toleranceKind: 'absolute' as const,
  },
];

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe('renderXlsx(buildReport(...))', () => {
  it('writes a dashboard row per indicator with value, target, RAG word and recent periods', async () => {
    const model = buildReport({
      council: { code: '999', name: 'Northmere' },
      series,
      targets,
      window: 'quarter',
    });
    const book = await read(await renderXlsx(model));
    const sheet = book.getWorksheet('Dashboard')!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Indicator',
      'Better',
      'Latest period',
      'Latest',
      'Numerator',
      'Denominator',
      'Target',
      'RAG',
      '2025-26 Q1',
      '2025-26 Q2',
    ]);
    const rereferrals = sheet.getRow(5);
    expect(rereferrals.getCell(1).value).toBe('Re-referrals within 12 months');
    expect(rereferrals.getCell(2).value).toBe('Lower is better');
    expect(rereferrals.getCell(4).value).toBe(17.5);
    expect(rereferrals.getCell(4).numFmt).toBe('#,##0.0"%"');
    expect(rereferrals.getCell(5).value).toBe(140);
    expect(rereferrals.getCell(7).value).toBe(16);
    expect(rereferrals.getCell(8).value).toBe('Near target');
    expect(sheet.getRow(4).getCell(8).value).toBe('No target');
  });
  it('keeps every point at full precision on the data sheet', async () => {
    const model = buildReport({
      council: { code: '999', name: 'Northmere' },
      series,
      targets,
      window: 'quarter',
    });
    const data = (await read(await renderXlsx(model))).getWorksheet('Data')!;
    expect(data.rowCount).toBe(5);
    expect(data.getRow(4).values).toEqual([
      undefined,
      'rereferrals_12m_pct',
      'quarter',
      '2025-26 Q1',
      '2025-06-30',
      '2025-06-30',
      20.25,
      162,
      800,
      '',
    ]);
  });
});

describe('renderXlsx of disclosed figures', () => {
  it('writes [c] for every withheld figure, on the dashboard and the data sheet', async () => {
    const small: Series[] = [
      { indicatorId: 'referrals', points: [q('2025-26 Q1', '2025-06-30', 4, 4, null)] },
    ];
    const defs = CATALOGUE.filter((d) => d.id === 'referrals');
    const model = buildReport({
      council: { code: '999', name: 'Northmere' },
      series: discloseAll(small, defs),
      targets: [],
      window: 'quarter',
    });
    const book = await read(await renderXlsx(model));
    const rows = book.getWorksheet('Dashboard')!.getSheetValues() as unknown[][];
    const referrals = rows.find((r) => r?.[1] === 'Referrals') ?? [];
    expect(referrals.slice(4, 7)).toEqual(['[c]', '[c]', '[c]']);
    const data = book.getWorksheet('Data')!.getRow(2).values as unknown[];
    expect(data.slice(6, 8)).toEqual(['[c]', '[c]']);
    expect(JSON.stringify(book.getWorksheet('Data')!.getSheetValues())).not.toContain('"4"');
  });
});
