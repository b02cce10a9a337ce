import Papa from 'papaparse';
import type { Diagnostic } from '../../diagnostic.js';
import { importError } from '../finishImport.js';
import type { ImportOptions, ImportResult } from '../interchangeFormat.js';
import { type SourceRow, type TableRow, tableColumns } from '../table/tableFields.js';
import { tableToJourney } from '../table/tableToJourney.js';
import { unguardCell } from './csvCells.js';

/**
 * Reads a journey table from CSV (as `exportCsv` writes it; see docs/interchange.md). The first
 * line names the columns, in any order; extra columns are ignored. Commas, semicolons and tabs
 * are accepted as separators. Problems are reported with the line they are on.
 */
export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = parseCsv(source);
  const fileName = options.fileName;
  const fail = (line: number, message: string): ImportResult => ({
    ok: false,
    errors: [importError('', message, { fileName, line })],
  });
  const header = parsed.rows[0];
  if (!header) return fail(1, `the file is empty (expected a header line: ${tableColumns.join(', ')})`);
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const missing = tableColumns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const plural = missing.length > 1 ? 's' : '';
    return fail(
      header.line,
      `missing column${plural} ${missing.map((m) => `'${m}'`).join(', ')} (the header needs: ${tableColumns.join(', ')})`,
    );
  }
  const errors: Diagnostic[] = parsed.errors.map((error) =>
    importError('', error.message, { fileName, line: error.line }),
  );
  if (errors.length > 0) return { ok: false, errors };

  const rows: SourceRow[] = [];
  for (const { cells, line } of parsed.rows.slice(1)) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const cell = (column: string) => cells[names.indexOf(column)] ?? '';
    const row = Object.fromEntries(tableColumns.map((column) => [column, cell(column)])) as TableRow;
    row.value = unguardCell(row.value.trim());
    rows.push({ row, line });
  }
  return tableToJourney(rows, options);
}

interface ParsedCsv {
  readonly rows: { cells: string[]; line: number }[];
  readonly errors: { message: string; line: number }[];
}

/** Parses CSV text, keeping the line each record starts on (records may span lines). */
function parseCsv(text: string): ParsedCsv {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].find((d) => firstLine.includes(d)) ?? ',';
  const newline = /\r\n/.test(text.slice(0, firstLine.length + 2)) ? '\r\n' : '\n';
  const rows: ParsedCsv['rows'] = [];
  const errors: ParsedCsv['errors'] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    step: (result) => {
      const end = result.meta.cursor;
      for (const error of result.errors) errors.push({ message: csvMessage(error), line });
      rows.push({ cells: result.data, line });
      line += countNewlines(text, start, end);
      start = end;
    },
  });
  return { rows, errors };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

function csvMessage(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'a quoted cell is never closed (a " is missing)';
  if (error.code === 'InvalidQuotes') return 'a quote inside a cell is not doubled ("" stands for one ")';
  return error.message;
}
