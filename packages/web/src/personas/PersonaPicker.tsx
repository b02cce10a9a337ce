import './personas.css';
import type { Journey, JourneyCommand } from '@waymark/core';
import { useState } from 'react';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { RouteLink } from '../ui/RouteLink';
import { PersonaAvatar } from './PersonaAvatar';
import { usePersonaLibrary } from './usePersonaLibrary';

interface PersonaPickerProps {
  readonly workspace: string;
  readonly journey: Journey;
  readonly readOnly: boolean;
  /** The editor's edit: core commands on the live map (undoable, seen by everyone at once). */
  readonly edit: (commands: JourneyCommand[]) => boolean;
}

/** The journey's personas, and adding one from the workspace library (a copy, as core's `add` makes it). */
export function PersonaPicker({ workspace, journey, readOnly, edit }: PersonaPickerProps) {
  const { api } = useApp();
  const { personas: library, error } = usePersonaLibrary(api, workspace);
  const inJourney = new Set(journey.personas.map((persona) => persona.id));
  const addable = (library ?? []).filter((entry) => !inJourney.has(entry.persona.id));
  const [chosen, setChosen] = useState('');
  const pick = addable.find((entry) => entry.persona.id === chosen) ?? addable[0];
  return (
    <section className="persona-picker" aria-labelledby="persona-picker-title">
      <h3 id="persona-picker-title">Personas</h3>
      <ul className="persona-picker-list">
        {journey.personas.map((persona) => (
          <li key={persona.id}>
            <PersonaAvatar persona={persona} size={28} />
            <span>{persona.name}</span>
          </li>
        ))}
      </ul>
      {!readOnly && library !== undefined && addable.length > 0 && pick && (
        <div className="row-form">
          <label className="field">
            <span>Add from the library</span>
            <select value={pick.persona.id} onChange={(event) => setChosen(event.target.value)}>
              {addable.map((entry) => (
                <option key={entry.persona.id} value={entry.persona.id}>
                  {entry.persona.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button secondary small"
            onClick={() => edit([{ op: 'add', kind: 'persona', item: pick.persona }])}
          >
            Add persona
          </button>
        </div>
      )}
      {!readOnly && library !== undefined && addable.length === 0 && (
        <p className="muted hint">
          {library.length === 0
            ? 'The workspace has no library personas yet. '
            : 'Every library persona is on this map. '}
          <RouteLink to={{ screen: 'personas', workspace }}>Manage personas</RouteLink>
        </p>
      )}
      <ErrorNote error={error} />
    </section>
  );
}
