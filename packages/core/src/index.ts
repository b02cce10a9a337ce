// The public surface of @waymark/core. Each area keeps its own section; add named exports only.

export type { Diagnostic } from './diagnostic.js';
export { formatDiagnostic, formatPath } from './diagnostic.js';
export type {
  AnalysisDocumentInput,
  Comparison,
  Conformance,
  DirectlyFollowsGraph,
  Feedback,
  Funnel,
  InputSummary,
  PathVariants,
  ScoreKind,
  ScoreSummary,
  Suggestion,
  Theme,
} from './model/analysis.js';
export {
  ANALYSIS_FORMAT_VERSION,
  AnalysisDocument,
  analysisJsonSchema,
  scoreKinds,
} from './model/analysis.js';
export type { Channel } from './model/channels.js';
// --- model ---

export { channels, findChannel, isOnlineChannel } from './model/channels.js';
export { Gain, Insight, insightSources, PainPoint } from './model/findings.js';
export type { JourneyInput, ReviewCadence } from './model/journey.js';
export { FORMAT_VERSION, Journey, Review, reviewCadences } from './model/journey.js';
export { metricDirection } from './model/metricDirection.js';
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
export { EvidenceLevel, evidenceLevels, Id, IsoDate, reservedIds } from './model/primitives.js';
export type { PatternKind } from './model/signals.js';
export { EventPattern, patternKind, patternProblem, patternRegex, Signal } from './model/signals.js';
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
export { printable } from './util/printable.js';
export { IdAllocator, slugify } from './util/slug.js';
export { closest, didYouMean } from './util/suggest.js';

// --- format (file format: parse, write, JSON Schema) ---

export { journeyJsonSchema } from './format/fileSchema.js';
export type { ParseOptions, ParseResult } from './format/parseJourney.js';
export { parseJourney, validateJourney } from './format/parseJourney.js';
export type { RewriteResult } from './format/rewriteJourneyText.js';
export { rewriteJourneyText } from './format/rewriteJourneyText.js';
export { writeJourney } from './format/writeJourney.js';

// --- lint and health ---

export { addCadence } from './lint/calendar.js';
export { describeCounts, formatLintReport } from './lint/formatLintReport.js';
export type { CategoryHealth, HealthScore, RuleTally } from './lint/healthScore.js';
export { computeHealth, healthCategoryInfo, severityWeights } from './lint/healthScore.js';
export type { LintFinding, LintOptions, LintReport } from './lint/lintJourney.js';
export { lintJourney } from './lint/lintJourney.js';
export type {
  HealthCategory,
  LintContext,
  LintRule,
  LintSeverity,
  PlacedStep,
  PlacedTouchpoint,
  RuleHit,
  RuleSetting,
} from './lint/lintRule.js';
export { healthCategories, lintSeverities } from './lint/lintRule.js';
export { findLintRule, lintRules } from './lint/lintRules.js';

// --- diff ---

export { diffJourneys } from './diff/diffJourneys.js';
export { formatDiff } from './diff/formatDiff.js';
export type { ChangedElement, ChangeKind, JourneyChange, JourneyDiff } from './diff/journeyChange.js';
export { changedElements, changeKinds } from './diff/journeyChange.js';

// --- scoring ---

export type { OpportunityScore, RankedOpportunity } from './scoring.js';
export { DEFAULT_REACH, opportunityReach, rankOpportunities, scoreOpportunity } from './scoring.js';

// --- interchange (import/export formats) ---

export { csvFormat } from './interchange/csv/csvFormat.js';
export { exportCsv } from './interchange/csv/exportCsv.js';
export { importCsv } from './interchange/csv/importCsv.js';
export type {
  ImportOptions,
  ImportResult,
  InterchangeFormat,
  InterchangeFormatId,
} from './interchange/interchangeFormat.js';
export { findFormat, interchangeFormats } from './interchange/interchangeFormats.js';
export { jsonFormat, yamlFormat } from './interchange/journeyFile/journeyFileFormats.js';
export { exportMarkdown } from './interchange/markdown/exportMarkdown.js';
export { markdownFormat } from './interchange/markdown/markdownFormat.js';
export { exportMermaid } from './interchange/mermaid/exportMermaid.js';
export {
  DEFAULT_MERMAID_PERSONA,
  IMPLICIT_MERMAID_STAGE,
  importMermaid,
} from './interchange/mermaid/importMermaid.js';
export { mermaidFormat } from './interchange/mermaid/mermaidFormat.js';
export { journeyToTable } from './interchange/table/journeyToTable.js';
export type { TableColumn, TableRow } from './interchange/table/tableFields.js';
export { tableColumns } from './interchange/table/tableFields.js';
export { exportUjm } from './interchange/ujm/exportUjm.js';
export { importUjm } from './interchange/ujm/importUjm.js';
export { ujmFormat } from './interchange/ujm/ujmFormat.js';
export { exportXlsx, JOURNEY_SHEET, MAP_SHEET } from './interchange/xlsx/exportXlsx.js';
export { importXlsx } from './interchange/xlsx/importXlsx.js';
export { xlsxFormat } from './interchange/xlsx/xlsxFormat.js';

// --- commands (fine-grained edits) ---

export type { AcceptableItem, AcceptResult } from './commands/acceptAnalysis.js';
export { acceptAnalysis, acceptableItems } from './commands/acceptAnalysis.js';
export type { CommandResult } from './commands/applyCommands.js';
export { applyCommands } from './commands/applyCommands.js';
export type { JourneyCommandOp } from './commands/journeyCommand.js';
export {
  AddCommand,
  commandOps,
  EmotionClearCommand,
  EmotionSetCommand,
  elementKinds,
  JourneyCommand,
  JourneySetCommand,
  MeasurementAddCommand,
  MoveCommand,
  RemoveCommand,
  UpdateCommand,
} from './commands/journeyCommand.js';
export { labelFieldOf } from './commands/kindSpecs.js';
export type { ParseCommandsResult } from './commands/parseCommands.js';
export { parseCommands } from './commands/parseCommands.js';

// --- templates ---

export { findTemplate, templates } from './templates/index.js';
export type { Template } from './templates/template.js';
