/** The report as an Excel workbook: a dashboard sheet a committee reads, and a data sheet. */
import type ExcelJS from 'exceljs';
import { type DisclosedPoint, SUPPRESSED_SYMBOL } from '../assess/index.ts';
import type { Point } from '../domain/index.ts';
import type { ReportCell, ReportModel, ReportRow } from './model.ts';

const POLARITY_WORDS: Record<string, string> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  neutral: 'Neither higher nor lower is better',
};

/** Number format for an indicator's values in Excel. */
function numberFormat(row: Pick<ReportRow, 'unit' | 'decimals'>): string {
  const digits = row.decimals > 0 ? `0.${'0'.repeat(row.decimals)}` : '0';
  const base = `#,##${digits}`;
  return row.unit === 'percent' ? `${base}"%"` : base;
}

/** Renders the report as XLSX bytes. */
export async function renderXlsx(model: ReportModel): Promise<Uint8Array<ArrayBuffer>> {
  // exceljs takes a second or two to load: only a request for a workbook pays for it.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Outturn';
  addDashboard(book, model);
  addData(book, model);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function addDashboard(book: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = book.addWorksheet('Dashboard', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([model.title]).font = { bold: true, size: 14 };
  sheet.addRow([
    `Periods: ${model.window}. RAG: On target, Near target (within tolerance), Off target, No target.`,
  ]);
  const periods = model.rows[0]?.recent.map((c) => c.period) ?? [];
  const header = sheet.addRow([
    'Indicator',
    'Better',
    'Latest period',
    'Latest',
    'Numerator',
    'Denominator',
    'Target',
    'RAG',
    ...periods,
  ]);
  header.font = { bold: true };
  for (const row of model.rows) addDashboardRow(sheet, row, periods);
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 18;
  for (let c = 3; c <= 8 + periods.length; c++) sheet.getColumn(c).width = 14;
}

function addDashboardRow(
  sheet: ExcelJS.Worksheet,
  row: ReportRow,
  periods: readonly string[],
): void {
  const byPeriod = new Map(row.recent.map((c) => [c.period, shown(c)]));
  const added = sheet.addRow([
    row.title,
    POLARITY_WORDS[row.polarity] ?? row.polarity,
    row.latest?.period ?? 'no data',
    row.latest ? shown(row.latest) : null,
    row.latest?.withheld ? SUPPRESSED_SYMBOL : (row.latest?.numerator ?? null),
    row.latest?.withheld ? SUPPRESSED_SYMBOL : (row.latest?.denominator ?? null),
    row.target,
    row.ragWord,
    ...periods.map((p) => byPeriod.get(p) ?? null),
  ]);
  const format = numberFormat(row);
  for (const c of [4, 7, ...periods.map((_, i) => 9 + i)]) added.getCell(c).numFmt = format;
}

/** A cell's value, or `[c]` when disclosure control withholds it. */
function shown(cell: ReportCell): number | string | null {
  return cell.withheld ? SUPPRESSED_SYMBOL : cell.value;
}

/** Value, numerator and denominator, each `[c]` when withheld. */
function figures(p: Point): (number | string | null)[] {
  const w = (p as Partial<DisclosedPoint>).withheld;
  return [
    w?.value ? SUPPRESSED_SYMBOL : p.value,
    w?.numerator ? SUPPRESSED_SYMBOL : p.numerator,
    w?.denominator ? SUPPRESSED_SYMBOL : p.denominator,
  ];
}

function addData(book: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = book.addWorksheet('Data');
  sheet.addRow([
    'indicator',
    'window',
    'period',
    'start',
    'end',
    'value',
    'numerator',
    'denominator',
    'partial',
  ]).font = { bold: true };
  for (const s of model.series) {
    for (const p of s.points) {
      sheet.addRow([
        s.indicatorId,
        p.window,
        p.period,
        p.start,
        p.end,
        ...figures(p),
        p.partial ? 'partial' : '',
      ]);
    }
  }
}
