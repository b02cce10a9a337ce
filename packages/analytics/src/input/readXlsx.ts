import ExcelJS from 'exceljs';
import type { AnalyticsEngine, ReadFileResult } from '../engine/AnalyticsEngine.js';
import { InputError } from './InputError.js';

/** Text of an exceljs cell value: rich text joined, dates as ISO 8601, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return null;
  }
  return String(value);
}

/**
 * Reads the first worksheet of an XLSX file (header row first) into a raw table of text
 * columns plus `line` (the sheet's row number). Survey exports are small; rows go in by batch.
 */
export async function readXlsx(engine: AnalyticsEngine, view: string, file: string): Promise<ReadFileResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new InputError(
      file,
      `not a readable XLSX file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new InputError(file, 'the workbook has no worksheet');
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  for (let column = 1; column <= headerRow.cellCount; column++) {
    const text = cellText(headerRow.getCell(column).value)?.trim() ?? '';
    headers.push(text === '' ? `column${column}` : text);
  }
  if (headers.length === 0) throw new InputError(file, 'the first worksheet has no header row', 1);
  await engine.createTable(view, [['line', 'BIGINT'], ...headers.map((h) => [h, 'VARCHAR'] as const)], {
    temporary: true,
  });
  const rows: (string | number | null)[][] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = headers.map((_, index) => cellText(row.getCell(index + 1).value));
    if (values.some((v) => v !== null && v.trim() !== '')) rows.push([number, ...values]);
  });
  await engine.insertRows(view, ['line', ...headers], rows);
  return { columns: headers, rejected: [], rejectedCount: 0 };
}
