import { formatDiagnostic } from '../../diagnostic.js';
import { parseJourney } from '../../format/parseJourney.js';
import { writeJourney } from '../../format/writeJourney.js';
import { inputText } from '../inputText.js';
import type { ImportOptions, ImportResult, InterchangeFormat } from '../interchangeFormat.js';

/** Reads Waymark's own journey file (YAML or JSON); its warnings become notes. */
function importJourneyFile(input: string | Uint8Array, options?: ImportOptions): ImportResult {
  const result = parseJourney(inputText(input), { fileName: options?.fileName });
  if (!result.ok) return { ok: false, errors: result.errors };
  return { ok: true, journey: result.journey, notes: result.warnings.map(formatDiagnostic) };
}

/** Waymark's journey file as YAML (the format of docs/format.md). */
export const yamlFormat: InterchangeFormat = {
  id: 'yaml',
  label: 'Waymark journey (YAML)',
  extensions: ['.yaml', '.yml'],
  binary: false,
  import: async (input, options) => importJourneyFile(input, options),
  export: async (journey) => writeJourney(journey, 'yaml'),
};

/** Waymark's journey file as JSON. */
export const jsonFormat: InterchangeFormat = {
  id: 'json',
  label: 'Waymark journey (JSON)',
  extensions: ['.json'],
  binary: false,
  import: async (input, options) => importJourneyFile(input, options),
  export: async (journey) => writeJourney(journey, 'json'),
};
