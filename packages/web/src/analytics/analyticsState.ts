// The analytics panel's state, as a pure reducer so its rules are tested without a browser:
// which datasets exist and which are picked, an upload in flight, the analysis run, which of its
// findings were accepted, and whether the map shows it as an overlay.
import {
  type AcceptableItem,
  type AnalysisDocument,
  acceptableItems,
  type Journey,
  type Suggestion,
} from '@waymark/core';
import type { Dataset, DatasetKind, UploadProgress } from './analyticsApi';

export interface UploadState {
  readonly kind: DatasetKind;
  readonly name: string;
  readonly progress: UploadProgress;
}

export interface AnalyticsState {
  readonly datasets: readonly Dataset[];
  /** The dataset picked for each kind ('' for none). */
  readonly picked: Readonly<Record<DatasetKind, string>>;
  readonly upload?: UploadState;
  readonly running: boolean;
  readonly analysis?: AnalysisDocument;
  /** Ids of acceptableItems already put into the journey from this analysis. */
  readonly accepted: readonly string[];
  readonly overlay: boolean;
  /** The last problem, said for people. */
  readonly error?: string;
  /** The last thing done, for the live region ("Took 1,204 rows, skipped 2"). */
  readonly notice?: string;
}

export type AnalyticsAction =
  | { readonly type: 'datasets'; readonly datasets: readonly Dataset[] }
  | { readonly type: 'pick'; readonly kind: DatasetKind; readonly id: string }
  | {
      readonly type: 'upload-progress';
      readonly kind: DatasetKind;
      readonly name: string;
      readonly progress: UploadProgress;
    }
  | { readonly type: 'uploaded'; readonly dataset: Dataset }
  | { readonly type: 'run' }
  | { readonly type: 'analysed'; readonly analysis: AnalysisDocument }
  | { readonly type: 'accepted'; readonly ids: readonly string[] }
  | { readonly type: 'overlay'; readonly on: boolean }
  | { readonly type: 'failed'; readonly message: string };

export const initialAnalyticsState: AnalyticsState = {
  datasets: [],
  picked: { events: '', feedback: '' },
  running: false,
  accepted: [],
  overlay: false,
};

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** The newest ready dataset of a kind, to pick when nothing (or something gone) is picked. */
function newestReady(datasets: readonly Dataset[], kind: DatasetKind): string {
  return datasets.find((d) => d.kind === kind && d.status === 'ready')?.id ?? '';
}

export function analyticsReducer(state: AnalyticsState, action: AnalyticsAction): AnalyticsState {
  switch (action.type) {
    case 'datasets': {
      const keep = (kind: DatasetKind) =>
        action.datasets.some((d) => d.id === state.picked[kind] && d.status === 'ready')
          ? state.picked[kind]
          : newestReady(action.datasets, kind);
      return {
        ...state,
        datasets: action.datasets,
        picked: { events: keep('events'), feedback: keep('feedback') },
      };
    }
    case 'pick':
      return { ...state, picked: { ...state.picked, [action.kind]: action.id } };
    case 'upload-progress': {
      const { type: _type, ...upload } = action;
      return { ...state, upload, error: undefined, notice: undefined };
    }
    case 'uploaded': {
      const { dataset } = action;
      const skipped =
        dataset.rowsSkipped === 0
          ? ''
          : `, skipped ${plural(dataset.rowsSkipped, 'row')} (line${dataset.skipped.length === 1 ? '' : 's'} ${dataset.skipped
              .slice(0, 5)
              .map((s) => s.line)
              .join(', ')}${dataset.rowsSkipped > 5 ? ', …' : ''})`;
      return {
        ...state,
        upload: undefined,
        datasets: [dataset, ...state.datasets.filter((d) => d.id !== dataset.id)],
        picked: { ...state.picked, [dataset.kind]: dataset.id },
        notice: `${dataset.name}: took ${plural(dataset.rowsTaken, 'row')}${skipped}`,
      };
    }
    case 'run':
      return { ...state, running: true, error: undefined, notice: undefined };
    case 'analysed':
      return {
        ...state,
        running: false,
        analysis: action.analysis,
        accepted: [],
        notice: `Analysed ${plural(action.analysis.customers, 'customer')}`,
      };
    case 'accepted':
      return {
        ...state,
        accepted: [...new Set([...state.accepted, ...action.ids])],
        notice: `Accepted ${plural(action.ids.length, 'finding')} into the map`,
      };
    case 'overlay':
      return { ...state, overlay: action.on };
    case 'failed':
      return { ...state, running: false, upload: undefined, error: action.message, notice: undefined };
  }
}

/** What the map overlays: the analysis, when there is one and the toggle is on. */
export function overlayOf(state: AnalyticsState): AnalysisDocument | undefined {
  return state.overlay ? state.analysis : undefined;
}

/** Whether Run can go: something picked, nothing running or uploading. */
export function canRun(state: AnalyticsState): boolean {
  return (
    !state.running &&
    state.upload === undefined &&
    (state.picked.events !== '' || state.picked.feedback !== '')
  );
}

/** A finding of the analysis as the panel lists it: core's item, its suggestion, accepted or not. */
export interface Finding {
  readonly item: AcceptableItem;
  /** For S1…: the suggestion, with its evidence and quotes. */
  readonly suggestion?: Suggestion;
  readonly accepted: boolean;
}

export function findingsOf(journey: Journey, state: AnalyticsState): Finding[] {
  const { analysis } = state;
  if (!analysis || analysis.journey !== journey.id) return [];
  return acceptableItems(journey, analysis).map((item) => {
    const suggestion = item.id.startsWith('S')
      ? analysis.suggestions[Number(item.id.slice(1)) - 1]
      : undefined;
    return { item, ...(suggestion ? { suggestion } : {}), accepted: state.accepted.includes(item.id) };
  });
}

/** Upload progress as a share 0..1, or undefined while the server loads (indeterminate). */
export function uploadShare(upload: UploadState): number | undefined {
  const { progress } = upload;
  if (progress.phase === 'loading') return undefined;
  return progress.total > 0 ? Math.min(1, progress.sent / progress.total) : 0;
}
