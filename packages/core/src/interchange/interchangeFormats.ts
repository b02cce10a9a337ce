import { csvFormat } from './csv/csvFormat.js';
import type { InterchangeFormat } from './interchangeFormat.js';
import { jsonFormat, yamlFormat } from './journeyFile/journeyFileFormats.js';
import { markdownFormat } from './markdown/markdownFormat.js';
import { mermaidFormat } from './mermaid/mermaidFormat.js';
import { ujmFormat } from './ujm/ujmFormat.js';
import { xlsxFormat } from './xlsx/xlsxFormat.js';

/** Every import/export format. Adding a format is adding its module and listing it here. */
export const interchangeFormats: readonly InterchangeFormat[] = [
  yamlFormat,
  jsonFormat,
  mermaidFormat,
  csvFormat,
  xlsxFormat,
  markdownFormat,
  ujmFormat,
];

/**
 * The format with this id (`csv`) or file name ending (`.csv`, `csv`, `journey.ujm.json`), in
 * any case. The longest matching ending wins, so `map.ujm.json` is UJM and `map.json` is JSON.
 */
export function findFormat(idOrExtension: string): InterchangeFormat | undefined {
  const wanted = idOrExtension.trim().toLowerCase();
  const byId = interchangeFormats.find((format) => format.id === wanted);
  if (byId) return byId;
  const name = wanted.includes('.') ? wanted : `.${wanted}`;
  let best: { format: InterchangeFormat; length: number } | undefined;
  for (const format of interchangeFormats) {
    for (const extension of format.extensions) {
      if (name.endsWith(extension) && extension.length > (best?.length ?? 0))
        best = { format, length: extension.length };
    }
  }
  return best?.format;
}
