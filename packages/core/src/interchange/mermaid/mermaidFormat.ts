import { inputText } from '../inputText.js';
import type { InterchangeFormat } from '../interchangeFormat.js';
import { exportMermaid } from './exportMermaid.js';
import { importMermaid } from './importMermaid.js';

/** Mermaid `journey` diagrams: stages, steps and emotion scores only. */
export const mermaidFormat: InterchangeFormat = {
  id: 'mermaid',
  label: 'Mermaid journey diagram',
  extensions: ['.mmd', '.mermaid'],
  binary: false,
  import: async (input, options) => importMermaid(inputText(input), options),
  export: async (journey) => exportMermaid(journey),
};
