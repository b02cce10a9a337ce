import { inputText } from '../inputText.js';
import type { InterchangeFormat } from '../interchangeFormat.js';
import { exportCsv } from './exportCsv.js';
import { importCsv } from './importCsv.js';

/** The journey table as CSV: everything in the journey, one value per row. */
export const csvFormat: InterchangeFormat = {
  id: 'csv',
  label: 'CSV journey table',
  extensions: ['.csv'],
  binary: false,
  import: async (input, options) => importCsv(inputText(input), options),
  export: async (journey) => exportCsv(journey),
};
