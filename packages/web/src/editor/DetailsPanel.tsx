import type { Journey, JourneyCommand, Step } from '@waymark/core';
import { PersonaPicker } from '../personas/PersonaPicker';
import { CommentsSection } from './CommentsSection';
import { CommitField } from './CommitField';
import { ElementFields } from './ElementFields';
import { targetText } from './editTargets';
import { findElement, kindNames } from './findElement';
import { removeElement, renameElement } from './intents';
import { JourneyOverview } from './JourneyOverview';
import { KindDetails } from './KindDetails';
import { StepDetails } from './StepDetails';

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
            value={targetText(journey, { kind: 'element', id: element.id }) ?? element.label}
            readOnly={readOnly}
            onCommit={(text) => edit(renameElement(journey, element.id, text, element.label))}
          />
          <ElementFields
            journey={journey}
            id={element.id}
            kind={element.kind}
            fields={element.fields}
            readOnly={readOnly}
            edit={edit}
          />
          <KindDetails
            journey={journey}
            element={element}
            readOnly={readOnly}
            edit={edit}
            onSelect={props.onSelect}
          />
          {element.kind === 'step' && (
            <StepDetails
              journey={journey}
              step={element.fields as unknown as Step}
              readOnly={readOnly}
              edit={edit}
              onSelect={props.onSelect}
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
