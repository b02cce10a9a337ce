// @waymark/analytics — the actual journey from event logs and survey feedback (issue #6).
// Named exports only, one section per area.

// Analyses
export type {
  Analysis,
  AnalysisContext,
  AnalysisField,
  AnalysisOptions,
  AnalysisScope,
} from './analyses/Analysis.js';
export { analysisRegistry, findAnalysis } from './analyses/analysisRegistry.js';
export { readComments } from './analyses/readComments.js';
export { suggestFindings } from './analyses/suggestFindings.js';
export type { AnalyzeRequest, DayRange, ProgressStep } from './analyzeJourney.js';
export { analyzeJourney, rangeScope } from './analyzeJourney.js';
// The engine contract and the embedded DuckDB engine
export type {
  AnalyticsEngine,
  ColumnType,
  FileFormat,
  LoadResult,
  QueryPart,
  ReadFileResult,
  Row,
  SequenceSpec,
  SqlDialect,
  SqlValue,
  TableDefinition,
} from './engine/AnalyticsEngine.js';
export type { ClickHouseTransport } from './engine/ClickHouseEngine.js';
export { ClickHouseEngine } from './engine/ClickHouseEngine.js';
export { clickHouseDialect } from './engine/clickHouseDialect.js';
export type { DuckDbOptions } from './engine/DuckDbEngine.js';
export { DuckDbEngine } from './engine/DuckDbEngine.js';
export { EngineRefusedError, EngineUnavailableError } from './engine/EngineUnavailableError.js';
export type { OpenEngineOptions } from './engine/openEngine.js';
export { openEngine } from './engine/openEngine.js';
// Inputs
export type { ColumnRole } from './input/columnRoles.js';
export { detectColumns, eventRoles, feedbackRoles } from './input/columnRoles.js';
export { InputError } from './input/InputError.js';
export { inputFormat } from './input/inputFormat.js';
export { loadEvents } from './input/loadEvents.js';
export { loadFeedback, resolveFeedbackElements } from './input/loadFeedback.js';
// Reports and sample data
export { htmlReport } from './report/htmlReport.js';
export type { GroundTruth, SampleEvent, SampleResponse } from './sample/generateSample.js';
export { generateSample } from './sample/generateSample.js';
export type { SampleFormat, WriteSampleOptions, WrittenSample } from './sample/writeSample.js';
export { writeSample } from './sample/writeSample.js';
// The journey as analyses see it
export type { DesignedStep, EventRule, JourneyDesign, SegmentRule } from './signals/journeyDesign.js';
export { journeyDesign } from './signals/journeyDesign.js';
export { mapEvents } from './signals/mapEvents.js';
// Statistics
export type { Interval } from './stats/intervals.js';
export { meanInterval, npsInterval, wilsonInterval } from './stats/intervals.js';
export type { Frequencies, MannWhitneyResult } from './stats/mannWhitneyU.js';
export { frequencies, mannWhitneyU } from './stats/mannWhitneyU.js';
export { normalCdf, twoSidedP } from './stats/normal.js';
export type { ProportionTest } from './stats/twoProportionZTest.js';
export { twoProportionZTest } from './stats/twoProportionZTest.js';
// Datasets stored in DuckDB files between runs (the server's uploads)
export type {
  AnalyzeDatasetsRequest,
  DatasetKind,
  StoreDatasetOptions,
  StoredDataset,
} from './storedDatasets.js';
export { analyzeDatasets, removeDatasetFile, storeDataset } from './storedDatasets.js';
