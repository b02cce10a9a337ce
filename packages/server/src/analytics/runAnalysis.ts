import { analyzeDatasets, type DayRange, InputError, type StoredDataset } from '@waymark/analytics';
import type { AnalysisDocument, Journey } from '@waymark/core';
import { ApiError } from '../http/ApiError.js';
import type { ServerContext } from '../http/context.js';
import type { WorkspaceAccess } from '../policies/authorize.js';
import { datasetFile } from './datasetFiles.js';
import { presentDataset, requireDataset, summaryOf } from './datasetStore.js';
import { inputProblem } from './uploadDataset.js';

export interface AnalysisRequest {
  readonly events?: string;
  readonly feedback?: string;
  readonly from?: string;
  readonly to?: string;
  readonly persona?: string;
  readonly compare?: { readonly before: DayRange; readonly after: DayRange };
}

/** A stored dataset of the workspace, ready, of the kind asked for. */
async function stored(
  context: ServerContext,
  access: WorkspaceAccess,
  id: string,
  kind: 'events' | 'feedback',
): Promise<StoredDataset> {
  const dataset = presentDataset(await requireDataset(context.db, access.workspace.id, id, kind));
  if (dataset.status !== 'ready')
    throw ApiError.conflict(`dataset ${id} (${dataset.name}) is ${dataset.status}, not ready to analyse`);
  return { path: datasetFile(context.config.dataDir, access.workspace.id, id), summary: summaryOf(dataset) };
}

/**
 * Runs packages/analytics' analyses over stored datasets for a journey: the same
 * `analyzeJourney`, on the DuckDB files the uploads were loaded into. Problems with the request
 * (a persona the journey lacks, a bad date, a feedback `at` naming nothing of this journey) are
 * 400s that say so.
 */
export async function runAnalysis(
  context: ServerContext,
  access: WorkspaceAccess,
  journey: Journey,
  request: AnalysisRequest,
): Promise<AnalysisDocument> {
  if (request.events === undefined && request.feedback === undefined)
    throw ApiError.field('events', 'name an events dataset, a feedback dataset or both');
  const events =
    request.events === undefined ? undefined : await stored(context, access, request.events, 'events');
  const feedback =
    request.feedback === undefined ? undefined : await stored(context, access, request.feedback, 'feedback');
  const range: DayRange = {
    ...(request.from === undefined ? {} : { from: request.from }),
    ...(request.to === undefined ? {} : { to: request.to }),
  };
  try {
    return await analyzeDatasets({
      journey,
      ...(events ? { events } : {}),
      ...(feedback ? { feedback } : {}),
      range,
      ...(request.persona === undefined ? {} : { persona: request.persona }),
      ...(request.compare === undefined ? {} : { compare: request.compare }),
    });
  } catch (error) {
    if (error instanceof InputError) {
      // Request-level problems name a flag (--persona, --from/--to); file-level ones a dataset.
      const name = error.file.startsWith('--') ? error.file.replace(/^--/, '') : error.file;
      throw error.file.startsWith('--') || error.file === 'analyze'
        ? ApiError.field(name, error.problem)
        : inputProblem(error, name);
    }
    throw error;
  }
}
