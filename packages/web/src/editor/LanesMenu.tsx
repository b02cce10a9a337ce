import type { Persona } from '@waymark/core';
import { findLane, type LaneId } from '@waymark/render';
import { useCallback, useId, useRef, useState } from 'react';
import { useMenuDismiss } from './useMenuDismiss';
import { laneMenu, moveLane, toggleLane, togglePersona, type ViewPrefs } from './viewPrefs';

interface LanesMenuProps {
  /** The lanes the map shows now, in order (render's choice until the person makes one). */
  readonly shown: readonly LaneId[];
  readonly personas: readonly Persona[];
  /** The personas whose curves are drawn now. */
  readonly shownPersonas: readonly string[];
  readonly onChange: (prefs: ViewPrefs) => void;
}

/**
 * "Lanes": show, hide and reorder the map's lanes, and pick whose emotion curves to draw. This
 * person's view only (viewPrefs.ts); the map itself is not edited, so viewers may use it too.
 */
export function LanesMenu({ shown, personas, shownPersonas, onChange }: LanesMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();
  const close = useCallback(() => setOpen(false), []);
  useMenuDismiss(open, close, root);
  const setLanes = (lanes: LaneId[]) => onChange({ lanes, personas: shownPersonas });
  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        className="button ghost"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Lanes
      </button>
      {open && (
        <section id={id} className="menu-list lanes-menu" aria-label="Lanes and emotion curves">
          <fieldset>
            <legend>Lanes</legend>
            <ul className="plain-list">
              {laneMenu(shown).map(({ lane, shown: isShown }) => {
                const label = findLane(lane)?.label ?? lane;
                return (
                  <li key={lane} className="lane-row">
                    <label className="check-row">
                      <input
                        type="checkbox"
                        checked={isShown}
                        onChange={() => setLanes(toggleLane(shown, lane))}
                      />
                      {label}
                    </label>
                    {isShown && (
                      <span className="lane-moves">
                        <button
                          type="button"
                          className="icon-button small"
                          aria-label={`Move ${label} up`}
                          disabled={shown[0] === lane}
                          onClick={() => setLanes(moveLane(shown, lane, -1))}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="icon-button small"
                          aria-label={`Move ${label} down`}
                          disabled={shown.at(-1) === lane}
                          onClick={() => setLanes(moveLane(shown, lane, 1))}
                        >
                          ↓
                        </button>
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {personas.length > 0 && (
            <fieldset>
              <legend>Emotion curves</legend>
              {personas.map((persona) => (
                <label key={persona.id} className="check-row">
                  <input
                    type="checkbox"
                    checked={shownPersonas.includes(persona.id)}
                    onChange={() =>
                      onChange({ lanes: shown, personas: togglePersona(shownPersonas, persona.id) })
                    }
                  />
                  {persona.name}
                </label>
              ))}
            </fieldset>
          )}
          <button type="button" className="button ghost small" onClick={() => onChange({})}>
            Show the map’s own lanes
          </button>
        </section>
      )}
    </div>
  );
}
