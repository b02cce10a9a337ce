import { useCallback, useState } from 'react';
import { parseViewPrefs, type ViewPrefs, viewPrefsKey } from './viewPrefs';

/** This person's view of one journey, from and to localStorage (absent storage: kept for the session). */
export function useViewPrefs(workspace: string, journey: string): [ViewPrefs, (prefs: ViewPrefs) => void] {
  const key = viewPrefsKey(workspace, journey);
  const [prefs, setPrefs] = useState<ViewPrefs>(() => parseViewPrefs(readStorage(key)));
  const save = useCallback(
    (next: ViewPrefs) => {
      setPrefs(next);
      try {
        if (next.lanes === undefined && next.personas === undefined) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Private mode or full storage: the view still changes, for this session.
      }
    },
    [key],
  );
  return [prefs, save];
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
