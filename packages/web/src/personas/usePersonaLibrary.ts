import type { Persona } from '@waymark/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/ApiClient';
import { avatarsPath, personaPath, personasPath } from '../api/paths';
import type { LibraryPersona, UploadedAvatar } from '../api/types';

const ifMatch = (revision: number) => ({ headers: { 'if-match': `"${revision}"` } });

/** The workspace's persona library and its writes; each write reloads the list. */
export function usePersonaLibrary(api: ApiClient, workspace: string) {
  const [personas, setPersonas] = useState<readonly LibraryPersona[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      const answer = await api.get<{ personas: LibraryPersona[] }>(personasPath(workspace));
      setPersonas(answer.personas);
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [api, workspace]);
  useEffect(() => {
    void reload();
  }, [reload]);

  /** Creates (no `current`) or replaces a persona; throws the server's refusal. */
  const save = useCallback(
    async (persona: Persona, current?: LibraryPersona) => {
      if (current === undefined) await api.post(personasPath(workspace), persona);
      else await api.put(personaPath(workspace, current.persona.id), persona, ifMatch(current.revision));
      await reload();
    },
    [api, workspace, reload],
  );
  const remove = useCallback(
    async (current: LibraryPersona) => {
      await api.delete(personaPath(workspace, current.persona.id), ifMatch(current.revision));
      await reload();
    },
    [api, workspace, reload],
  );
  const uploadAvatar = useCallback(
    (file: File) =>
      api.post<UploadedAvatar>(avatarsPath(workspace), undefined, { raw: { text: file, type: file.type } }),
    [api, workspace],
  );
  return { personas, error, reload, save, remove, uploadAvatar };
}
