import type { Journey, Step } from '@waymark/core';
import { useId } from 'react';

interface StepEmotionsProps {
  readonly journey: Journey;
  readonly step: Step;
  readonly readOnly: boolean;
  readonly onScore: (persona: string, score: number) => void;
}

/** How each persona feels at a step, as sliders: the keyboard's way to move the emotion curve. */
export function StepEmotions({ journey, step, readOnly, onScore }: StepEmotionsProps) {
  const baseId = useId();
  if (journey.personas.length === 0) return <p className="muted">Add a persona to draw the emotion curve.</p>;
  return (
    <fieldset className="panel-section">
      <legend>Emotions</legend>
      {journey.personas.map((persona) => {
        const score = step.emotions[persona.id]?.score;
        const id = `${baseId}-${persona.id}`;
        return (
          <div key={persona.id} className="emotion-row">
            <label htmlFor={id}>{persona.name}</label>
            <input
              id={id}
              type="range"
              min={-2}
              max={2}
              step={0.5}
              value={score ?? 0}
              disabled={readOnly}
              aria-valuetext={score === undefined ? 'not set' : `${score}`}
              onChange={(event) => onScore(persona.id, Number(event.currentTarget.value))}
            />
            <span className="emotion-value">
              {score === undefined ? '—' : score > 0 ? `+${score}` : score}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
