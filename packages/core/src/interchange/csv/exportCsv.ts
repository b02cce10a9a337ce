import Papa from 'papaparse';
import type { Journey } from '../../model/journey.js';
import { journeyToTable } from '../table/journeyToTable.js';
import { findTableField, isTableKind, type TableRow, tableColumns } from '../table/tableFields.js';
import { guardCell } from './csvCells.js';

/**
 * The journey as CSV: the journey table (columns kind, id, stage, step, lane, persona, value; see
 * docs/interchange.md), RFC 4180 quoting, UTF-8 with a byte order mark so spreadsheets read
 * non-Latin text, and text cells that a spreadsheet would run as a formula written with a
 * leading apostrophe (numbers stay numbers). `importCsv` reads it back without loss.
 */
export function exportCsv(journey: Journey): string {
  const rows = journeyToTable(journey).map((row) =>
    tableColumns.map((column) => (column === 'value' && isNumeric(row) ? row.value : guardCell(row[column]))),
  );
  return `\uFEFF${Papa.unparse({ fields: [...tableColumns], data: rows }, { newline: '\r\n' })}\r\n`;
}

/** Numbers are written as numbers: `-1` is a number to a spreadsheet, not a formula. */
function isNumeric(row: TableRow): boolean {
  return isTableKind(row.kind) && findTableField(row.kind, row.lane)?.type === 'number';
}
