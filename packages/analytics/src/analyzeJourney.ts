import { AnalysisDocument, type InputSummary, type Journey } from '@waymark/core';
import {
  type AnalysisField,
  type AnalysisOptions,
  type AnalysisScope,
  scopedEvents,
} from './analyses/Analysis.js';
import { analysisRegistry } from './analyses/analysisRegistry.js';
import { readComments } from './analyses/readComments.js';
import { suggestFindings } from './analyses/suggestFindings.js';
import type { AnalyticsEngine } from './engine/AnalyticsEngine.js';
import { EngineRefusedError } from './engine/EngineUnavailableError.js';
import { openEngine } from './engine/openEngine.js';
import { createEmptyInputs } from './input/emptyTables.js';
import { InputError } from './input/InputError.js';
import { loadEvents } from './input/loadEvents.js';
import { loadFeedback } from './input/loadFeedback.js';
import { journeyDesign } from './signals/journeyDesign.js';
import { mapEvents } from './signals/mapEvents.js';

/** How far a run is: at step `step` (from 1) of `of`; the steps are the inputs, mapping, comments, each analysis. */
export interface ProgressStep {
  readonly step: number;
  readonly of: number;
}

/** A date range written as days (`YYYY-MM-DD`, both ends included, UTC). */
export interface DayRange {
  readonly from?: string;
  readonly to?: string;
}

export interface AnalyzeRequest {
  readonly journey: Journey;
  /** An event log (CSV, NDJSON, Parquet). */
  readonly events?: string;
  /** A feedback export (CSV, XLSX). */
  readonly feedback?: string;
  /** Role → column overrides, e.g. `{ customer: 'uid' }`. */
  readonly eventColumns?: Readonly<Record<string, string>>;
  readonly feedbackColumns?: Readonly<Record<string, string>>;
  /** Refuse a file with any malformed row instead of skipping the row. */
  readonly strict?: boolean;
  /** IANA time zone of timestamps written without one (default UTC). */
  readonly timezone?: string;
  readonly range?: DayRange;
  readonly persona?: string;
  /** Compare two periods (before/after). */
  readonly compare?: { readonly before: DayRange; readonly after: DayRange };
  readonly options?: Omit<AnalysisOptions, 'compare'>;
  /** Which analyses to run (default: all). */
  readonly analyses?: readonly AnalysisField[];
  /** Told what is being done and how far along the run is, for a progress display. */
  readonly onProgress?: (message: string, progress: ProgressStep) => void;
  /** The engine to run on; else one opened for the run (and closed at the end), see `engineUrl`. */
  readonly engine?: AnalyticsEngine;
  /**
   * Inputs the engine already holds as the tables `events` / `feedback` (feedback with its
   * `element` resolved), with what loading them gave; used instead of reading files (the
   * server's stored datasets, see storedDatasets.ts).
   */
  readonly loaded?: { readonly events?: InputSummary; readonly feedback?: InputSummary };
  /** A ClickHouse server to run on (`http://host:port[/db]`, what `ANALYTICS_URL` says); an in-memory DuckDB when absent. */
  readonly engineUrl?: string;
  /** When the document is made (for tests); now by default. */
  readonly now?: Date;
}

const DAY = 86_400_000;

function dayStart(day: string, flag: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms))
    throw new InputError(flag, `expected a date written as YYYY-MM-DD, got '${day}'`);
  return ms;
}

/** A day range as epoch milliseconds, `to` exclusive (the day after the last day). */
export function rangeScope(range: DayRange | undefined, flag = '--from/--to'): AnalysisScope {
  const from = range?.from === undefined ? undefined : dayStart(range.from, flag);
  const to = range?.to === undefined ? undefined : dayStart(range.to, flag) + DAY;
  if (from !== undefined && to !== undefined && from >= to)
    throw new InputError(flag, `the range ends (${range?.to}) before it starts (${range?.from})`);
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/**
 * Reads the inputs into the engine, lays them over the journey and runs the analyses; the
 * result is one analysis document (core's schema, validated). Everything that can be checked
 * before loading (persona, dates, file formats, columns) is checked first.
 */
export async function analyzeJourney(request: AnalyzeRequest): Promise<AnalysisDocument> {
  const { journey } = request;
  const loaded = request.loaded ?? {};
  if (
    request.events === undefined &&
    request.feedback === undefined &&
    loaded.events === undefined &&
    loaded.feedback === undefined
  )
    throw new InputError('analyze', 'nothing to analyse: give an event log, a feedback export or both');
  if (request.persona !== undefined && !journey.personas.some((p) => p.id === request.persona)) {
    const known = journey.personas.map((p) => p.id).join(', ') || '(none)';
    throw new InputError(
      '--persona',
      `journey '${journey.id}' has no persona '${request.persona}'; its personas: ${known}`,
    );
  }
  const scope: AnalysisScope = {
    ...rangeScope(request.range),
    ...(request.persona !== undefined ? { persona: request.persona } : {}),
  };
  const compare = request.compare && {
    before: rangeScope(request.compare.before, '--compare'),
    after: rangeScope(request.compare.after, '--compare'),
  };
  const design = journeyDesign(journey);
  const wanted = new Set(request.analyses ?? analysisRegistry.map((a) => a.id));
  const steps =
    (request.events !== undefined ? 1 : 0) +
    (request.feedback !== undefined ? 1 : 0) +
    2 +
    analysisRegistry.filter((a) => wanted.has(a.id)).length;
  let step = 0;
  /** Starts the next step (`next`), or says more about the current one. */
  const say = (message: string, next = true) => {
    if (next) step = Math.min(steps, step + 1);
    request.onProgress?.(message, { step, of: steps });
  };
  const engine =
    request.engine ??
    (await openEngine({
      ...(request.engineUrl ? { url: request.engineUrl } : {}),
      ...(request.timezone ? { timezone: request.timezone } : {}),
    }));
  try {
    await createEmptyInputs(engine, {
      events: request.events === undefined && loaded.events === undefined,
      feedback: request.feedback === undefined && loaded.feedback === undefined,
    });
    const inputs: { events?: InputSummary; feedback?: InputSummary } = { ...loaded };
    if (request.events !== undefined) {
      say(`reading events from ${request.events}`);
      inputs.events = await loadEvents(engine, request.events, {
        ...(request.eventColumns ? { columns: request.eventColumns } : {}),
        strict: request.strict === true,
      });
      say(`took ${inputs.events.rowsTaken} events, skipped ${inputs.events.rowsSkipped}`, false);
    }
    if (request.feedback !== undefined) {
      say(`reading feedback from ${request.feedback}`);
      inputs.feedback = await loadFeedback(engine, request.feedback, design, {
        ...(request.feedbackColumns ? { columns: request.feedbackColumns } : {}),
        strict: request.strict === true,
      });
      say(`took ${inputs.feedback.rowsTaken} responses, skipped ${inputs.feedback.rowsSkipped}`, false);
    }
    say('mapping events to the journey');
    await mapEvents(engine, design);
    say('reading comments');
    await readComments(engine, (done, total) => say(`reading comments: ${done} of ${total}`, false));
    const context = {
      engine,
      design,
      scope,
      options: { ...request.options, ...(compare ? { compare } : {}) },
    };
    const parts: Record<string, unknown> = {};
    for (const analysis of analysisRegistry) {
      if (!wanted.has(analysis.id)) continue;
      say(`analysing: ${analysis.description}`);
      const result = await analysis.run(context).catch((error: unknown) => {
        // On a server (ClickHouse) the usual cause is a release too old for a query: say which.
        const message = error instanceof Error ? error.message : String(error);
        const problem = `analysis '${analysis.id}' failed on ${engine.description}: ${message}`;
        if (engine.dialect.name === 'clickhouse') throw new EngineRefusedError(problem, { cause: error });
        throw new Error(problem, { cause: error });
      });
      if (result !== undefined) parts[analysis.id] = result;
    }
    const [customers] = await engine.query(
      `SELECT count(DISTINCT customer) AS n FROM ${scopedEvents({ engine, design }, scope)} x`,
    );
    const document = AnalysisDocument.parse({
      journey: journey.id,
      generatedAt: (request.now ?? new Date()).toISOString(),
      scope: {
        ...(request.range?.from ? { from: request.range.from } : {}),
        ...(request.range?.to ? { to: request.range.to } : {}),
        ...(request.persona ? { persona: request.persona } : {}),
      },
      inputs,
      customers: Number(customers?.n ?? 0),
      ...parts,
    });
    return { ...document, suggestions: suggestFindings(document, journey) };
  } finally {
    if (request.engine === undefined) await engine.close();
  }
}
