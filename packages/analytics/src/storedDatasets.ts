// Datasets kept between runs: an uploaded event log or feedback export loaded once into a DuckDB
// file of its own (the server keeps one per upload under <data>/analytics/), then analysed
// against any journey without reading the original file again.
import { rename, rm } from 'node:fs/promises';
import type { AnalysisDocument, InputSummary } from '@waymark/core';
import { type AnalyzeRequest, analyzeJourney } from './analyzeJourney.js';
import { DuckDbEngine } from './engine/DuckDbEngine.js';
import { loadEvents } from './input/loadEvents.js';
import { loadFeedback, resolveFeedbackElements } from './input/loadFeedback.js';
import { journeyDesign } from './signals/journeyDesign.js';

export type DatasetKind = 'events' | 'feedback';

export interface StoreDatasetOptions {
  readonly kind: DatasetKind;
  /** The file to read; its extension says its format (.csv, .ndjson/.jsonl, .parquet, .xlsx). */
  readonly source: string;
  /** The DuckDB file to write; it appears only when loading succeeded. */
  readonly target: string;
  /** The name the summary gives the input (the upload's name rather than a temp path). */
  readonly name?: string;
  /** Role → column overrides, as `--map` gives them. */
  readonly columns?: Readonly<Record<string, string>>;
  readonly strict?: boolean;
  /** IANA time zone of timestamps written without one (default UTC). */
  readonly timezone?: string;
}

/** Removes a DuckDB file and its write-ahead log. */
export async function removeDatasetFile(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}

/**
 * Loads a file into a new DuckDB file (table `events` or `feedback`, as `analyzeJourney` loads
 * them). All or nothing: the rows go into a temp file renamed to `target` once committed and
 * closed, so a refused file (strict mode, a missing column) leaves nothing behind.
 */
export async function storeDataset(options: StoreDatasetOptions): Promise<InputSummary> {
  const loading = `${options.target}.loading`;
  await removeDatasetFile(loading);
  let engine: DuckDbEngine | undefined;
  try {
    engine = await DuckDbEngine.open({
      path: loading,
      ...(options.timezone ? { timezone: options.timezone } : {}),
    });
    const load = {
      ...(options.columns ? { columns: options.columns } : {}),
      strict: options.strict === true,
    };
    const summary =
      options.kind === 'events'
        ? await loadEvents(engine, options.source, load)
        : await loadFeedback(engine, options.source, undefined, load);
    await engine.execute('CHECKPOINT');
    await engine.close();
    engine = undefined;
    await rename(loading, options.target);
    await rm(`${loading}.wal`, { force: true });
    return { ...summary, file: options.name ?? summary.file };
  } catch (error) {
    await engine?.close();
    await removeDatasetFile(loading);
    throw error;
  }
}

/** A stored dataset to analyse: its DuckDB file and what loading it gave. */
export interface StoredDataset {
  readonly path: string;
  readonly summary: InputSummary;
}

export interface AnalyzeDatasetsRequest
  extends Omit<AnalyzeRequest, 'events' | 'feedback' | 'engine' | 'loaded' | 'strict' | 'timezone'> {
  readonly events?: StoredDataset;
  readonly feedback?: StoredDataset;
}

/**
 * `analyzeJourney` over stored datasets. The files are attached read-only (so several analyses may
 * read one dataset at once): the events are read in place through a view — an event log can be
 * millions of rows, not worth copying per analysis — and the feedback is copied into the
 * in-memory engine, because it is laid over this journey's stages, steps and touchpoints (which
 * writes its `element` column) before the same analyses run.
 */
export async function analyzeDatasets(request: AnalyzeDatasetsRequest): Promise<AnalysisDocument> {
  const { events, feedback, ...rest } = request;
  const engine = await DuckDbEngine.open();
  try {
    const { literal } = engine.dialect;
    const attach = (table: DatasetKind, dataset: StoredDataset) =>
      engine.execute(`ATTACH ${literal(dataset.path)} AS stored_${table} (READ_ONLY)`);
    if (events) {
      await attach('events', events);
      await engine.execute('CREATE VIEW events AS SELECT * FROM stored_events.events');
    }
    if (feedback) {
      await attach('feedback', feedback);
      await engine.execute('CREATE TABLE feedback AS SELECT * FROM stored_feedback.feedback');
      await engine.execute('DETACH stored_feedback');
      await resolveFeedbackElements(engine, feedback.summary.file, journeyDesign(request.journey));
    }
    return await analyzeJourney({
      ...rest,
      engine,
      loaded: {
        ...(events ? { events: events.summary } : {}),
        ...(feedback ? { feedback: feedback.summary } : {}),
      },
    });
  } finally {
    await engine.close();
  }
}
