import type { InterchangeFormat } from '../interchangeFormat.js';
import { exportXlsx } from './exportXlsx.js';
import { importXlsx } from './importXlsx.js';

/** An Excel workbook: the journey table on the sheet "Journey", a readable map on the sheet "Map". */
export const xlsxFormat: InterchangeFormat = {
  id: 'xlsx',
  label: 'Excel workbook',
  extensions: ['.xlsx'],
  binary: true,
  import: async (input, options) =>
    typeof input === 'string'
      ? {
          ok: false,
          errors: [{ severity: 'error', path: '', message: 'an XLSX workbook is bytes, not text' }],
        }
      : importXlsx(input, options),
  export: (journey) => exportXlsx(journey),
};
