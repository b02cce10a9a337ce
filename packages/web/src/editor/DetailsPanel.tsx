import type { Journey, JourneyCommand, Step } from '@waymark/core';
import { PersonaPicker } from '../personas/PersonaPicker';
import { AddPainPointForm } from './AddPainPointForm';
import { CommentsSection } from './CommentsSection';
import { CommitField } from './CommitField';
import { findElement, kindNames } from './findElement';
import { addPainPoint, addStep, removeElement, renameElement, setEmotion } from './intents';
import { JourneyOverview } from './JourneyOverview';
import { StepEmotions } from './StepEmotions';

interface DetailsPanelProps {
  readonly workspace: string;
  readonly journey: Journey;
  readonly selected: string | undefined;
  readonly readOnly: boolean;
  readonly canComment: boolean;
  /** Applies commands; false when they were refused (the screen shows why). */
  readonly edit: (commands: JourneyCommand[]) => boolean;
  readonly onSelect: (id: string | undefined) => void;
}

/** The side panel: the selected element's details and comments, or the journey's when nothing is selected. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { workspace, journey, selected, readOnly, canComment, edit } = props;
  const element = selected ? findElement(journey, selected) : undefined;
  return (
    <aside className="details-panel" aria-label="Details">
      {element === undefined ? (
        <>
          <JourneyOverview journey={journey} readOnly={readOnly} edit={edit} />
          <PersonaPicker workspace={workspace} journey={journey} readOnly={readOnly} edit={edit} />
        </>
      ) : (
        <>
          <header className="panel-header">
            <span className="kind-label">{kindNames[element.kind]}</span>
            <button
              type="button"
              className="icon-button"
              aria-label="Close details"
              onClick={() => props.onSelect(undefined)}
            >
              ×
            </button>
          </header>
          <CommitField
            key={element.id}
            label="Name"
            value={element.label}
            readOnly={readOnly}
            onCommit={(text) => edit(renameElement(journey, element.id, text, element.label))}
          />
          {typeof element.fields.description === 'string' && (
            <p className="description">{element.fields.description}</p>
          )}
          {element.kind === 'painPoint' && (
            <p className="fact">Severity {String(element.fields.severity)} of 5</p>
          )}
          {element.kind === 'stage' && !readOnly && (
            <button
              type="button"
              className="button secondary small"
              onClick={() => edit(addStep(journey, element.id))}
            >
              Add a step to this stage
            </button>
          )}
          {element.kind === 'step' && (
            <StepDetails
              journey={journey}
              step={element.fields as unknown as Step}
              readOnly={readOnly}
              edit={edit}
            />
          )}
          {!readOnly && (
            <button
              type="button"
              className="button danger small"
              onClick={() => {
                if (edit(removeElement(journey, element.id))) props.onSelect(undefined);
              }}
            >
              Delete {kindNames[element.kind].toLowerCase()}
            </button>
          )}
        </>
      )}
      <CommentsSection
        key={selected ?? '#journey'}
        workspace={workspace}
        journey={journey.id}
        elementId={element?.id}
        canWrite={canComment}
      />
    </aside>
  );
}

function StepDetails({
  journey,
  step,
  readOnly,
  edit,
}: {
  journey: Journey;
  step: Step;
  readOnly: boolean;
  edit: (commands: JourneyCommand[]) => boolean;
}) {
  const pains = journey.painPoints.filter((pain) => pain.at === step.id);
  return (
    <>
      <StepEmotions
        journey={journey}
        step={step}
        readOnly={readOnly}
        onScore={(persona, score) => edit(setEmotion(journey, step.id, persona, score))}
      />
      <section className="panel-section">
        <h3>Pain points here</h3>
        {pains.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="plain-list">
            {pains.map((pain) => (
              <li key={pain.id}>
                <span className="severity" title="Severity">
                  {pain.severity}
                </span>
                <span className="visually-hidden">severity, </span>
                {pain.title}
              </li>
            ))}
          </ul>
        )}
      </section>
      {!readOnly && (
        <AddPainPointForm onAdd={(title, severity) => edit(addPainPoint(step.id, title, severity))} />
      )}
    </>
  );
}
