import { inputText } from '../inputText.js';
import type { InterchangeFormat } from '../interchangeFormat.js';
import { exportUjm } from './exportUjm.js';
import { importUjm } from './importUjm.js';

/** OpenUJI UJM 1.0-draft JSON(-LD), with Waymark extension fields for what UJM has no term for. */
export const ujmFormat: InterchangeFormat = {
  id: 'ujm',
  label: 'OpenUJI UJM JSON',
  extensions: ['.ujm.json', '.ujm', '.jsonld'],
  binary: false,
  import: async (input, options) => importUjm(inputText(input), options),
  export: async (journey) => exportUjm(journey),
};
