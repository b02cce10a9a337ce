import type { InterchangeFormat } from '../interchangeFormat.js';
import { exportMarkdown } from './exportMarkdown.js';

/** A readable Markdown document of the map (export only). */
export const markdownFormat: InterchangeFormat = {
  id: 'md',
  label: 'Markdown document',
  extensions: ['.md', '.markdown'],
  binary: false,
  export: async (journey) => exportMarkdown(journey),
};
