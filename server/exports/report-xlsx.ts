import ExcelJS from 'exceljs';
import { neutraliseText, type CsvValue } from '../../core/format/csv';
import type { ReportRow } from '../../domain/report/capacity-report';
import { REPORT_COLUMNS, type ReportMeta } from './report-csv';

/** Text that a spreadsheet would run as a formula is written inert, as in the CSV export. */
const cell = (v: CsvValue) => (typeof v === 'string' ? neutraliseText(v) : (v ?? null));

/** XLSX export of the capacity report: sheet "Report" (the table), "Summary" and "Sources" (attributions, notes). */
export async function reportToXlsx(rows: readonly ReportRow[], meta: ReportMeta): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Tilannehuone';
  book.title = meta.title;
  const sheet = book.addWorksheet('Report');
  sheet.columns = REPORT_COLUMNS.map(({ name }) => ({ header: name, key: name, width: Math.max(10, name.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(REPORT_COLUMNS.map((c) => cell(c.value(r))));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const summary = book.addWorksheet('Summary');
  summary.getColumn(1).width = 120;
  for (const line of [meta.title, `${meta.municipality} · ${meta.scenario} · ${meta.generatedAt}`, '', ...meta.summary])
    summary.addRow([cell(line)]);
  summary.getRow(1).font = { bold: true };
  const sources = book.addWorksheet('Sources');
  sources.getColumn(1).width = 100;
  sources.getColumn(2).width = 20;
  sources.addRow(['attribution', 'licence']).font = { bold: true };
  for (const a of meta.attributions) sources.addRow([cell(a.attribution), cell(a.licence)]);
  sources.addRow([]);
  for (const n of meta.notes) sources.addRow([cell(n)]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
