import { Journey } from '@waymark/core';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/ApiClient';

export type DocumentState =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly journey: Journey }
  | { readonly state: 'failed'; readonly error: unknown };

/**
 * A shared journey read once over REST, for a share link (no account, so no live document):
 * `path` answers `{ title, journey }`. Checked by core's schema, so a bad answer fails plainly.
 * A member's presentation follows the live document instead (PresentScreen).
 */
export function useJourneyDocument(api: ApiClient, path: string): DocumentState {
  const [result, setResult] = useState<DocumentState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    api
      .get<unknown>(path)
      .then((answer) => {
        const journey = Journey.parse((answer as { journey?: unknown }).journey);
        if (live) setResult({ state: 'ready', journey });
      })
      .catch((error: unknown) => live && setResult({ state: 'failed', error }));
    return () => {
      live = false;
    };
  }, [api, path]);
  return result;
}
