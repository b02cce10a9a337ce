import { useId, useState } from 'react';
import { CommitField } from './CommitField';

interface MomentOfTruthFieldProps {
  /** The reason, when this step or touchpoint is a moment of truth. */
  readonly reason: string | undefined;
  readonly readOnly: boolean;
  /** A reason makes it one; undefined makes it no longer one. */
  readonly onChange: (reason: string | undefined) => void;
}

/**
 * "Moment of truth" and why. Core needs a reason for one, so ticking the box asks for the reason
 * first and the moment is made when the reason is entered; unticking removes it.
 */
export function MomentOfTruthField({ reason, readOnly, onChange }: MomentOfTruthFieldProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const checked = reason !== undefined || asking;
  return (
    <fieldset className="panel-section moment-field">
      <legend className="visually-hidden">Moment of truth</legend>
      <div className="check-row">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={readOnly}
          onChange={(event) => {
            if (event.currentTarget.checked) setAsking(true);
            else {
              setAsking(false);
              if (reason !== undefined) onChange(undefined);
            }
          }}
        />
        <label htmlFor={id}>Moment of truth</label>
      </div>
      {checked && (
        <CommitField
          label="Why it decides how the customer sees us"
          value={reason ?? ''}
          readOnly={readOnly}
          onCommit={(text) => {
            setAsking(false);
            onChange(text);
          }}
        />
      )}
    </fieldset>
  );
}
