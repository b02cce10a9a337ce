import type { FileFormat } from '../engine/AnalyticsEngine.js';
import { InputError } from './InputError.js';

const byExtension: Readonly<Record<string, FileFormat | 'xlsx'>> = {
  csv: 'csv',
  tsv: 'csv',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  json: 'ndjson',
  parquet: 'parquet',
  xlsx: 'xlsx',
};

/** The format of an input file, from its extension. */
export function inputFormat(file: string, allowed: readonly (FileFormat | 'xlsx')[]): FileFormat | 'xlsx' {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const format = byExtension[extension];
  if (format === undefined || !allowed.includes(format)) {
    const names = allowed.map((f) => (f === 'ndjson' ? '.ndjson/.jsonl' : `.${f}`)).join(', ');
    throw new InputError(file, `cannot tell the file's format from its name; expected ${names}`);
  }
  return format;
}
