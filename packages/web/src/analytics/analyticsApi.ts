// The analytics API as the panel uses it: datasets (upload with progress, list), analyses and
// nothing else. Uploads go through XMLHttpRequest because fetch reports no upload progress.
import { AnalysisDocument } from '@waymark/core';
import { type ApiClient, ApiError, errorFrom } from '../api/ApiClient';
import { journeyPath, workspacePath } from '../api/paths';

export type DatasetKind = 'events' | 'feedback';

/** A dataset as the server answers it (packages/server/src/analytics/datasetStore.ts). */
export interface Dataset {
  readonly id: string;
  readonly kind: DatasetKind;
  readonly name: string;
  readonly format: string;
  readonly status: 'loading' | 'ready' | 'failed';
  readonly message: string | null;
  readonly bytes: number;
  readonly rowsTaken: number;
  readonly rowsSkipped: number;
  readonly skipped: readonly { readonly line: number; readonly reason: string }[];
  readonly createdAt: string;
}

export interface AnalysisRequest {
  readonly events?: string;
  readonly feedback?: string;
}

export const datasetsPath = (workspace: string): string => `${workspacePath(workspace)}/datasets`;

export const analysisPath = (workspace: string, journey: string): string =>
  `${journeyPath(workspace, journey)}/analysis`;

export function listDatasets(api: ApiClient, workspace: string): Promise<Dataset[]> {
  return api.get<Dataset[]>(datasetsPath(workspace));
}

export function runAnalysis(
  api: ApiClient,
  workspace: string,
  journey: string,
  request: AnalysisRequest,
): Promise<AnalysisDocument> {
  return api
    .post<unknown>(analysisPath(workspace, journey), request)
    .then((body) => AnalysisDocument.parse(body));
}

/** What an upload has done so far: bytes sent, then the server reading the rows. */
export type UploadProgress =
  | { readonly phase: 'sending'; readonly sent: number; readonly total: number }
  | { readonly phase: 'loading' };

/** Makes the request object; tests pass a fake. */
export type MakeRequest = () => XMLHttpRequest;

/**
 * Sends a file as a dataset of the workspace, reporting the bytes sent and then that the server
 * is loading it (it answers once every row is read). Errors are the server's, as ApiError.
 */
export function uploadDataset(
  workspace: string,
  kind: DatasetKind,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  makeRequest: MakeRequest = () => new XMLHttpRequest(),
): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    const xhr = makeRequest();
    const query = `kind=${kind}&name=${encodeURIComponent(file.name)}`;
    xhr.open('POST', `${datasetsPath(workspace)}?${query}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) =>
      onProgress({
        phase: 'sending',
        sent: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
      });
    xhr.upload.onload = () => onProgress({ phase: 'loading' });
    xhr.onload = () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'content-type': 'application/json' },
      });
      if (xhr.status === 201) resolve(JSON.parse(xhr.responseText) as Dataset);
      else void errorFrom(response).then(reject);
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'The upload was cut off: the server cannot be reached. Try again.', 'offline'));
    xhr.send(file);
  });
}
