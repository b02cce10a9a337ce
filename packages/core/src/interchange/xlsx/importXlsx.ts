import { importError } from '../finishImport.js';
import type { ImportOptions, ImportResult } from '../interchangeFormat.js';
import { type SourceRow, type TableRow, tableColumns } from '../table/tableFields.js';
import { tableToJourney } from '../table/tableToJourney.js';
import { JOURNEY_SHEET } from './exportXlsx.js';
import { loadExcelJs } from './loadExcelJs.js';

/**
 * Reads the journey table from the sheet "Journey" of an XLSX workbook (as `exportXlsx`
 * writes it; other sheets are ignored). Problems are reported with their row number as the line.
 */
export async function importXlsx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const fileName = options.fileName;
  const fail = (message: string, line?: number): ImportResult => ({
    ok: false,
    errors: [importError('', message, { fileName, line })],
  });
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(data);
  } catch (error) {
    return fail(`not a readable XLSX workbook (${error instanceof Error ? error.message : String(error)})`);
  }
  const sheet = workbook.worksheets.find(
    (ws) => ws.name.trim().toLowerCase() === JOURNEY_SHEET.toLowerCase(),
  );
  if (!sheet) {
    const names = workbook.worksheets.map((ws) => `'${ws.name}'`).join(', ') || 'none';
    return fail(`no sheet named '${JOURNEY_SHEET}' (the workbook has: ${names})`);
  }
  const names = rowTexts(sheet.getRow(1).values).map((name) => name.trim().toLowerCase());
  const missing = tableColumns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const plural = missing.length > 1 ? 's' : '';
    const list = missing.map((m) => `'${m}'`).join(', ');
    return fail(
      `sheet '${sheet.name}': missing column${plural} ${list} in row 1 (needs: ${tableColumns.join(', ')})`,
      1,
    );
  }
  const rows: SourceRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = rowTexts(sheet.getRow(r).values);
    if (cells.every((cell) => cell.trim() === '')) continue;
    const row = Object.fromEntries(
      tableColumns.map((column) => [column, cells[names.indexOf(column)] ?? '']),
    ) as TableRow;
    rows.push({ row, line: r });
  }
  return tableToJourney(rows, options);
}

/** The cells of a row as text; exceljs puts cell n at index n (index 0 is empty). */
function rowTexts(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if ('text' in cell) return cellText(cell.text);
  }
  return '';
}
