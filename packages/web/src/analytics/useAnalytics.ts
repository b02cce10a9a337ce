import { type AnalysisDocument, acceptAnalysis, type Journey, type JourneyCommand } from '@waymark/core';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { ApiError } from '../api/ApiClient';
import { useApp } from '../app/AppContext';
import { type DatasetKind, listDatasets, type MakeRequest, runAnalysis, uploadDataset } from './analyticsApi';
import { type AnalyticsState, analyticsReducer, initialAnalyticsState, overlayOf } from './analyticsState';

export interface Analytics {
  readonly state: AnalyticsState;
  /** The analysis to draw on the map, when the overlay is on. */
  readonly overlay: AnalysisDocument | undefined;
  readonly pick: (kind: DatasetKind, id: string) => void;
  readonly upload: (kind: DatasetKind, file: File) => Promise<void>;
  readonly run: () => Promise<void>;
  readonly setOverlay: (on: boolean) => void;
  /**
   * Accepts findings (ids of core's acceptableItems) through `edit`: core's acceptAnalysis gives
   * the commands, the editor applies them to the live document (one undo step, seen by everyone).
   */
  readonly accept: (
    journey: Journey,
    ids: readonly string[],
    edit: (commands: JourneyCommand[]) => boolean,
  ) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The editor's analytics: held by the editor screen (not the panel), so the analysis and the
 * overlay stay while the panel is closed.
 */
export function useAnalytics(workspace: string, journey: string, makeRequest?: MakeRequest): Analytics {
  const { api } = useApp();
  const [state, dispatch] = useReducer(analyticsReducer, initialAnalyticsState);
  useEffect(() => {
    let current = true;
    listDatasets(api, workspace).then(
      (datasets) => current && dispatch({ type: 'datasets', datasets }),
      (error) => current && dispatch({ type: 'failed', message: message(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, workspace]);
  const upload = useCallback(
    async (kind: DatasetKind, file: File) => {
      try {
        const dataset = await uploadDataset(
          workspace,
          kind,
          file,
          (progress) => dispatch({ type: 'upload-progress', kind, name: file.name, progress }),
          makeRequest,
        );
        dispatch({ type: 'uploaded', dataset });
      } catch (error) {
        dispatch({ type: 'failed', message: `${file.name}: ${message(error)}` });
      }
    },
    [workspace, makeRequest],
  );
  const { events, feedback } = state.picked;
  const run = useCallback(async () => {
    dispatch({ type: 'run' });
    try {
      const analysis = await runAnalysis(api, workspace, journey, {
        ...(events ? { events } : {}),
        ...(feedback ? { feedback } : {}),
      });
      dispatch({ type: 'analysed', analysis });
    } catch (error) {
      dispatch({ type: 'failed', message: error instanceof ApiError ? error.message : message(error) });
    }
  }, [api, workspace, journey, events, feedback]);
  const { analysis } = state;
  const accept = useCallback(
    (current: Journey, ids: readonly string[], edit: (commands: JourneyCommand[]) => boolean) => {
      if (!analysis || ids.length === 0) return;
      const result = acceptAnalysis(current, analysis, ids);
      if (!result.ok) return dispatch({ type: 'failed', message: result.errors.join('; ') });
      if (edit([...result.commands])) dispatch({ type: 'accepted', ids });
    },
    [analysis],
  );
  const pick = useCallback((kind: DatasetKind, id: string) => dispatch({ type: 'pick', kind, id }), []);
  const setOverlay = useCallback((on: boolean) => dispatch({ type: 'overlay', on }), []);
  const overlay = overlayOf(state);
  return useMemo(
    () => ({ state, overlay, pick, upload, run, setOverlay, accept }),
    [state, overlay, pick, upload, run, setOverlay, accept],
  );
}
