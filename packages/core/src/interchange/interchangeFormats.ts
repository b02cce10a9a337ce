import { csvFormat } from './csv/csvFormat.js';
import type { InterchangeFormat } from './interchangeFormat.js';
import { mermaidFormat } from './mermaid/mermaidFormat.js';

/** Every import/export format. Adding a format is adding its module and listing it here. */
export const interchangeFormats: readonly InterchangeFormat[] = [mermaidFormat, csvFormat];

/** The format with this id (`csv`) or file extension (`.csv`, `csv`, `journey.csv`), in any case. */
export function findFormat(idOrExtension: string): InterchangeFormat | undefined {
  const wanted = idOrExtension.trim().toLowerCase();
  const byId = interchangeFormats.find((format) => format.id === wanted);
  if (byId) return byId;
  const dot = wanted.lastIndexOf('.');
  const extension = dot >= 0 ? wanted.slice(dot) : `.${wanted}`;
  return interchangeFormats.find((format) => format.extensions.includes(extension));
}
