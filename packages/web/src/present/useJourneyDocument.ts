import { Journey } from '@waymark/core';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/ApiClient';

export type DocumentState =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly journey: Journey }
  | { readonly state: 'failed'; readonly error: unknown };

/**
 * A journey read once over REST for the read-only views: `path` answers the document itself, or
 * (a share link) `{ title, journey }`. Checked by core's schema, so a bad answer fails plainly.
 */
export function useJourneyDocument(
  api: ApiClient,
  path: string,
  shape: 'document' | 'shared',
): DocumentState {
  const [result, setResult] = useState<DocumentState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    api
      .get<unknown>(path)
      .then((answer) => {
        const body = shape === 'shared' ? (answer as { journey?: unknown }).journey : answer;
        const journey = Journey.parse(body);
        if (live) setResult({ state: 'ready', journey });
      })
      .catch((error: unknown) => live && setResult({ state: 'failed', error }));
    return () => {
      live = false;
    };
  }, [api, path, shape]);
  return result;
}
