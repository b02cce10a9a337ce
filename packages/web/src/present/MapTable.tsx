import type { Journey, JourneyCommand } from '@waymark/core';
import { type FormEvent, useCallback, useId, useMemo, useRef, useState } from 'react';
import { addableLanes, addToCell } from '../editor/cellIntents';
import { commitTarget, type EditTarget, targetText } from '../editor/editTargets';
import { setEmotion } from '../editor/intents';
import { DeleteEntry } from './DeleteEntry';
import { type EmotionPoint, mapTable, scoreWords, type TableAddPlace, type TableEntry } from './mapTable';

interface MapTableProps {
  readonly journey: Journey;
  /** Applies an edit (false: refused, the screen says why); absent for a read-only table. */
  readonly edit?: (commands: JourneyCommand[]) => boolean;
}

/**
 * The map as a real table: stages as columns, lanes as rows. Given `edit`, every entry the map
 * edits in place is edited here by keyboard (Edit, type, Enter), every cell that takes a new item
 * has an Add, each entry a Delete (asked first; Ctrl+Z undoes), and each emotion has its score as a
 * choice.
 */
export function MapTable({ journey, edit }: MapTableProps) {
  const editable = edit !== undefined;
  const table = useMemo(() => mapTable(journey, { editable }), [journey, editable]);
  const scroll = useRef<HTMLElement>(null);
  const [said, setSaid] = useState('');
  // The deleted entry's buttons are gone: focus goes to the table, and the live region says what went.
  const onDeleted = useCallback((sentence: string) => {
    setSaid(sentence);
    scroll.current?.focus();
  }, []);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls; keyboard users must reach it
    <section ref={scroll} className="map-table-scroll" tabIndex={0} aria-label={`Table of ${journey.title}`}>
      {editable && (
        <div className="visually-hidden" role="status" aria-live="polite">
          {said}
        </div>
      )}
      <table className="map-table">
        <caption>
          {journey.title}: {table.stages.length} {table.stages.length === 1 ? 'stage' : 'stages'}, lane by
          lane
        </caption>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            {table.stages.map((stage) => (
              <th key={stage.id} scope="col">
                <Entry
                  journey={journey}
                  entry={{ text: stage.name, target: { kind: 'element', id: stage.id } }}
                  edit={edit}
                  onDeleted={onDeleted}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.lane}>
              <th scope="row">{row.lane}</th>
              {row.cells.map((cell, index) => {
                const stage = table.stages[index];
                return (
                  <td key={stage?.id ?? index}>
                    {cell.entries.length === 0 ? (
                      <span className="visually-hidden">Nothing</span>
                    ) : (
                      <ul>
                        {cell.entries.map((entry, at) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: entries are positional and may repeat
                          <li key={at}>
                            <Entry journey={journey} entry={entry} edit={edit} onDeleted={onDeleted} />
                          </li>
                        ))}
                      </ul>
                    )}
                    {edit && cell.add && stage && (
                      <AddToCell
                        key={JSON.stringify(cell.add)}
                        journey={journey}
                        place={cell.add}
                        where={`${row.lane} of ${stage.name}`}
                        edit={edit}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface EntryProps {
  readonly journey: Journey;
  readonly entry: TableEntry;
  readonly edit: MapTableProps['edit'];
  readonly onDeleted: (sentence: string) => void;
}

/**
 * An entry's text; editable, an Edit button that turns it into a field (Enter saves, Escape
 * cancels) and a Delete.
 */
function Entry({ journey, entry, edit, onDeleted }: EntryProps) {
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { target, text, emotion } = entry;
  if (edit === undefined) return <>{text}</>;
  if (emotion) return <EmotionChoice point={emotion} journey={journey} edit={edit} />;
  const initial = target ? targetText(journey, target) : undefined;
  if (target === undefined || initial === undefined) return <>{text}</>;
  const done = () => {
    setEditing(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  if (editing)
    return (
      <input
        className="map-table-rename"
        aria-label={`${labelOf(target)} of ${text}`}
        defaultValue={initial}
        // biome-ignore lint/a11y/noAutofocus: the field replaces the button just pressed; focus must follow
        autoFocus
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            const commands = commitTarget(journey, target, event.currentTarget.value);
            if (commands.length === 0 || edit(commands)) done();
          } else if (event.key === 'Escape') {
            event.stopPropagation();
            done();
          }
        }}
        onBlur={() => setEditing(false)}
      />
    );
  return (
    <span className="map-table-entry">
      {text}
      <button
        ref={button}
        type="button"
        className="button ghost small"
        aria-label={`Edit ${text}`}
        onClick={() => setEditing(true)}
      >
        Edit
      </button>
      <DeleteEntry journey={journey} target={target} text={text} edit={edit} onDeleted={onDeleted} />
    </span>
  );
}

const labelOf = (target: EditTarget) =>
  target.kind === 'line' ? (target.ref.list === 'thoughts' ? 'Thought' : 'Note') : 'Name';

const scores = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];

/** A persona's score at a step as a choice from −2 to +2 (the map's drag, by keyboard). */
function EmotionChoice({
  point,
  journey,
  edit,
}: {
  point: EmotionPoint;
  journey: Journey;
  edit: (commands: JourneyCommand[]) => boolean;
}) {
  const id = useId();
  return (
    <span className="map-table-entry">
      <label htmlFor={id}>{point.label}</label>
      <select
        id={id}
        className="map-table-score"
        value={point.score}
        onChange={(event) =>
          edit(setEmotion(journey, point.step, point.persona, Number(event.currentTarget.value)))
        }
      >
        {scores.map((score) => (
          <option key={score} value={score}>
            {scoreWords(score)}
          </option>
        ))}
      </select>
    </span>
  );
}

interface AddToCellProps {
  readonly journey: Journey;
  readonly place: TableAddPlace;
  /** The lane and stage, for the labels: "Thoughts of Decide". */
  readonly where: string;
  readonly edit: (commands: JourneyCommand[]) => boolean;
}

/** Add to a cell: the button opens a field (and a step choice when the stage has several steps). */
function AddToCell({ journey, place, where, edit }: AddToCellProps) {
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState(place.steps[0]?.id);
  const button = useRef<HTMLButtonElement>(null);
  const stepId = useId();
  const what = addableLanes[place.lane] ?? 'New item';
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  if (!open)
    return (
      <button
        ref={button}
        type="button"
        className="button ghost small map-table-add"
        aria-label={`Add to ${where}`}
        onClick={() => setOpen(true)}
      >
        Add
      </button>
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('text');
    const commands = addToCell(journey, { lane: place.lane, stage: place.stage, step }, String(text ?? ''));
    if (commands.length > 0 && edit(commands)) close();
  };
  return (
    <form
      className="map-table-add-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      {place.steps.length > 1 && (
        <>
          <label htmlFor={stepId} className="visually-hidden">
            At the step
          </label>
          <select id={stepId} value={step} onChange={(event) => setStep(event.currentTarget.value)}>
            {place.steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </>
      )}
      <input
        name="text"
        className="map-table-rename"
        aria-label={`${what} in ${where}`}
        // biome-ignore lint/a11y/noAutofocus: the field replaces the button just pressed; focus must follow
        autoFocus
      />
    </form>
  );
}
