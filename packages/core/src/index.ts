// The public surface of @waymark/core. Each area keeps its own section; add named exports only.

export type { Diagnostic } from './diagnostic.js';
export { formatDiagnostic, formatPath } from './diagnostic.js';
export type { Channel } from './model/channels.js';
// --- model ---
export { channels, findChannel, isOnlineChannel } from './model/channels.js';
export { Gain, Insight, insightSources, PainPoint } from './model/findings.js';
export type { JourneyInput, ReviewCadence } from './model/journey.js';
export { FORMAT_VERSION, Journey, Review, reviewCadences } from './model/journey.js';
export { Persona } from './model/persona.js';
export type { MetricKind } from './model/plan.js';
export {
  Action,
  actionStatuses,
  KpiTarget,
  Measurement,
  Metric,
  metricKinds,
  Opportunity,
  opportunityStatuses,
} from './model/plan.js';
export { EvidenceLevel, evidenceLevels, Id, IsoDate } from './model/primitives.js';
export { Path, pathKinds, Stage, StageLoop } from './model/stage.js';
export type { BlueprintLane } from './model/step.js';
export {
  Blueprint,
  blueprintLanes,
  Emotion,
  emptyBlueprint,
  MomentOfTruth,
  Step,
  Touchpoint,
} from './model/step.js';
export type { ElementKind, StepPlace } from './model/walk.js';
export { allSteps, allTouchpoints, indexIds } from './model/walk.js';
export { IdAllocator, slugify } from './util/slug.js';

// --- format (file format: parse, write, JSON Schema) ---
export type { ParseOptions, ParseResult } from './format/parseJourney.js';
export { parseJourney, validateJourney } from './format/parseJourney.js';
export { writeJourney } from './format/writeJourney.js';

// --- lint and health ---

// --- diff ---

// --- scoring ---

// --- interchange (import/export formats) ---
export { exportCsv } from './interchange/csv/exportCsv.js';
export { importCsv } from './interchange/csv/importCsv.js';
export type {
  ImportOptions,
  ImportResult,
  InterchangeFormat,
  InterchangeFormatId,
} from './interchange/interchangeFormat.js';
export { findFormat, interchangeFormats } from './interchange/interchangeFormats.js';
export { exportMermaid } from './interchange/mermaid/exportMermaid.js';
export { importMermaid } from './interchange/mermaid/importMermaid.js';

// --- templates ---
export { findTemplate, templates } from './templates/index.js';
export type { Template } from './templates/template.js';
