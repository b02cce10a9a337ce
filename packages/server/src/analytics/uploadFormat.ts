import { type DatasetKind, InputError, inputFormat } from '@waymark/analytics';
import { ApiError } from '../http/ApiError.js';

export type UploadFormat = 'csv' | 'ndjson' | 'parquet' | 'xlsx';

/** The formats each kind of dataset is read from (as packages/analytics reads them). */
export const formatsOf: Readonly<Record<DatasetKind, readonly UploadFormat[]>> = {
  events: ['csv', 'ndjson', 'parquet'],
  feedback: ['csv', 'xlsx'],
};

const byMediaType: Readonly<Record<string, UploadFormat>> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/jsonlines': 'ndjson',
  'application/vnd.apache.parquet': 'parquet',
  'application/x-parquet': 'parquet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/**
 * The format of an upload: from its Content-Type when that says one, else from its name's
 * extension (generic types like application/octet-stream say nothing). A 415 names what works.
 */
export function uploadFormat(kind: DatasetKind, contentType: string | undefined, name: string): UploadFormat {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const allowed = formatsOf[kind];
  const refuse = (what: string) =>
    ApiError.unsupportedMediaType(
      `cannot read ${kind} from ${what}: send ${allowed.join(', ')} (a Content-Type like text/csv, or a name ending in .${allowed.join(', .')})`,
    );
  const byType = byMediaType[mediaType];
  if (byType !== undefined) {
    if (!allowed.includes(byType)) throw refuse(byType);
    return byType;
  }
  let format: UploadFormat;
  try {
    format = inputFormat(name, allowed);
  } catch (error) {
    if (error instanceof InputError) throw refuse(`'${name}' sent as ${mediaType || 'no Content-Type'}`);
    throw error;
  }
  return format;
}
