import type { Journey, JourneyCommand } from '@waymark/core';
import { CommitField } from './CommitField';

interface JourneyOverviewProps {
  readonly journey: Journey;
  readonly readOnly: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
}

const statuses = [
  ['draft', 'Draft'],
  ['in-review', 'In review'],
  ['published', 'Published'],
] as const;

/** The journey's own fields, shown while nothing on the map is selected. */
export function JourneyOverview({ journey, readOnly, edit }: JourneyOverviewProps) {
  return (
    <>
      <header className="panel-header">
        <span className="kind-label">Journey</span>
      </header>
      <CommitField
        label="Title"
        value={journey.title}
        readOnly={readOnly}
        onCommit={(title) =>
          title.trim() !== '' && edit([{ op: 'journey.set', set: { title: title.trim() } }])
        }
      />
      <CommitField
        label="Objective"
        multiline
        value={journey.objective ?? ''}
        readOnly={readOnly}
        onCommit={(text) =>
          edit([{ op: 'journey.set', set: { objective: text.trim() === '' ? null : text.trim() } }])
        }
      />
      <div className="field">
        <label htmlFor="journey-status">Status</label>
        <select
          id="journey-status"
          value={journey.status}
          disabled={readOnly}
          onChange={(event) =>
            edit([{ op: 'journey.set', set: { status: event.currentTarget.value as Journey['status'] } }])
          }
        >
          {statuses.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <p className="muted hint">
        Select a card on the map to see its details. Double-click a stage or step to rename it.
      </p>
    </>
  );
}
